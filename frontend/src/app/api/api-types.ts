/**
 * The one place where the frontend learns the shape of the public catalogue API.
 *
 * TEMPORARY STAND-IN: the backend generates `openapi.d.ts` from its DTOs (`npm run openapi`).
 * Until that file lands, `Schemas` below is written by hand from the agreed contract. When it
 * lands, delete `Schemas` and write
 *   `import type { components } from './openapi';  type Schemas = components['schemas'];`
 * keeping the exported names, so no other file changes. Nothing else in the app may declare
 * API shapes.
 */

interface Schemas {
  LabelledCodeDto: { code: string; ja: string; en: string };
  PillarLabelDto: { number: number; ja: string; en: string };
  ReferenceDto: {
    lifeStages: Schemas['LabelledCodeDto'][];
    categories: Schemas['LabelledCodeDto'][];
    pillars: Schemas['PillarLabelDto'][];
    timesOfDay: Schemas['LabelledCodeDto'][];
    audiences: Schemas['LabelledCodeDto'][];
    bookingRules: Schemas['LabelledCodeDto'][];
    organisationKinds: Schemas['LabelledCodeDto'][];
    facilityKinds: Schemas['LabelledCodeDto'][];
    roomEquipment: Schemas['LabelledCodeDto'][];
  };
  FacilityRefDto: { id: string; nameJa: string; nameEn: string };
  OrganisationRefDto: { id: string; nameJa: string; nameEn: string; kind: string };
  CourseSummaryDto: {
    id: string;
    titleJa: string;
    titleEn: string | null;
    summaryJa: string;
    summaryEn: string | null;
    lifeStages: string[];
    category: string;
    pillar: number;
    feeYen: number;
    childcareOffered: boolean;
    bookingRule: string;
    audience: string;
    capacity: number;
    seatsLeft: number;
    targetAgeMin: number | null;
    targetAgeMax: number | null;
    sessionCount: number;
    firstSessionStartsAt: string;
    nextSessionStartsAt: string | null;
    lastSessionEndsAt: string;
    facility: Schemas['FacilityRefDto'];
    organisation: Schemas['OrganisationRefDto'];
    status: string;
  };
  CourseListDto: {
    items: Schemas['CourseSummaryDto'][];
    total: number;
    page: number;
    pageSize: number;
  };
  SessionRoomDto: { id: string; nameJa: string; nameEn: string; capacity: number };
  SessionFacilityDto: {
    id: string;
    nameJa: string;
    nameEn: string;
    addressJa: string;
    addressEn: string;
  };
  CourseSessionDto: {
    id: string;
    startsAt: string;
    endsAt: string;
    room: Schemas['SessionRoomDto'];
    facility: Schemas['SessionFacilityDto'];
  };
  OrganisationDetailDto: Schemas['OrganisationRefDto'] & {
    websiteUrl: string | null;
    phone: string | null;
  };
  CourseDetailDto: Omit<Schemas['CourseSummaryDto'], 'organisation'> & {
    descriptionJa: string;
    descriptionEn: string | null;
    whatToBringJa: string | null;
    whatToBringEn: string | null;
    instructorNamesJa: string | null;
    instructorNamesEn: string | null;
    applicationOpensAt: string | null;
    applicationClosesAt: string | null;
    publishedAt: string | null;
    sessions: Schemas['CourseSessionDto'][];
    organisation: Schemas['OrganisationDetailDto'];
  };
  FacilitySummaryDto: {
    id: string;
    kind: string;
    nameJa: string;
    nameEn: string;
    addressJa: string;
    addressEn: string;
    postalCode: string;
    phone: string | null;
    latitude: number | null;
    longitude: number | null;
    roomCount: number;
    upcomingCourseCount: number;
  };
  RoomDto: {
    id: string;
    nameJa: string;
    nameEn: string;
    capacity: number;
    feePer30MinYen: number;
    equipment: string[];
    wheelchairAccessible: boolean;
    hearingLoop: boolean;
    floor: number | null;
  };
  FacilityDetailDto: Schemas['FacilitySummaryDto'] & {
    accessJa: string | null;
    accessEn: string | null;
    parkingJa: string | null;
    parkingEn: string | null;
    opensAt: string | null;
    closesAt: string | null;
    closedNoteJa: string | null;
    closedNoteEn: string | null;
    rooms: Schemas['RoomDto'][];
    upcomingCourses: Schemas['CourseSummaryDto'][];
  };
  ApiErrorDto: {
    statusCode: number;
    code: string;
    message: string;
    messages: { ja: string; en: string };
    fields?: { field: string; ja: string; en: string }[];
  };
}

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
