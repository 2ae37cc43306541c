import type { TsukubaRelation } from '../accounts/dto/me.dto';
import type { FieldError } from '../common/errors/domain-error';
import { ageInYearOf, fiscalYear } from '../common/time/japan-time';
import { CATEGORY_LABELS, LIFE_STAGE_LABELS, type Label } from '../reference/reference-data';
import type { ProfileContentDto } from './dto/profile-content.dto';
import type { InstructorDetailDto } from './dto/public-instructor.dto';
import type { VisiblePart } from './instructor-reference';
import { INSTRUCTORS_MESSAGES as M } from './instructors.errors';

/** The youngest age at which a person may apply (成人). */
export const MINIMUM_AGE = 18;

/**
 * Whether a person may apply, from what their account says. Only the birth year is known, so the
 * age is the age reached in this calendar year in Japan (as for course age ranges): someone born
 * in 2008 may apply from 1 January 2026. The relation to Tsukuba (lives, works or studies) is the
 * one the person declares on their account page, as for residents-only courses; the section
 * checks documents when it meets them, not online.
 */
export function eligibilityReasons(
  person: { birthYear: number | null; tsukubaRelations: readonly TsukubaRelation[] },
  now: Date,
): Label[] {
  const reasons: Label[] = [];
  if (person.birthYear === null) {
    reasons.push(M.birthYearNeeded);
  } else if (ageInYearOf(person.birthYear, now) < MINIMUM_AGE) {
    reasons.push(M.tooYoung);
  }
  if (person.tsukubaRelations.length === 0) {
    reasons.push(M.tsukubaRelationNeeded);
  }
  return reasons;
}

/**
 * The last valid day of a registration made (or renewed) at `now`: 31 March of the fiscal year
 * after next (翌々年度末), in Japan time. Registered on 7 December 2026 (FY2026): FY2028 ends on
 * 31 March 2029.
 */
export function registrationValidUntil(now: Date): string {
  return `${fiscalYear(now) + 3}-03-31`;
}

/** Registration numbers: TKB-<fiscal year of first registration>-<serial, 4 digits or more>. */
export function registrationNumber(now: Date, serial: number): string {
  return `TKB-${fiscalYear(now)}-${String(serial).padStart(4, '0')}`;
}

/** A registration may be renewed in its last 90 days (the mails come 60 and 14 days before). */
export const RENEWAL_WINDOW_DAYS = 90;

const isPublic = (content: ProfileContentDto, part: VisiblePart) =>
  content.visibility?.[part] === 'public';

/**
 * What the directory indexes of an approved profile: only its public parts, so that a search
 * or a filter can never reveal a part shown to organisers only. The text is normalised by the
 * catalogue's own tsumugu_normalize in SQL.
 */
export interface Listing {
  searchText: string;
  fields: string[];
  lifeStages: string[];
  languages: string[];
  areaIds: string[];
  anyArea: boolean;
  weekdays: number[];
  online: boolean;
  feeType: string | null;
}

export function listingOf(content: ProfileContentDto): Listing {
  const availability = isPublic(content, 'availability');
  const parts = [
    content.displayName,
    content.displayNameEn,
    isPublic(content, 'displayNameKana') ? content.displayNameKana : '',
    ...content.fields.flatMap((field) => [CATEGORY_LABELS[field].ja, CATEGORY_LABELS[field].en]),
    ...content.lifeStages.map((stage) => LIFE_STAGE_LABELS[stage].ja),
    ...content.keywords,
    content.titleJa,
    content.titleEn,
    ...(isPublic(content, 'description') ? [content.descriptionJa, content.descriptionEn] : []),
    ...(isPublic(content, 'activityRecord')
      ? [content.activityRecordJa, content.activityRecordEn]
      : []),
  ];
  return {
    searchText: parts.filter((part) => part && part.trim()).join(' '),
    fields: [...content.fields],
    lifeStages: [...content.lifeStages],
    languages: [...content.languages],
    areaIds: availability ? [...content.areaFacilityIds] : [],
    anyArea: availability && content.anyArea,
    weekdays: availability ? [...content.weekdays] : [],
    online: content.online,
    feeType: isPublic(content, 'fee') ? content.feeType : null,
  };
}

/** The optional parts of a profile page, each present only when the viewer may see it. */
export function visibleParts(
  content: ProfileContentDto,
  view: 'public' | 'organisers',
  areaNames: (ids: string[]) => { id: string; nameJa: string; nameEn: string }[],
): Partial<InstructorDetailDto> {
  const may = (part: VisiblePart) => view === 'organisers' || isPublic(content, part);
  const parts: Partial<InstructorDetailDto> = {};
  if (may('displayNameKana')) parts.displayNameKana = content.displayNameKana;
  if (may('description')) {
    parts.descriptionJa = content.descriptionJa;
    parts.descriptionEn = content.descriptionEn;
  }
  if (may('qualifications')) parts.qualifications = content.qualifications;
  if (may('activityRecord')) {
    parts.activityRecordJa = content.activityRecordJa;
    parts.activityRecordEn = content.activityRecordEn;
  }
  if (may('learningHistory')) parts.learningHistory = content.learningHistory;
  if (may('availability')) {
    parts.areas = areaNames(content.areaFacilityIds);
    parts.anyArea = content.anyArea;
    parts.weekdays = content.weekdays;
    parts.timeBands = content.timeBands;
  }
  if (may('fee')) {
    parts.feeType = content.feeType;
    parts.feeAmountYen = content.feeAmountYen ?? null;
    parts.transportNote = content.transportNote;
  }
  if (may('equipment')) {
    parts.equipmentBring = content.equipmentBring;
    parts.equipmentNeed = content.equipmentNeed;
  }
  if (content.kind === 'group' && may('group')) {
    parts.groupMemberCount = content.groupMemberCount ?? null;
    parts.groupRepresentative = content.groupRepresentative;
  }
  return parts;
}

/** The top-level fields of `content` that differ from `before` (every field when none). */
export function changedFields(
  content: ProfileContentDto,
  before: ProfileContentDto | null,
): string[] {
  const keys = Object.keys(content) as (keyof ProfileContentDto)[];
  if (!before) return keys;
  return keys.filter((key) => JSON.stringify(content[key]) !== JSON.stringify(before[key]));
}

/** Fields a submission needs beyond the draft's validation: what a reviewer must be able to judge. */
export function completenessErrors(content: ProfileContentDto): FieldError[] {
  const errors: FieldError[] = [];
  const need = (ok: boolean, field: string, message: Label) => {
    if (!ok) errors.push({ field, ...message });
  };
  const { audienceAgeMin: min, audienceAgeMax: max } = content;
  need(content.fields.length > 0, 'fields', M.fieldsNeeded);
  need(!!content.titleJa.trim(), 'titleJa', M.titleNeeded);
  need(!!content.descriptionJa.trim(), 'descriptionJa', M.descriptionNeeded);
  need(content.lifeStages.length > 0, 'lifeStages', M.lifeStagesNeeded);
  need(content.languages.length > 0, 'languages', M.languagesNeeded);
  need(
    content.anyArea || content.online || content.areaFacilityIds.length > 0,
    'areaFacilityIds',
    M.whereNeeded,
  );
  need(
    content.feeType !== 'per_session' || (content.feeAmountYen ?? 0) > 0,
    'feeAmountYen',
    M.feeAmountNeeded,
  );
  need(
    content.kind !== 'group' ||
      ((content.groupMemberCount ?? 0) >= 2 && !!content.groupRepresentative.trim()),
    'groupRepresentative',
    M.groupDetailsNeeded,
  );
  need(
    typeof min !== 'number' || typeof max !== 'number' || min <= max,
    'audienceAgeMax',
    M.ageRange,
  );
  return errors;
}
