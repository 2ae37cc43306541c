/**
 * The demo data as plain values: what the seeder inserts on a fresh database. Produced by a pure,
 * deterministic function (see programme/) so that it can be tested without a database.
 * Keys are stable, human-readable identifiers used only inside the seed to link rows.
 */
import type {
  Audience,
  BookingRule,
  Category,
  FacilityKind,
  LifeStage,
  OrganisationKind,
  Pillar,
  RoomEquipment,
} from '../reference/reference-data';

export interface SeedRoom {
  key: string; // unique within its facility, e.g. 'washitsu-1'
  nameJa: string;
  nameEn: string;
  capacity: number; // people
  feePer30MinYen: number; // ordinary room-hire fee, 0 where not hired out
  equipment: RoomEquipment[];
  wheelchairAccessible: boolean;
  hearingLoop: boolean;
  floor: number;
}

export interface SeedFacility {
  key: string; // unique, e.g. 'azuma'
  kind: FacilityKind;
  nameJa: string;
  nameEn: string;
  postalCode: string; // '305-0031'
  addressJa: string; // 'つくば市吾妻1-10-1'
  addressEn: string;
  phone: string;
  latitude: number;
  longitude: number;
  accessJa: string; // how to get there
  accessEn: string;
  parkingJa: string;
  parkingEn: string;
  opensAt: string; // 'HH:MM' local time
  closesAt: string;
  closedNoteJa: string; // e.g. '12月29日〜1月3日'
  closedNoteEn: string;
  rooms: SeedRoom[];
}

export interface SeedOrganisation {
  key: string;
  kind: OrganisationKind;
  nameJa: string;
  nameEn: string;
  websiteUrl: string | null;
  phone: string | null;
}

export interface SeedSession {
  startsAt: string; // ISO 8601 with +09:00 offset
  endsAt: string;
  facilityKey: string;
  roomKey: string;
}

export interface SeedCourse {
  key: string; // unique
  organisationKey: string;
  titleJa: string;
  /** The title's reading in katakana (courses.title_kana); '' for none. */
  titleKana: string;
  titleEn: string;
  summaryJa: string; // one line for lists
  summaryEn: string;
  descriptionJa: string;
  descriptionEn: string;
  lifeStages: LifeStage[]; // at least one
  category: Category;
  pillar: Pillar;
  targetAgeMin: number | null;
  targetAgeMax: number | null;
  audience: Audience;
  feeYen: number; // 0 = free
  childcareOffered: boolean;
  whatToBringJa: string;
  whatToBringEn: string;
  instructorNamesJa: string; // free text until the instructor bank exists
  instructorNamesEn: string;
  capacity: number; // people, > 0
  bookedCount: number; // seats already taken in the demo, 0..capacity
  bookingRule: BookingRule;
  /** Drafts are the demo organiser's courses in planning; everything else is published. */
  status: 'draft' | 'published';
  applicationOpensAt: string; // ISO 8601
  applicationClosesAt: string; // ISO 8601, before the first session
  publishedAt: string; // ISO 8601
  sessions: SeedSession[]; // at least one, ordered, never overlapping a room's other sessions
}

export interface SeedPlan {
  facilities: SeedFacility[];
  organisations: SeedOrganisation[];
  courses: SeedCourse[];
  /**
   * The fiscal year whose finished courses the years before it copy (demo-history.ts), or
   * absent for no older history (small test plans).
   */
  earlierHistoryFrom?: number;
}
