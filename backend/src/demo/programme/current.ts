/**
 * The courses that make the demo's "now": whatever day the demo is seeded, a newcomer finds
 * courses running, courses at 吾妻 today and tomorrow (the demo staff member checks people in),
 * courses starting this week, a full course with a waiting list, a lottery open for applications,
 * one that closes within the hour after the start (so that the draw can be watched), one drawn a
 * few days ago with a waiting list, courses not yet open for booking, and the organiser's drafts.
 * The fiscal-year programmes (courses.ts) have most of these on most days; these make sure of
 * them on every day, the New Year and the weeks between terms included.
 */
import type { SeedCourse, SeedFacility } from '../seed-plan';
import { dateOf, isoAt, localMinutes, localPartsOf, mulberry32 } from './calendar';
import type { CourseTemplate, DayRule } from './course-template';
import { applicationDates, courseFrom, startMinutesFor, suitableRooms } from './courses';
import { type RoomSchedule, placeSessions } from './schedule';

type Role =
  | 'running'
  | 'today-at-azuma'
  | 'tomorrow-at-azuma'
  | 'this-week'
  | 'full'
  | 'lottery-open'
  | 'lottery-closing'
  | 'lottery-drawn'
  | 'not-yet-open'
  | 'draft';

interface CurrentCourse {
  template: string;
  role: Role;
}

/** Which template plays which part; all of them exist in the hand-written programme. */
const CURRENT_COURSES: readonly CurrentCourse[] = [
  { template: 'yoga-beginners', role: 'running' },
  { template: 'life-history-writing', role: 'running' },
  { template: 'calligraphy', role: 'running' },
  { template: 'centre-circles', role: 'today-at-azuma' },
  { template: 'science-cafe', role: 'tomorrow-at-azuma' },
  { template: 'child-first-aid', role: 'this-week' },
  { template: 'smartphone-seniors', role: 'this-week' },
  { template: 'excel-for-work', role: 'this-week' },
  { template: 'multilingual-parents', role: 'this-week' },
  { template: 'ikebana', role: 'full' },
  { template: 'pottery', role: 'lottery-open' },
  { template: 'world-home-cooking', role: 'lottery-closing' },
  { template: 'mens-cooking', role: 'lottery-drawn' },
  { template: 'watercolour', role: 'not-yet-open' },
  { template: 'go-for-beginners', role: 'not-yet-open' },
  { template: 'instructor-training', role: 'draft' },
  { template: 'life-history-writing', role: 'draft' },
];

/** Days of the first session, relative to today, for each part. */
const FIRST_DAYS: Record<Role, readonly [from: number, to: number]> = {
  running: [-20, -8],
  'today-at-azuma': [0, 0],
  'tomorrow-at-azuma': [1, 1],
  'this-week': [1, 6],
  full: [14, 20],
  'lottery-open': [17, 24],
  'lottery-closing': [12, 18],
  'lottery-drawn': [6, 9],
  'not-yet-open': [40, 55],
  draft: [60, 90],
};

export interface CurrentRequest {
  today: number; // day number of the seeding day (Japan date)
  /** The seeding moment, minutes since 1970-01-01 00:00 Japan time. */
  seededAt: number;
  /** The moment the plan's seat counts are taken at (09:00 on the seeding day). */
  now: number;
  schedule: RoomSchedule;
}

export function buildCurrentCourses(
  templates: readonly CourseTemplate[],
  facilities: readonly SeedFacility[],
  request: CurrentRequest,
): SeedCourse[] {
  const random = mulberry32(request.today);
  const byKey = new Map(templates.map((template) => [template.key, template]));
  const centres = facilities.filter((facility) => facility.kind === 'community_centre');
  // A different centre leads on each day, so that the current courses spread over the city.
  const lead = request.today % centres.length;
  const rotated = [...centres.slice(lead), ...centres.slice(0, lead)];
  const azuma = facilities.filter((facility) => facility.key === 'azuma');

  return CURRENT_COURSES.map(({ template: key, role }, index) => {
    const template = byKey.get(key);
    if (!template) throw new Error(`No course template ${key}`);
    const atAzuma = role === 'today-at-azuma' || role === 'tomorrow-at-azuma';
    const venues = atAzuma ? azuma : venuesFor(template, facilities, rotated);
    const placed = place(template, role, venues, request, random);
    if (!placed) throw new Error(`No room for the current course ${key} (${role})`);
    const { facility, sessions } = placed;
    const firstDay = localPartsOf(sessions[0].startsAt).day;
    const published = Math.min(firstDay - 56, request.today - 14);
    const course = courseFrom(
      `${key}-current-${role}-${dateOf(request.today)}-${index}`,
      template,
      index,
      facility,
      sessions,
      applicationDates(published, sessions[0].startsAt, template.lottery ?? false),
      request.now,
      random,
    );
    return finish(course, role, firstDay, request, facility);
  });
}

/** The template's own venues, or the community centres with a suitable room. */
function venuesFor(
  template: CourseTemplate,
  facilities: readonly SeedFacility[],
  centres: readonly SeedFacility[],
): SeedFacility[] {
  const candidates = template.venues
    ? facilities.filter((facility) => template.venues!.includes(facility.key))
    : centres;
  return candidates.filter((facility) => suitableRooms(template, facility).length > 0);
}

/**
 * The first free room and time in the part's window; when that window has none (the New Year
 * closure, a full centre), the window moves on a day at a time, for at most three weeks.
 */
function place(
  template: CourseTemplate,
  role: Role,
  venues: readonly SeedFacility[],
  request: CurrentRequest,
  random: () => number,
): { facility: SeedFacility; sessions: SeedCourse['sessions'] } | null {
  const [from, to] = FIRST_DAYS[role];
  const startMinutes = startMinutesFor(template, random);
  // The day of the week matters to a programme, not to these few: any open day will do.
  const dayRule: DayRule = 'any';
  for (let shift = 0; shift <= 21; shift++) {
    for (const facility of venues) {
      const sessions = placeSessions(request.schedule, {
        facility,
        rooms: suitableRooms(template, facility),
        sessionCount: template.sessions,
        intervalDays: template.intervalDays ?? 7,
        minutes: template.minutes,
        startMinutes,
        dayRule,
        firstDayFrom: request.today + from + shift,
        firstDayTo: request.today + to + shift,
        lastDay: request.today + 400,
        // At 吾妻 "today" must mean today: the earliest day of the window.
        random: role === 'today-at-azuma' || role === 'tomorrow-at-azuma' ? () => 0 : random,
      });
      if (sessions) return { facility, sessions };
    }
  }
  return null;
}

/** What each part needs beyond a course placed in its window. */
function finish(
  course: SeedCourse,
  role: Role,
  firstDay: number,
  request: CurrentRequest,
  facility: SeedFacility,
): SeedCourse {
  const [draftJa, draftEn] = role === 'draft' ? ['（企画中）', ' (in planning)'] : ['', ''];
  const month = Number(dateOf(firstDay).slice(5, 7));
  const date = Number(dateOf(firstDay).slice(8, 10));
  const place = facility.nameJa.replace('交流センター', '');
  const placeEn = facility.nameEn.replace(' Community Centre', '');
  const named: SeedCourse = {
    ...course,
    titleJa: `${course.titleJa}（${place}・${month}月${date}日開講）${draftJa}`,
    titleEn: `${course.titleEn} (${placeEn}, from ${dateOf(firstDay)})${draftEn}`,
  };
  switch (role) {
    case 'full':
      return { ...named, bookingRule: 'first_come', bookedCount: named.capacity };
    case 'lottery-open':
      return lottery(named, request.today - 3, isoAt(request.today + 7, 17 * 60));
    case 'lottery-closing':
      return lottery(named, request.today - 10, closingSoon(request));
    case 'lottery-drawn':
      // Closed four days ago; the seeder draws it as the real draw would have.
      return {
        ...lottery(named, request.today - 20, isoAt(request.today - 4, 17 * 60)),
        bookedCount: named.capacity,
      };
    case 'not-yet-open':
      return {
        ...named,
        applicationOpensAt: isoAt(request.today + 5, 9 * 60),
        bookedCount: 0,
      };
    case 'draft':
      return { ...named, status: 'draft', bookedCount: 0 };
    default:
      return named;
  }
}

function lottery(course: SeedCourse, opensDay: number, closesAt: string): SeedCourse {
  return {
    ...course,
    bookingRule: 'lottery',
    applicationOpensAt: isoAt(opensDay, 9 * 60),
    applicationClosesAt: closesAt,
    bookedCount: 0,
  };
}

/**
 * 30 to 45 minutes after the seeding moment, on a quarter hour, when the demo is seeded on its
 * own day; at noon of the demo's day when the day is pinned to another (DEMO_TODAY).
 */
function closingSoon(request: CurrentRequest): string {
  const seededDay = Math.floor(request.seededAt / (24 * 60));
  if (seededDay !== request.today) return isoAt(request.today, 12 * 60);
  const minutes = Math.ceil((request.seededAt + 30) / 15) * 15;
  const day = Math.floor(minutes / (24 * 60));
  return isoAt(day, minutes - localMinutes(day, 0));
}
