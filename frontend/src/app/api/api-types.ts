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
