/**
 * Turns the hand-written course templates into one fiscal year's concrete courses: each run of
 * a template gets a term, a venue (the least-used suitable one, so every centre has a
 * programme), sessions from the room-schedule allocator, an application window and a demo
 * number of bookings that fits where the course stands at the moment the demo is seeded.
 *
 * A fiscal year's programme depends only on the year (its own random sequence), never on the
 * day the demo is seeded: the same year always has the same courses in the same rooms. Only the
 * number of seats taken depends on the seeding moment.
 */
import type { TimeOfDay } from '../../reference/reference-data';
import type { SeedCourse, SeedFacility, SeedRoom } from '../seed-plan';
import { dayAt, isoAt, localMinutes, localPartsOf, minuteOfDay, mulberry32 } from './calendar';
import type { CourseTemplate, Term } from './course-template';
import { roomKindOf } from './facilities';
import { type RoomSchedule, placeSessions } from './schedule';
import { TITLE_READINGS } from './title-readings';

interface TermWindow {
  firstDayFrom: number; // first sessions start in this window (day numbers, Japan dates)
  firstDayTo: number;
  lastDay: number; // and the whole series ends by this day
  label: readonly [ja: string, en: string];
}

/** The school-year terms of fiscal year `year` (April `year` to March `year + 1`). */
export function termWindows(year: number): Record<Term, TermWindow> {
  return {
    spring: {
      firstDayFrom: dayAt(year, 4, 8),
      firstDayTo: dayAt(year, 6, 12),
      lastDay: dayAt(year, 7, 31),
      label: ['春期', 'Spring'],
    },
    summer: {
      firstDayFrom: dayAt(year, 7, 4),
      firstDayTo: dayAt(year, 9, 5),
      lastDay: dayAt(year, 9, 30),
      label: ['夏期', 'Summer'],
    },
    autumn: {
      firstDayFrom: dayAt(year, 9, 8),
      firstDayTo: dayAt(year, 11, 24),
      lastDay: dayAt(year, 12, 25),
      label: ['秋期', 'Autumn'],
    },
    winter: {
      firstDayFrom: dayAt(year, 11, 26),
      firstDayTo: dayAt(year + 1, 2, 26),
      lastDay: dayAt(year + 1, 3, 26),
      label: ['冬期', 'Winter'],
    },
  };
}

/**
 * The city publishes a fiscal year's whole programme (年間講座案内) on 1 December before the
 * year starts, so from December on the demo shows next year's courses too.
 */
export function programmePublishedOn(fiscalYear: number): number {
  return dayAt(fiscalYear - 1, 12, 1);
}

/** The term rotation when a template does not name its terms: winter twice, being longest. */
const DEFAULT_TERM_CYCLE: readonly Term[] = ['spring', 'winter', 'autumn', 'summer', 'winter'];

export const START_TIMES: Record<TimeOfDay, readonly string[]> = {
  morning: ['10:00', '09:30', '10:30'],
  afternoon: ['13:30', '14:00', '13:00', '15:00'],
  evening: ['19:00', '18:30', '18:00'],
};

export interface FiscalYearRequest {
  fiscalYear: number;
  /** The seeding moment, in minutes since 1970-01-01 00:00 Japan time. */
  now: number;
  /** Shared by every year and the current courses, so that no room is taken twice. */
  schedule: RoomSchedule;
}

/** A course as placed, before its title is made unique among its template's runs. */
interface PlacedRun {
  term: Term;
  course: SeedCourse;
}

export function buildCourses(
  templates: readonly CourseTemplate[],
  facilities: readonly SeedFacility[],
  request: FiscalYearRequest,
): SeedCourse[] {
  const random = mulberry32(request.fiscalYear * 10_000 + 401);
  const windows = termWindows(request.fiscalYear);
  const coursesPerFacility = new Map<string, number>(facilities.map((f) => [f.key, 0]));
  const courses: SeedCourse[] = [];

  templates.forEach((template, templateIndex) => {
    const cycle = template.terms ?? DEFAULT_TERM_CYCLE;
    const placed: PlacedRun[] = [];
    for (let runIndex = 0; runIndex < template.runs; runIndex++) {
      const term = cycle[(templateIndex * 2 + runIndex) % cycle.length];
      const taken = placed.filter((run) => run.term === term).map(venueOf);
      const venues = rankVenues(template, facilities, coursesPerFacility, random);
      // Prefer a venue that does not run this template in this term yet, for variety.
      const ordered = [
        ...venues.filter((f) => !taken.includes(f.key)),
        ...venues.filter((f) => taken.includes(f.key)),
      ];
      const course = placeRun(template, runIndex, term, windows[term], ordered, request, random);
      const facilityKey = course.sessions[0].facilityKey;
      coursesPerFacility.set(facilityKey, (coursesPerFacility.get(facilityKey) ?? 0) + 1);
      placed.push({ term, course });
    }
    courses.push(...nameRuns(template, placed, facilities, windows));
  });
  return courses;
}

const venueOf = (run: PlacedRun) => run.course.sessions[0].facilityKey;

/** Suitable venues, least used first (ties broken at random), so the programme spreads out. */
function rankVenues(
  template: CourseTemplate,
  facilities: readonly SeedFacility[],
  coursesPerFacility: ReadonlyMap<string, number>,
  random: () => number,
): SeedFacility[] {
  const eligible = facilities.filter(
    (facility) =>
      (template.venues
        ? template.venues.includes(facility.key)
        : facility.kind === 'community_centre') &&
      facility.rooms.some((room) => template.roomKinds.includes(roomKindOf(room.key))),
  );
  if (eligible.length === 0) throw new Error(`No venue has a room for template ${template.key}`);
  const tieBreak = new Map(eligible.map((facility) => [facility.key, random()]));
  return eligible.sort(
    (a, b) =>
      (coursesPerFacility.get(a.key) ?? 0) - (coursesPerFacility.get(b.key) ?? 0) ||
      (tieBreak.get(a.key) ?? 0) - (tieBreak.get(b.key) ?? 0),
  );
}

function placeRun(
  template: CourseTemplate,
  runIndex: number,
  term: Term,
  window: TermWindow,
  venues: readonly SeedFacility[],
  request: FiscalYearRequest,
  random: () => number,
): SeedCourse {
  const intervalDays = template.intervalDays ?? 7;
  const span = (template.sessions - 1) * intervalDays + (intervalDays >= 7 ? 7 : 1);
  let firstDayTo = Math.min(window.firstDayTo, window.lastDay - span);
  let lastDay = window.lastDay;
  if (firstDayTo < window.firstDayFrom) {
    // A long series late in the term may run on towards the end of the fiscal year.
    firstDayTo = window.firstDayFrom;
    lastDay = dayAt(request.fiscalYear + 1, 3, 31);
  }
  const startMinutes = startMinutesFor(template, random);
  const published = programmePublishedOn(request.fiscalYear);

  for (const facility of venues) {
    const rooms = suitableRooms(template, facility);
    const sessions = placeSessions(request.schedule, {
      facility,
      rooms,
      sessionCount: template.sessions,
      intervalDays,
      minutes: template.minutes,
      startMinutes,
      dayRule: template.days ?? 'weekday',
      firstDayFrom: window.firstDayFrom,
      firstDayTo,
      lastDay,
      random,
    });
    if (!sessions) continue;
    const dates = applicationDates(published, sessions[0].startsAt, template.lottery ?? false);
    const key = `${template.key}-${request.fiscalYear}-${term}-${facility.key}`;
    return courseFrom(key, template, runIndex, facility, sessions, dates, request.now, random);
  }
  throw new Error(`No room free for ${template.key} in ${window.label[1]} ${request.fiscalYear}`);
}

/** Acceptable start times, best first, rotated so that courses spread over the day's slots. */
export function startMinutesFor(template: CourseTemplate, random: () => number): number[] {
  const times = rotate(template.times, Math.floor(random() * template.times.length));
  // Rotating the start times too spreads courses over 9:30, 10:00, 13:30, 14:00, 19:00, ...
  return times.flatMap((time) =>
    rotate(START_TIMES[time], Math.floor(random() * 2)).map(minuteOfDay),
  );
}

/** A template placed at a venue on its sessions: the course as the seeder inserts it. */
export function courseFrom(
  key: string,
  template: CourseTemplate,
  runIndex: number,
  facility: SeedFacility,
  sessions: SeedCourse['sessions'],
  dates: ApplicationDates,
  now: number,
  random: () => number,
): SeedCourse {
  const rooms = suitableRooms(template, facility);
  const capacity = Math.min(template.capacity, ...rooms.map((room) => room.capacity));
  const instructor = template.instructors[runIndex % template.instructors.length];
  const lottery = template.lottery ?? false;
  return {
    key,
    organisationKey: template.organisationKey,
    titleJa: template.title[0],
    titleKana: TITLE_READINGS[template.key] ?? '',
    titleEn: template.title[1],
    summaryJa: template.summary[0],
    summaryEn: template.summary[1],
    descriptionJa: template.description[0],
    descriptionEn: template.description[1],
    lifeStages: [...template.lifeStages],
    category: template.category,
    pillar: template.pillar,
    targetAgeMin: template.ageMin ?? null,
    targetAgeMax: template.ageMax ?? null,
    audience: template.audience ?? 'residents_first',
    feeYen: template.feeYen ?? 0,
    childcareOffered: template.childcare ?? false,
    whatToBringJa: template.bring[0],
    whatToBringEn: template.bring[1],
    instructorNamesJa: instructor[0],
    instructorNamesEn: instructor[1],
    capacity,
    bookedCount: demoBookings(capacity, lottery, dates, sessions, now, random),
    bookingRule: lottery ? 'lottery' : 'first_come',
    status: 'published',
    ...dates,
    sessions,
  };
}

/**
 * Rooms of the wanted kinds, in the template's order of preference and then smallest first,
 * so that a class of 15 does not take the 98-seat audio-visual room. The course's capacity
 * becomes at most the smallest room it may be given.
 */
export function suitableRooms(template: CourseTemplate, facility: SeedFacility): SeedRoom[] {
  const rooms = facility.rooms.filter((room) => template.roomKinds.includes(roomKindOf(room.key)));
  const largest = Math.max(...rooms.map((room) => room.capacity));
  const needed = Math.min(template.capacity, largest);
  const preference = (room: SeedRoom) => template.roomKinds.indexOf(roomKindOf(room.key));
  return rooms
    .filter((room) => room.capacity >= needed)
    .sort((a, b) => preference(a) - preference(b) || a.capacity - b.capacity);
}

export function rotate<T>(items: readonly T[], by: number): T[] {
  return [...items.slice(by), ...items.slice(0, by)];
}

export interface ApplicationDates {
  publishedAt: string;
  applicationOpensAt: string;
  applicationClosesAt: string;
}

/**
 * Applications open at 09:00 six weeks before the first session (but never within a week of
 * publication) and close at 17:00 the day before, or ten days before for a lottery so that the
 * draw and the notices can be done.
 */
export function applicationDates(
  publishedDay: number,
  firstStartsAt: string,
  lottery: boolean,
): ApplicationDates {
  const firstDay = localPartsOf(firstStartsAt).day;
  const opensDay = Math.max(publishedDay + 7, firstDay - 42);
  return {
    publishedAt: isoAt(publishedDay, 10 * 60),
    applicationOpensAt: isoAt(opensDay, 9 * 60),
    applicationClosesAt: isoAt(firstDay - (lottery ? 10 : 1), 17 * 60),
  };
}

/**
 * How many seats are taken at the seeding moment: finished courses were mostly full; a lottery whose
 * window is still open has applications but no seats yet; a drawn lottery is full; an open
 * first-come course is partly booked (sometimes full); a window not yet open has no bookings.
 */
function demoBookings(
  capacity: number,
  lottery: boolean,
  dates: ApplicationDates,
  sessions: SeedCourse['sessions'],
  now: number,
  random: () => number,
): number {
  const draw = random();
  const startOf = (iso: string) => {
    const { day, minute } = localPartsOf(iso);
    return localMinutes(day, minute);
  };
  const partly = (from: number) => Math.max(1, Math.round(capacity * (from + (1 - from) * draw)));
  if (startOf(dates.applicationOpensAt) > now) return 0;
  if (startOf(sessions[0].startsAt) <= now) {
    return draw < 0.65 ? capacity : Math.min(capacity, partly(0.7));
  }
  if (lottery) return startOf(dates.applicationClosesAt) > now ? 0 : capacity;
  return draw < 0.15 ? capacity : Math.min(capacity, partly(0.2));
}

/**
 * Several runs of one template must not look identical in the catalogue: the term is added
 * when the template runs in more than one term, the venue when it runs at several venues in
 * one term, and the starting month when it runs twice at one venue in one term.
 */
function nameRuns(
  template: CourseTemplate,
  runs: readonly PlacedRun[],
  facilities: readonly SeedFacility[],
  windows: Record<Term, TermWindow>,
): SeedCourse[] {
  const manyTerms = new Set(runs.map((run) => run.term)).size > 1;
  return runs.map((run) => {
    const sameTerm = runs.filter((other) => other.term === run.term);
    const sameVenue = sameTerm.filter((other) => venueOf(other) === venueOf(run));
    const twiceHere = sameVenue.length > 1;
    const facility = facilities.find((f) => f.key === venueOf(run));
    const [termJa, termEn] = windows[run.term].label;
    const month = Number(run.course.sessions[0].startsAt.slice(5, 7));
    const day = Number(run.course.sessions[0].startsAt.slice(8, 10));
    // Two runs here starting in the same month are told apart by their first day.
    const sameMonth =
      sameVenue.filter(
        (other) =>
          other.course.sessions[0].startsAt.slice(0, 7) ===
          run.course.sessions[0].startsAt.slice(0, 7),
      ).length > 1;
    const partsJa = [
      manyTerms && termJa,
      sameTerm.length > 1 && facility?.nameJa.replace('交流センター', ''),
      twiceHere && (sameMonth ? `${month}月${day}日開講` : `${month}月開講`),
    ].filter(Boolean);
    const partsEn = [
      manyTerms && termEn,
      sameTerm.length > 1 && facility?.nameEn.replace(' Community Centre', ''),
      twiceHere &&
        (sameMonth ? `starts ${day} ${MONTHS_EN[month - 1]}` : `starts in ${MONTHS_EN[month - 1]}`),
    ].filter(Boolean);
    return {
      ...run.course,
      key: twiceHere ? `${run.course.key}-${sameVenue.indexOf(run) + 1}` : run.course.key,
      titleJa: partsJa.length ? `${template.title[0]}（${partsJa.join('・')}）` : template.title[0],
      titleEn: partsEn.length ? `${template.title[1]} (${partsEn.join(', ')})` : template.title[1],
    };
  });
}

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
