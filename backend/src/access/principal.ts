/**
 * Who is calling: resolved from the session cookie on every request (see the accounts feature)
 * and read by the access guard and by services for object-level checks.
 */
export const ROLES = [
  'citizen',
  'instructor',
  'organiser',
  'facility_staff',
  'city_admin',
  'instructor_reviewer',
  'plan_evaluator',
] as const;
export type Role = (typeof ROLES)[number];

/** Roles that are assigned explicitly; 'citizen' is every person with a verified email. */
export const ASSIGNABLE_ROLES = [
  'instructor',
  'organiser',
  'facility_staff',
  'city_admin',
  // The city's lifelong-learning section: reviews the instructor bank (granted, never implied).
  'instructor_reviewer',
  // The city's lifelong-learning section: evaluates the plan (indicators, targets, figures).
  'plan_evaluator',
] as const;
export type AssignableRole = (typeof ASSIGNABLE_ROLES)[number];

export interface Principal {
  userId: string;
  sessionId: string;
  email: string;
  emailVerified: boolean;
  language: 'ja' | 'en';
  roles: ReadonlySet<Role>;
  /** Organisations the person organises for (role 'organiser'). */
  organisationIds: readonly string[];
  /** Organisations the person administers (may invite colleagues). */
  adminOfOrganisationIds: readonly string[];
  /** Facilities the person is staff of (role 'facility_staff'). */
  facilityIds: readonly string[];
  /**
   * The person's own details, read in the same query as the session (so a booking needs no
   * second read of the person before its seat): name, birth year, and whether they live, work or
   * study in Tsukuba. Absent where a principal is built otherwise (tests).
   */
  person?: PrincipalPerson;
}

export interface PrincipalPerson {
  name: string;
  birthYear: number | null;
  isResident: boolean;
}

export function hasRole(principal: Principal | undefined, ...roles: Role[]): boolean {
  return !!principal && roles.some((role) => principal.roles.has(role));
}
