import type { InstructorProfileInput } from '../api/api-types';
import { feeKey, languageKey, levelKey, weekdayKey } from './instructor-codes';
import type { InstructorMessageKey } from './instructor-messages';
import type { TeachMessageKey } from './teach-messages';
import { VISIBLE_PARTS } from './profile-form-model';

export type ContentField = keyof InstructorProfileInput;

/** Each field's label on the form, so the reviewer reads the same words as the applicant. */
export const FIELD_LABELS: Record<ContentField, TeachMessageKey> = {
  kind: 'kind',
  displayName: 'displayName',
  displayNameKana: 'displayNameKana',
  displayNameEn: 'displayNameEn',
  groupMemberCount: 'groupMembers',
  groupRepresentative: 'groupRepresentative',
  fields: 'fields',
  keywords: 'keywords',
  titleJa: 'titleJa',
  titleEn: 'titleEn',
  descriptionJa: 'descriptionJa',
  descriptionEn: 'descriptionEn',
  lifeStages: 'lifeStages',
  audienceAgeMin: 'ageMin',
  audienceAgeMax: 'ageMax',
  levels: 'levels',
  qualifications: 'section.qualifications',
  activityRecordJa: 'section.record',
  activityRecordEn: 'recordEn',
  learningHistory: 'section.learning',
  languages: 'languages',
  areaFacilityIds: 'areas',
  anyArea: 'anyArea',
  online: 'online',
  weekdays: 'weekdays',
  timeBands: 'timeBands',
  feeType: 'feeType',
  feeAmountYen: 'feeAmount',
  transportNote: 'transport',
  equipmentBring: 'brings',
  equipmentNeed: 'needs',
  visibility: 'visibility',
};

/** The order fields are shown in: the form's order. */
export const CONTENT_FIELDS = Object.keys(FIELD_LABELS) as ContentField[];

export interface ContentFormatters {
  labels: (key: InstructorMessageKey) => string;
  teach: (key: TeachMessageKey) => string;
  /** A code list's label from the reference data ('categories', 'lifeStages', 'timesOfDay'). */
  reference: (list: 'categories' | 'lifeStages' | 'timesOfDay', code: string) => string;
  /** A community centre's name by id. */
  area: (id: string) => string;
  yes: string;
  no: string;
}

const join = (values: readonly string[]) => values.join('、');

/** One field of a profile as text, for the application view and the "what changed" table. */
export function formatContentValue(
  content: InstructorProfileInput,
  field: ContentField,
  f: ContentFormatters,
): string {
  switch (field) {
    case 'kind':
      return f.labels(content.kind === 'group' ? 'kind.group' : 'kind.individual');
    case 'fields':
      return join(content.fields.map((code) => f.reference('categories', code)));
    case 'lifeStages':
      return join(content.lifeStages.map((code) => f.reference('lifeStages', code)));
    case 'timeBands':
      return join(content.timeBands.map((code) => f.reference('timesOfDay', code)));
    case 'keywords':
      return join(content.keywords);
    case 'levels':
      return join(content.levels.map((level) => f.labels(levelKey(level))));
    case 'languages':
      return join(content.languages.map((code) => f.labels(languageKey(code))));
    case 'weekdays':
      return join(content.weekdays.map((day) => f.labels(weekdayKey(day))));
    case 'areaFacilityIds':
      return join(content.areaFacilityIds.map((id) => f.area(id)));
    case 'anyArea':
    case 'online':
      return content[field] ? f.yes : f.no;
    case 'feeType':
      return f.labels(feeKey(content.feeType));
    case 'qualifications':
      return content.qualifications
        .map((q) => [q.name, q.issuer, q.year].filter((part) => part).join(' / '))
        .join('\n');
    case 'learningHistory':
      return content.learningHistory
        .map((item) => (item.year ? `${item.title}（${item.year}）` : item.title))
        .join('\n');
    case 'visibility':
      return VISIBLE_PARTS.map(
        (part) =>
          `${f.teach(PART_LABELS[part])}: ${f.labels(
            content.visibility[part] === 'public' ? 'visibility.public' : 'visibility.organisers',
          )}`,
      ).join('\n');
    default: {
      const value = content[field];
      return value === null || value === undefined ? '' : String(value);
    }
  }
}

/** The section each visibility switch stands beside. */
export const PART_LABELS: Record<(typeof VISIBLE_PARTS)[number], TeachMessageKey> = {
  displayNameKana: 'displayNameKana',
  description: 'descriptionJa',
  qualifications: 'section.qualifications',
  activityRecord: 'section.record',
  learningHistory: 'section.learning',
  availability: 'section.where',
  fee: 'section.fee',
  equipment: 'section.equipment',
  group: 'section.group',
  photo: 'section.photo',
};

/** Which visibility part governs a field ("" when the field is always public). */
export function partOfField(field: ContentField): (typeof VISIBLE_PARTS)[number] | null {
  switch (field) {
    case 'displayNameKana':
      return 'displayNameKana';
    case 'descriptionJa':
    case 'descriptionEn':
      return 'description';
    case 'qualifications':
      return 'qualifications';
    case 'activityRecordJa':
    case 'activityRecordEn':
      return 'activityRecord';
    case 'learningHistory':
      return 'learningHistory';
    case 'areaFacilityIds':
    case 'anyArea':
    case 'weekdays':
    case 'timeBands':
      return 'availability';
    case 'feeType':
    case 'feeAmountYen':
    case 'transportNote':
      return 'fee';
    case 'equipmentBring':
    case 'equipmentNeed':
      return 'equipment';
    case 'groupMemberCount':
    case 'groupRepresentative':
      return 'group';
    default:
      return null;
  }
}
