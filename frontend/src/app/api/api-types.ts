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
// Accounts and access (issue 3). Each declaration below marked "until the backend's schema
// lands" mirrors a backend DTO not yet in openapi.d.ts and is replaced by `Schemas['…']`.
// ---------------------------------------------------------------------------------------------

export type Role = Schemas['Role'];
export type AssignableRole = Exclude<Role, 'citizen'>; // until the backend's schema lands
export type TsukubaRelation = Schemas['TsukubaRelation'];
export type PreferredLanguage = Schemas['PreferredLanguage'];
export type FamilyRelationship = 'child' | 'partner' | 'parent' | 'other'; // until the backend's schema lands
export type OrganisationKind = Schemas['OrganisationKind'];
export type FacilityKind = Schemas['FacilityKind'];
export type CourseStatus = Schemas['CourseStatus'];

// until the backend's schema lands
export interface ScopeRef {
  id: string;
  nameJa: string;
  nameEn: string;
}

export type Me = Schemas['MeDto'];

export type AuthSession = Schemas['SessionStateDto'];

export type SignUpRequest = Schemas['SignUpDto'];

export type ProfileUpdate = Schemas['UpdateProfileDto'];

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

export type UserSessionRow = Schemas['SessionDto'];
export type AcceptedAnswer = Schemas['AcceptedDto'];
export type EmailChanged = Schemas['EmailChangedDto'];

// until the backend's schema lands
export interface OrganiserCourse {
  id: string;
  titleJa: string;
  titleEn: string;
  status: CourseStatus;
  organisation: Schemas['OrganisationRefDto'];
  bookingRule: Schemas['BookingRule'];
  capacity: number;
  bookedCount: number;
  feeYen: number;
  sessionCount: number;
  firstSessionStartsAt: string | null;
  lastSessionEndsAt: string | null;
  publishedAt: string | null;
}

// until the backend's schema lands
export interface OrganiserCourseDetail extends OrganiserCourse {
  summaryJa: string;
  summaryEn: string;
  descriptionJa: string;
  descriptionEn: string;
  applicationOpensAt: string;
  applicationClosesAt: string;
  sessions: CourseSession[];
}

// until the backend's schema lands
export interface RoleAssignment {
  id: string;
  role: AssignableRole;
  isOrganisationAdmin: boolean;
  organisation: ScopeRef | null;
  facility: ScopeRef | null;
  grantedAt: string;
}

// until the backend's schema lands
export interface Invitation {
  id: string;
  email: string;
  role: AssignableRole;
  isOrganisationAdmin: boolean;
  organisation: ScopeRef | null;
  facility: ScopeRef | null;
  createdAt: string;
  expiresAt: string;
}

// until the backend's schema lands
export interface OrganisationMember {
  assignmentId: string;
  userId: string;
  familyName: string;
  givenName: string;
  email: string;
  isOrganisationAdmin: boolean;
  since: string;
}

// until the backend's schema lands
export interface OrganisationMembers {
  organisation: ScopeRef;
  members: OrganisationMember[];
  invitations: Invitation[];
}

// until the backend's schema lands
export interface InviteMemberRequest {
  email: string;
  isOrganisationAdmin: boolean;
}

// until the backend's schema lands
export interface GrantRoleRequest {
  email: string;
  role: AssignableRole;
  organisationId?: string;
  facilityId?: string;
  isOrganisationAdmin?: boolean;
}

// until the backend's schema lands
export interface RoleGrantResult {
  status: 'granted' | 'invited';
  roleAssignmentId: string | null;
  invitationId: string | null;
}

// until the backend's schema lands
export interface AdminOrganisation {
  id: string;
  kind: OrganisationKind;
  nameJa: string;
  nameEn: string;
  websiteUrl: string | null;
  phone: string | null;
  memberCount: number;
  courseCount: number;
}

// until the backend's schema lands
export interface OrganisationInput {
  kind: OrganisationKind;
  nameJa: string;
  nameEn: string;
  websiteUrl?: string | null;
  phone?: string | null;
}

// until the backend's schema lands
export interface AdminFacility {
  id: string;
  kind: FacilityKind;
  nameJa: string;
  nameEn: string;
  postalCode: string;
  addressJa: string;
  addressEn: string;
  phone: string;
  roomCount: number;
  staffCount: number;
}

// until the backend's schema lands
export interface PersonSummary {
  id: string;
  email: string;
  emailVerified: boolean;
  familyName: string;
  givenName: string;
  familyNameKana: string;
  givenNameKana: string;
  roles: AssignableRole[];
  createdAt: string;
}

// until the backend's schema lands
export interface PeoplePage {
  items: PersonSummary[];
  total: number;
  page: number;
  pageSize: number;
}

// until the backend's schema lands
export interface PersonDetail extends PersonSummary {
  birthYear: number | null;
  phone: string;
  tsukubaRelations: TsukubaRelation[];
  preferredLanguage: PreferredLanguage;
  roleAssignments: RoleAssignment[];
}

// until the backend's schema lands
export interface AuditPerson {
  id: string;
  familyName: string;
  givenName: string;
  email: string | null;
  deleted: boolean;
}

// until the backend's schema lands
export interface AuditEntry {
  id: string;
  occurredAt: string;
  action: string;
  actor: AuditPerson | null;
  subject: AuditPerson | null;
  targetType: string | null;
  targetId: string | null;
  details: Record<string, unknown>;
}

// until the backend's schema lands
export interface AuditLogPage {
  items: AuditEntry[];
  total: number;
  page: number;
  pageSize: number;
}
