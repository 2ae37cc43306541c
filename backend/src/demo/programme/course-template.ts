/**
 * The shape in which course templates are written by hand. A template is a course as the
 * organiser thinks of it ("beginners' calligraphy, eight Thursday mornings"); index.ts turns
 * each template into several concrete courses across terms and venues.
 */
import type {
  Audience,
  Category,
  LifeStage,
  Pillar,
  TimeOfDay,
} from '../../reference/reference-data';
import type { RoomKind } from './facilities';

/** A text in Japanese and in English, always written together so neither can be forgotten. */
export type Bilingual = readonly [ja: string, en: string];

/** The school-year terms in which the city publishes its programme (広報つくば, quarterly). */
export const TERMS = ['spring', 'summer', 'autumn', 'winter'] as const;
export type Term = (typeof TERMS)[number];

/**
 * Which days a course may meet: parents of toddlers and seniors come on weekday mornings,
 * schoolchildren and working people on weekends or evenings.
 */
export type DayRule = 'weekday' | 'weekend' | 'saturday' | 'any';

export interface CourseTemplate {
  key: string; // unique, kebab-case; becomes the prefix of every course key made from it
  organisationKey: string;
  title: Bilingual;
  summary: Bilingual; // one line for lists
  description: Bilingual; // 2–4 sentences
  bring: Bilingual;
  instructors: readonly Bilingual[]; // rotated across runs
  lifeStages: readonly LifeStage[];
  category: Category;
  pillar: Pillar;
  ageMin?: number;
  ageMax?: number;
  audience?: Audience; // default 'residents_first'
  feeYen?: number; // default 0
  childcare?: boolean; // default false
  lottery?: boolean; // default false: first come, first served
  capacity: number; // wanted; reduced to the smallest room actually used
  sessions: number; // 1–8
  intervalDays?: number; // default 7 (weekly)
  minutes: number; // length of one session, a multiple of 30
  times: readonly TimeOfDay[];
  days?: DayRule; // default 'weekday'
  roomKinds: readonly RoomKind[]; // in order of preference
  /** Facility keys; omitted = any community centre (地域交流センター) with a suitable room. */
  venues?: readonly string[];
  terms?: readonly Term[]; // default: all four
  runs: number; // how many courses this template becomes over the fiscal year
}
