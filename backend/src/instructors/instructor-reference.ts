import type { Label } from '../reference/reference-data';

/**
 * The instructor bank's codes. Stored in the database (checked there by CHECK constraints and
 * the status trigger); labels only ever shown.
 */
export const PROFILE_KINDS = ['individual', 'group'] as const;
export type ProfileKind = (typeof PROFILE_KINDS)[number];

export const PROFILE_STATUSES = [
  'draft',
  'submitted',
  'returned',
  'registered',
  'declined',
  'withdrawn',
  'suspended',
  'expired',
] as const;
export type ProfileStatus = (typeof PROFILE_STATUSES)[number];
export const PROFILE_STATUS_LABELS: Record<ProfileStatus, Label> = {
  draft: { ja: '下書き', en: 'Draft' },
  submitted: { ja: '審査中', en: 'Under review' },
  returned: { ja: '差し戻し', en: 'Returned for changes' },
  registered: { ja: '登録中', en: 'Registered' },
  declined: { ja: '不承認', en: 'Declined' },
  withdrawn: { ja: '辞退', en: 'Withdrawn' },
  suspended: { ja: '登録停止', en: 'Suspended' },
  expired: { ja: '期限切れ', en: 'Expired' },
};

/**
 * The legal status changes, the same table the database trigger
 * `instructor_profiles_check_transition` enforces (migration 1795800000000). A registered
 * profile's edit goes registered → submitted while it stays listed with its approved content;
 * `declined` applies only to a first application (a registered person is suspended instead).
 */
export const PROFILE_TRANSITIONS: Record<ProfileStatus, readonly ProfileStatus[]> = {
  draft: ['submitted', 'withdrawn'],
  submitted: ['returned', 'registered', 'declined', 'withdrawn', 'suspended', 'expired'],
  returned: ['submitted', 'withdrawn', 'suspended', 'expired'],
  registered: ['submitted', 'withdrawn', 'suspended', 'expired'],
  declined: ['submitted', 'withdrawn'],
  withdrawn: ['submitted'],
  suspended: ['registered', 'withdrawn'],
  expired: ['submitted', 'withdrawn'],
};

export const FEE_TYPES = ['free', 'expenses_only', 'per_session', 'negotiable'] as const;
export type FeeType = (typeof FEE_TYPES)[number];
export const FEE_TYPE_LABELS: Record<FeeType, Label> = {
  free: { ja: '無償', en: 'Free of charge' },
  expenses_only: { ja: '実費のみ', en: 'Expenses only' },
  per_session: { ja: '1回あたりの謝礼', en: 'A fee per session' },
  negotiable: { ja: '要相談', en: 'To be discussed' },
};

export const TEACHING_LANGUAGES = [
  'ja',
  'en',
  'zh',
  'ko',
  'vi',
  'pt',
  'es',
  'tl',
  'ne',
  'id',
  'fr',
  'de',
  'jsl',
] as const;
export type TeachingLanguage = (typeof TEACHING_LANGUAGES)[number];

export const LEARNER_LEVELS = ['beginner', 'experienced'] as const;
export type LearnerLevel = (typeof LEARNER_LEVELS)[number];

export const WEEKDAYS = [0, 1, 2, 3, 4, 5, 6] as const;

/** Who may see a field: everyone, or only organisers, reviewers and the person. */
export const VISIBILITIES = ['public', 'organisers'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

/**
 * The parts of a profile whose visibility the applicant chooses. The name, fields, keywords,
 * title, audience and languages are what the directory is made of and are always public;
 * contact details are never part of a profile at all.
 */
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
] as const;
export type VisiblePart = (typeof VISIBLE_PARTS)[number];

export const DECISION_ACTIONS = ['approve', 'return', 'decline', 'suspend'] as const;
export type DecisionAction = (typeof DECISION_ACTIONS)[number];

/** Every event in a profile's history (decisions and the applicant's own steps). */
export const PROFILE_EVENT_KINDS = [
  'submitted',
  'returned',
  'registered',
  'declined',
  'suspended',
  'withdrawn',
  'renewed',
  'expired',
] as const;
export type ProfileEventKind = (typeof PROFILE_EVENT_KINDS)[number];

export const REQUEST_STATUSES = [
  'pending',
  'accepted',
  'declined',
  'cancelled',
  'reported',
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const REQUESTER_KINDS = ['organiser', 'group'] as const;
export type RequesterKind = (typeof REQUESTER_KINDS)[number];

export const PLACE_KINDS = ['facility', 'other', 'online'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export const MAX_DATE_OPTIONS = 3;
export const DEFAULT_REQUEST_LEAD_DAYS = 14;
/** Renewal reminders, days before the registration's last valid day. */
export const RENEWAL_REMINDER_DAYS = [60, 14] as const;
