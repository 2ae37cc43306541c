/**
 * tsumugu's demo data: Tsukuba's community centres and halls, the city departments and
 * partners that organise courses, and the courses around the day the demo is first seeded —
 * the fiscal year (April–March) that contains that day, the two before it as history (and three
 * more copied from the oldest when seeded: demo-history.ts), the next
 * one once its programme is out (from 1 December), and the few courses that make "now" (see
 * current.ts). Pure and deterministic: the same day always gives the same plan.
 */
import { japanDate } from '../../common/time/japan-time';
import type { SeedPlan } from '../seed-plan';
import type { CourseTemplate } from './course-template';
import { dayOf, fiscalYearOf, localMinutes, localPartsOf } from './calendar';
import { buildCourses, programmePublishedOn } from './courses';
import { buildCurrentCourses } from './current';
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
import { RoomSchedule } from './schedule';

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

export interface DemoMoment {
  /** The Japan date the demo is seeded on, 'YYYY-MM-DD'. */
  today: string;
  /**
   * The seeding instant. Only the lottery that closes soon after the start depends on it (it
   * closes 30–45 minutes later); everything else is decided by the day. Default: 09:00 of it.
   */
  seededAt?: Date;
}

/**
 * The demo as seeded at `seededAt`: built around that moment's Japan date, or around a pinned
 * day (DEMO_TODAY) to reproduce another day's demo.
 */
export function buildSeedPlanAt(seededAt: Date, pinnedToday?: string | null): SeedPlan {
  return buildSeedPlan({ today: pinnedToday ?? japanDate(seededAt), seededAt });
}

/**
 * How many finished fiscal years the plan builds as history before the current one; the seed
 * copies the oldest of them into the three years before it (EARLIER_HISTORY_YEARS), so the demo
 * has five finished years.
 */
export const HISTORY_YEARS = 2;

export function buildSeedPlan(moment: DemoMoment): SeedPlan {
  const today = dayOf(moment.today);
  // Seats are counted as the centres open on the seeding day.
  const now = localMinutes(today, 9 * 60);
  const seeded = moment.seededAt ? localPartsOf(moment.seededAt.toISOString()) : null;
  const facilities = buildFacilities();
  const organisations = buildOrganisations();
  const schedule = new RoomSchedule();
  const current = fiscalYearOf(today);
  const years = [];
  for (let year = current - HISTORY_YEARS; year <= current + 1; year++) {
    if (programmePublishedOn(year) <= today) years.push(year);
  }
  const courses = years.flatMap((fiscalYear) =>
    buildCourses(COURSE_TEMPLATES, facilities, { fiscalYear, now, schedule }),
  );
  courses.push(
    ...buildCurrentCourses(COURSE_TEMPLATES, facilities, {
      today,
      now,
      seededAt: seeded ? localMinutes(seeded.day, seeded.minute) : now,
      schedule,
    }),
  );
  // The three years before the oldest are copied from it in the database (demo-history.ts).
  return { facilities, organisations, courses, earlierHistoryFrom: current - HISTORY_YEARS };
}
