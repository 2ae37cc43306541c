/**
 * The one place where the frontend learns the shape of the public catalogue API: names for the
 * schemas of the backend's OpenAPI document. `openapi.d.ts` is generated from the backend's DTOs
 * (`npm run openapi`, checked by a backend spec), so these types cannot drift from the API. The
 * rest of the app imports API types from here only.
 */
import type { components } from './openapi';

type Schemas = components['schemas'];

export type LabelledCode = Schemas['LabelledCodeDto'];
export type PillarLabel = Schemas['PillarLabelDto'];
export type Reference = Schemas['ReferenceDto'];
export type CourseSummary = Schemas['CourseSummaryDto'];
export type CourseList = Schemas['CourseListDto'];
export type CourseDetail = Schemas['CourseDetailDto'];
export type CourseSession = Schemas['CourseSessionDto'];
export type FacilitySummary = Schemas['FacilitySummaryDto'];
export type FacilityDetail = Schemas['FacilityDetailDto'];
export type Room = Schemas['RoomDto'];
export type ApiError = Schemas['ApiErrorDto'];

// ---------------------------------------------------------------------------------------------
// Accounts and access (issue 3). Each of the following is declared here only until the
// backend's schema lands in openapi.d.ts; then it is replaced by `Schemas['…']`.
// ---------------------------------------------------------------------------------------------

export type Role = 'citizen' | 'instructor' | 'organiser' | 'facility_staff' | 'city_admin'; // until the backend's schema lands
export type AssignableRole = Exclude<Role, 'citizen'>; // until the backend's schema lands
export type TsukubaRelation = 'live' | 'work' | 'study'; // until the backend's schema lands
export type FamilyRelationship = 'child' | 'partner' | 'parent' | 'other'; // until the backend's schema lands

// until the backend's schema lands
export interface Me {
  id: string;
  email: string;
  emailVerified: boolean;
  familyName: string;
  givenName: string;
  familyNameKana: string;
  givenNameKana: string;
  birthYear: number | null;
  phone: string;
  tsukubaRelations: TsukubaRelation[];
  preferredLanguage: 'ja' | 'en';
  roles: Role[];
  organisations: { id: string; nameJa: string; nameEn: string; isAdmin: boolean }[];
  facilities: { id: string; nameJa: string; nameEn: string }[];
}

// until the backend's schema lands
export interface AuthSession {
  authenticated: boolean;
  user: Me | null;
}

// until the backend's schema lands
export interface SignUpRequest {
  email: string;
  password: string;
  familyName: string;
  givenName: string;
  familyNameKana?: string;
  givenNameKana?: string;
  preferredLanguage: 'ja' | 'en';
  tsukubaRelations?: TsukubaRelation[];
}

// until the backend's schema lands
export interface ProfileUpdate {
  familyName?: string;
  givenName?: string;
  familyNameKana?: string;
  givenNameKana?: string;
  birthYear?: number | null;
  phone?: string;
  tsukubaRelations?: TsukubaRelation[];
  preferredLanguage?: 'ja' | 'en';
}

// until the backend's schema lands
export interface FamilyMember {
  id: string;
  name: string;
  nameKana: string;
  birthYear: number;
  relationship: FamilyRelationship;
}

// until the backend's schema lands
export interface FamilyMemberInput {
  name: string;
  nameKana?: string;
  birthYear: number;
  relationship: FamilyRelationship;
}

// until the backend's schema lands
export interface UserSessionRow {
  id: string;
  userAgent: string;
  createdAt: string;
  lastSeenAt: string;
  current: boolean;
}
