import { FormArray, FormControl, FormGroup, Validators } from '@angular/forms';
import type { InstructorProfileInput, ProfileVisibility } from '../api/api-types';

/** The parts of a profile whose visibility the applicant chooses (the API's `visibility`). */
export const VISIBLE_PARTS = [
  'displayNameKana',
  'description',
  'qualifications',
  'activityRecord',
  'learningHistory',
  'availability',
  'fee',
  'equipment',
  'group',
  'photo',
] as const satisfies readonly (keyof ProfileVisibility)[];
export type VisiblePart = (typeof VISIBLE_PARTS)[number];
export type Visibility = ProfileVisibility[VisiblePart];
export type Weekday = InstructorProfileInput['weekdays'][number];

const text = (max: number, required = false) =>
  new FormControl('', {
    nonNullable: true,
    validators: required
      ? [Validators.required, Validators.maxLength(max)]
      : [Validators.maxLength(max)],
  });
const list = <T>() => new FormControl<T[]>([], { nonNullable: true });
const whole = (min: number, max: number) =>
  new FormControl<number | null>(null, [Validators.min(min), Validators.max(max)]);
const visibility = (value: Visibility = 'public') =>
  new FormControl<Visibility>(value, { nonNullable: true });

export function qualificationGroup(value?: { name: string; issuer: string; year?: number | null }) {
  return new FormGroup({
    name: new FormControl(value?.name ?? '', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(100)],
    }),
    issuer: new FormControl(value?.issuer ?? '', {
      nonNullable: true,
      validators: [Validators.maxLength(100)],
    }),
    year: new FormControl<number | null>(value?.year ?? null, [
      Validators.min(1940),
      Validators.max(2100),
    ]),
  });
}

export function learningGroup(value: {
  courseId?: string | null;
  title: string;
  year?: number | null;
}) {
  return new FormGroup({
    courseId: new FormControl<string | null>(value.courseId ?? null),
    title: new FormControl(value.title, { nonNullable: true }),
    year: new FormControl<number | null>(value.year ?? null),
  });
}

/**
 * The profile form: control names are the API's, so its per-field messages land under the
 * fields. Keywords are typed as one line and sent as a list.
 */
export function createProfileForm() {
  return new FormGroup({
    kind: new FormControl<'individual' | 'group'>('individual', { nonNullable: true }),
    displayName: text(60, true),
    displayNameKana: text(80),
    displayNameEn: text(80),
    groupMemberCount: whole(2, 10_000),
    groupRepresentative: text(60),
    fields: list<InstructorProfileInput['fields'][number]>(),
    keywords: text(400),
    titleJa: text(100, true),
    titleEn: text(150),
    descriptionJa: text(2000, true),
    descriptionEn: text(3000),
    lifeStages: list<InstructorProfileInput['lifeStages'][number]>(),
    audienceAgeMin: whole(0, 120),
    audienceAgeMax: whole(0, 120),
    levels: list<InstructorProfileInput['levels'][number]>(),
    qualifications: new FormArray<ReturnType<typeof qualificationGroup>>([]),
    activityRecordJa: text(2000),
    activityRecordEn: text(3000),
    learningHistory: new FormArray<ReturnType<typeof learningGroup>>([]),
    languages: new FormControl<InstructorProfileInput['languages']>(['ja'], { nonNullable: true }),
    areaFacilityIds: list<string>(),
    anyArea: new FormControl(false, { nonNullable: true }),
    online: new FormControl(false, { nonNullable: true }),
    weekdays: list<Weekday>(),
    timeBands: list<InstructorProfileInput['timeBands'][number]>(),
    feeType: new FormControl<InstructorProfileInput['feeType']>('free', { nonNullable: true }),
    feeAmountYen: whole(1, 1_000_000),
    transportNote: text(200),
    equipmentBring: text(500),
    equipmentNeed: text(500),
    visibility: new FormGroup({
      displayNameKana: visibility(),
      description: visibility(),
      qualifications: visibility(),
      activityRecord: visibility(),
      learningHistory: visibility(),
      availability: visibility(),
      fee: visibility(),
      equipment: visibility(),
      group: visibility('organisers'),
      photo: visibility(),
    }),
  });
}

export type ProfileForm = ReturnType<typeof createProfileForm>;

/** Splits the keyword line at Japanese or Latin commas (a keyword may hold spaces). */
export function parseKeywords(line: string): string[] {
  const words = line
    .split(/[、,，\n]+/)
    .map((word) => word.trim())
    .filter(Boolean);
  return [...new Set(words)];
}

/** Fills the form with a saved profile (its lists replaced, not appended to). */
export function patchProfileForm(form: ProfileForm, profile: InstructorProfileInput): void {
  const { qualifications, learningHistory, keywords, visibility: shown, ...rest } = profile;
  form.patchValue({ ...rest, keywords: keywords.join('、'), visibility: shown });
  form.controls.qualifications.clear();
  for (const item of qualifications) form.controls.qualifications.push(qualificationGroup(item));
  form.controls.learningHistory.clear();
  for (const item of learningHistory) form.controls.learningHistory.push(learningGroup(item));
}

/** The form as the API's body: trimmed text, keywords as a list, empty numbers as null. */
export function profileFormValue(form: ProfileForm): InstructorProfileInput {
  const value = form.getRawValue();
  const isGroup = value.kind === 'group';
  return {
    ...value,
    displayName: value.displayName.trim(),
    keywords: parseKeywords(value.keywords),
    groupMemberCount: isGroup ? value.groupMemberCount : null,
    groupRepresentative: isGroup ? value.groupRepresentative.trim() : '',
    feeAmountYen: value.feeType === 'per_session' ? value.feeAmountYen : null,
    qualifications: value.qualifications.map((item) => ({
      name: item.name.trim(),
      issuer: item.issuer.trim(),
      year: item.year ?? null,
    })),
    learningHistory: value.learningHistory.map((item) => ({
      courseId: item.courseId ?? null,
      title: item.title,
      year: item.year ?? null,
    })),
  };
}
