/**
 * Turns the hand-written course templates into the fiscal year's concrete courses: each run of
 * a template gets a term, a venue (the least-used suitable one, so every centre has a
 * programme), sessions from the room-schedule allocator, an application window and a demo
 * number of bookings that fits where the course stands on DEMO_TODAY.
 */
import type { TimeOfDay } from '../../../reference/reference-data';
import type { SeedCourse, SeedFacility, SeedRoom } from '../seed-plan';
import {
  DEMO_TODAY,
  FISCAL_YEAR_LAST_DAY,
  dayOf,
  isoAt,
  localMinutes,
  localPartsOf,
  minuteOfDay,
  mulberry32,
} from './calendar';
import type { CourseTemplate, Term } from './course-template';
import { roomKindOf } from './facilities';
import { RoomSchedule, placeSessions } from './schedule';

interface TermWindow {
  firstDayFrom: string; // first sessions start in this window
  firstDayTo: string;
  lastDay: string; // and the whole series ends by this day
  publishedOn: string; // when the term's programme appears (広報つくば)
  label: readonly [ja: string, en: string];
}

const TERM_WINDOWS: Record<Term, TermWindow> = {
  spring: {
    firstDayFrom: '2026-04-08',
    firstDayTo: '2026-06-12',
    lastDay: '2026-07-31',
    publishedOn: '2026-03-02',
    label: ['春期', 'Spring'],
  },
  summer: {
    firstDayFrom: '2026-07-04',
    firstDayTo: '2026-09-05',
    lastDay: '2026-09-30',
    publishedOn: '2026-06-01',
    label: ['夏期', 'Summer'],
  },
  autumn: {
    firstDayFrom: '2026-09-08',
    firstDayTo: '2026-11-24',
    lastDay: '2026-12-25',
    publishedOn: '2026-08-17',
    label: ['秋期', 'Autumn'],
  },
  winter: {
    firstDayFrom: '2026-11-26',
    firstDayTo: '2027-02-26',
    lastDay: '2027-03-26',
    publishedOn: '2026-11-02',
    label: ['冬期', 'Winter'],
  },
};

/**
 * One in eight winter runs of a template without fixed terms starts within two weeks, so that
 * "starting soon" is never empty however the random draws fall.
 */
const SOON_LAST_FIRST_DAY = '2026-12-09';

/** The term rotation when a template does not name its terms: winter twice, being upcoming. */
const DEFAULT_TERM_CYCLE: readonly Term[] = ['spring', 'winter', 'autumn', 'summer', 'winter'];

const START_TIMES: Record<TimeOfDay, readonly string[]> = {
  morning: ['10:00', '09:30', '10:30'],
  afternoon: ['13:30', '14:00', '13:00', '15:00'],
  evening: ['19:00', '18:30', '18:00'],
};

const TODAY = dayOf(DEMO_TODAY);
const NOW = localMinutes(TODAY, 9 * 60); // the snapshot is taken as the centres open

/** A course as placed, before its title is made unique among its template's runs. */
interface PlacedRun {
  term: Term;
  course: SeedCourse;
}

export function buildCourses(
  templates: readonly CourseTemplate[],
  facilities: readonly SeedFacility[],
): SeedCourse[] {
  const random = mulberry32(20260401);
  const schedule = new RoomSchedule();
  const coursesPerFacility = new Map<string, number>(facilities.map((f) => [f.key, 0]));
  const courses: SeedCourse[] = [];
  let winterRuns = 0;

  templates.forEach((template, templateIndex) => {
    const cycle = template.terms ?? DEFAULT_TERM_CYCLE;
    const placed: PlacedRun[] = [];
    for (let runIndex = 0; runIndex < template.runs; runIndex++) {
      const term = cycle[(templateIndex * 2 + runIndex) % cycle.length];
      const soon = !template.terms && term === 'winter' && winterRuns++ % 8 === 0;
      const taken = placed.filter((run) => run.term === term).map(venueOf);
      const venues = rankVenues(template, facilities, coursesPerFacility, random);
      // Prefer a venue that does not run this template in this term yet, for variety.
      const ordered = [
        ...venues.filter((f) => !taken.includes(f.key)),
        ...venues.filter((f) => taken.includes(f.key)),
      ];
      const course = placeRun(template, runIndex, term, soon, ordered, schedule, random);
      const facilityKey = course.sessions[0].facilityKey;
      coursesPerFacility.set(facilityKey, (coursesPerFacility.get(facilityKey) ?? 0) + 1);
      placed.push({ term, course });
    }
    courses.push(...nameRuns(template, placed, facilities));
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
  soon: boolean,
  venues: readonly SeedFacility[],
  schedule: RoomSchedule,
  random: () => number,
): SeedCourse {
  const window = TERM_WINDOWS[term];
  const intervalDays = template.intervalDays ?? 7;
  const span = (template.sessions - 1) * intervalDays + (intervalDays >= 7 ? 7 : 1);
  let firstDayTo = Math.min(
    dayOf(soon ? SOON_LAST_FIRST_DAY : window.firstDayTo),
    dayOf(window.lastDay) - span,
  );
  let lastDay = dayOf(window.lastDay);
  if (firstDayTo < dayOf(window.firstDayFrom)) {
    // A long series late in the term may run on towards the end of the fiscal year.
    firstDayTo = dayOf(window.firstDayFrom);
    lastDay = dayOf(FISCAL_YEAR_LAST_DAY);
  }
  const times = rotate(template.times, Math.floor(random() * template.times.length));
  // Rotating the start times too spreads courses over 9:30, 10:00, 13:30, 14:00, 19:00, ...
  const startMinutes = times.flatMap((time) =>
    rotate(START_TIMES[time], Math.floor(random() * 2)).map(minuteOfDay),
  );

  for (const facility of venues) {
    const rooms = suitableRooms(template, facility);
    const capacity = Math.min(template.capacity, ...rooms.map((room) => room.capacity));
    const sessions = placeSessions(schedule, {
      facility,
      rooms,
      sessionCount: template.sessions,
      intervalDays,
      minutes: template.minutes,
      startMinutes,
      dayRule: template.days ?? 'weekday',
      firstDayFrom: dayOf(window.firstDayFrom),
      firstDayTo,
      lastDay,
      random,
    });
    if (!sessions) continue;
    const instructor = template.instructors[runIndex % template.instructors.length];
    const lottery = template.lottery ?? false;
    const dates = applicationDates(window, sessions[0].startsAt, lottery);
    return {
      key: `${template.key}-${term}-${facility.key}`,
      organisationKey: template.organisationKey,
      titleJa: template.title[0],
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
      bookedCount: demoBookings(capacity, lottery, dates, sessions, random),
      bookingRule: lottery ? 'lottery' : 'first_come',
      ...dates,
      sessions,
    };
  }
  throw new Error(`No room free for ${template.key} in ${term}`);
}

/**
 * Rooms of the wanted kinds, in the template's order of preference and then smallest first,
 * so that a class of 15 does not take the 98-seat audio-visual room. The course's capacity
 * becomes at most the smallest room it may be given.
 */
function suitableRooms(template: CourseTemplate, facility: SeedFacility): SeedRoom[] {
  const rooms = facility.rooms.filter((room) => template.roomKinds.includes(roomKindOf(room.key)));
  const largest = Math.max(...rooms.map((room) => room.capacity));
  const needed = Math.min(template.capacity, largest);
  const preference = (room: SeedRoom) => template.roomKinds.indexOf(roomKindOf(room.key));
  return rooms
    .filter((room) => room.capacity >= needed)
    .sort((a, b) => preference(a) - preference(b) || a.capacity - b.capacity);
}

function rotate<T>(items: readonly T[], by: number): T[] {
  return [...items.slice(by), ...items.slice(0, by)];
}

interface ApplicationDates {
  publishedAt: string;
  applicationOpensAt: string;
  applicationClosesAt: string;
}

/**
 * The term's programme is published on one day; applications open at 09:00 six weeks before
 * the first session (but never within a week of publication) and close at 17:00 the day
 * before, or ten days before for a lottery so that the draw and the notices can be done.
 */
function applicationDates(
  window: TermWindow,
  firstStartsAt: string,
  lottery: boolean,
): ApplicationDates {
  const firstDay = localPartsOf(firstStartsAt).day;
  const publishedDay = dayOf(window.publishedOn);
  const opensDay = Math.max(publishedDay + 7, firstDay - 42);
  return {
    publishedAt: isoAt(publishedDay, 10 * 60),
    applicationOpensAt: isoAt(opensDay, 9 * 60),
    applicationClosesAt: isoAt(firstDay - (lottery ? 10 : 1), 17 * 60),
  };
}

/**
 * How many seats are taken on DEMO_TODAY: finished courses were mostly full; a lottery whose
 * window is still open has applications but no seats yet; a drawn lottery is full; an open
 * first-come course is partly booked (sometimes full); a window not yet open has no bookings.
 */
function demoBookings(
  capacity: number,
  lottery: boolean,
  dates: ApplicationDates,
  sessions: SeedCourse['sessions'],
  random: () => number,
): number {
  const draw = random();
  const startOf = (iso: string) => {
    const { day, minute } = localPartsOf(iso);
    return localMinutes(day, minute);
  };
  const partly = (from: number) => Math.max(1, Math.round(capacity * (from + (1 - from) * draw)));
  if (startOf(dates.applicationOpensAt) > NOW) return 0;
  if (startOf(sessions[0].startsAt) <= NOW) {
    return draw < 0.65 ? capacity : Math.min(capacity, partly(0.7));
  }
  if (lottery) return startOf(dates.applicationClosesAt) > NOW ? 0 : capacity;
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
): SeedCourse[] {
  const manyTerms = new Set(runs.map((run) => run.term)).size > 1;
  return runs.map((run) => {
    const sameTerm = runs.filter((other) => other.term === run.term);
    const sameVenue = sameTerm.filter((other) => venueOf(other) === venueOf(run));
    const twiceHere = sameVenue.length > 1;
    const facility = facilities.find((f) => f.key === venueOf(run));
    const [termJa, termEn] = TERM_WINDOWS[run.term].label;
    const month = Number(run.course.sessions[0].startsAt.slice(5, 7));
    const partsJa = [
      manyTerms && termJa,
      sameTerm.length > 1 && facility?.nameJa.replace('交流センター', ''),
      twiceHere && `${month}月開講`,
    ].filter(Boolean);
    const partsEn = [
      manyTerms && termEn,
      sameTerm.length > 1 && facility?.nameEn.replace(' Community Centre', ''),
      twiceHere && `starts in ${MONTHS_EN[month - 1]}`,
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
