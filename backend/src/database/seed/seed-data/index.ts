/**
 * tsumugu's demo data: Tsukuba's community centres and halls, the city departments and
 * partners that organise courses, and a fiscal year (FY2026) of courses seen on DEMO_TODAY.
 * Pure and deterministic: the same plan on every call, so that tests and demos agree.
 */
import type { SeedPlan } from '../seed-plan';
import type { CourseTemplate } from './course-template';
import { buildCourses } from './courses';
import { CAREER_COURSES } from './courses-career';
import { COMMUNITY_COURSES } from './courses-community';
import { CULTURE_COURSES } from './courses-culture';
import { HERITAGE_COURSES } from './courses-heritage';
import { PARENTING_COMMUNITY_COURSES } from './courses-parenting-community';
import { PARENTING_COURSES } from './courses-parenting';
import { SCIENCE_NATURE_COURSES } from './courses-science-nature';
import { SENIOR_HOBBY_COURSES } from './courses-seniors-hobbies';
import { SENIOR_COURSES } from './courses-seniors';
import { YOUTH_ACTIVITY_COURSES } from './courses-youth-activities';
import { YOUTH_COURSES } from './courses-youth';
import { buildFacilities } from './facilities';
import { buildOrganisations } from './organisations';

export { DEMO_TODAY } from './calendar';

export const COURSE_TEMPLATES: readonly CourseTemplate[] = [
  ...PARENTING_COURSES,
  ...PARENTING_COMMUNITY_COURSES,
  ...YOUTH_COURSES,
  ...YOUTH_ACTIVITY_COURSES,
  ...SENIOR_COURSES,
  ...SENIOR_HOBBY_COURSES,
  ...CAREER_COURSES,
  ...CULTURE_COURSES,
  ...HERITAGE_COURSES,
  ...COMMUNITY_COURSES,
  ...SCIENCE_NATURE_COURSES,
];

export function buildSeedPlan(): SeedPlan {
  const facilities = buildFacilities();
  const organisations = buildOrganisations();
  const courses = buildCourses(COURSE_TEMPLATES, facilities);
  return { facilities, organisations, courses };
}
