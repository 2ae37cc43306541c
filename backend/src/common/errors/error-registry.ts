import { ACCESS_ERRORS } from '../../access/access.errors';
import { ACCOUNTS_ERRORS } from '../../accounts/accounts.errors';
import { ADMIN_ERRORS } from '../../admin/admin.errors';
import { BOOKINGS_ERRORS } from '../../bookings/bookings.errors';
import { CERTIFICATES_ERRORS } from '../../certificates/certificates.errors';
import { COURSES_ERRORS } from '../../courses/courses.errors';
import { EVALUATION_ERRORS } from '../../evaluation/evaluation.errors';
import { EVALUATION_SHEETS_ERRORS } from '../../evaluation-sheets/evaluation-sheets.errors';
import { FACILITIES_ERRORS } from '../../facilities/facilities.errors';
import { INSTRUCTORS_ERRORS } from '../../instructors/instructors.errors';
import { LEARNING_ERRORS } from '../../learning/learning.errors';
import { LOTTERY_ERRORS } from '../../lottery/lottery.errors';
import { ORGANISATIONS_ERRORS } from '../../organisations/organisations.errors';
import { ORGANISER_ERRORS } from '../../organiser/organiser.errors';
import { QUESTIONNAIRES_ERRORS } from '../../questionnaires/questionnaires.errors';
import { ROLES_ERRORS } from '../../roles/roles.errors';
import { ROOMS_ERRORS } from '../../rooms/rooms.errors';
import { ROSTERS_ERRORS } from '../../rosters/rosters.errors';
import { COMMON_ERRORS } from './common.errors';
import type { ErrorDefinition, FeatureErrors } from './error-definition';

/**
 * The one registry of error codes: every feature's `<feature>.errors.ts`, gathered for the
 * exception filter (status and messages) and the OpenAPI document (the ErrorCode enum). A new
 * feature with errors adds its file here; a code registered twice stops the app at start-up.
 */
export const FEATURE_ERRORS = [
  COMMON_ERRORS,
  ACCESS_ERRORS,
  ACCOUNTS_ERRORS,
  ADMIN_ERRORS,
  BOOKINGS_ERRORS,
  CERTIFICATES_ERRORS,
  COURSES_ERRORS,
  EVALUATION_ERRORS,
  EVALUATION_SHEETS_ERRORS,
  FACILITIES_ERRORS,
  INSTRUCTORS_ERRORS,
  LEARNING_ERRORS,
  LOTTERY_ERRORS,
  ORGANISATIONS_ERRORS,
  ORGANISER_ERRORS,
  QUESTIONNAIRES_ERRORS,
  ROLES_ERRORS,
  ROOMS_ERRORS,
  ROSTERS_ERRORS,
] as const;

type UnionToIntersection<Union> = (
  Union extends unknown ? (argument: Union) => void : never
) extends (argument: infer Intersection) => void
  ? Intersection
  : never;

type AllCodes = UnionToIntersection<(typeof FEATURE_ERRORS)[number]['codes']>;

/**
 * Every feature's codes under one name, so a service can throw `ErrorCode.CourseFull` whichever
 * feature owns it; the feature's own enum (e.g. BookingsErrorCode) is the same value.
 */
export type ErrorCode = AllCodes[keyof AllCodes];

interface Registry {
  codes: Record<string, string>;
  definitions: Record<string, ErrorDefinition>;
}

/** Gathers the features' errors; throws on a code (or a code's name) registered twice. */
export function gatherErrors(features: readonly FeatureErrors<Record<string, string>>[]): Registry {
  const registry: Registry = { codes: {}, definitions: {} };
  const owner = new Map<string, string>();
  for (const { feature, codes, definitions } of features) {
    for (const [name, code] of Object.entries(codes)) {
      const taken =
        owner.get(code) ?? (name in registry.codes ? owner.get(registry.codes[name]) : undefined);
      if (taken) {
        throw new Error(
          `error code ${code} (${name}) of ${feature} is already registered by ${taken}`,
        );
      }
      owner.set(code, feature);
      registry.codes[name] = code;
      registry.definitions[code] = definitions[code];
    }
  }
  return registry;
}

const REGISTRY = gatherErrors(FEATURE_ERRORS);

export const ErrorCode = REGISTRY.codes as AllCodes;

export const ERROR_DEFINITIONS = REGISTRY.definitions as Readonly<
  Record<ErrorCode, ErrorDefinition>
>;

/**
 * The codes as the OpenAPI document lists them: sorted, so that moving a code from one feature's
 * file to another's never changes the contract.
 */
export const ERROR_CODES: readonly ErrorCode[] = (
  Object.keys(ERROR_DEFINITIONS) as ErrorCode[]
).sort();
