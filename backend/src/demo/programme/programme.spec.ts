import { CATEGORIES, LIFE_STAGES, PILLARS, type LifeStage } from '../../reference/reference-data';
import { fiscalYear } from '../../common/time/japan-time';
import type { SeedCourse, SeedPlan } from '../seed-plan';
import { COURSE_TEMPLATES, HISTORY_YEARS, buildSeedPlan } from './index';

const CENTRE_NAMES = [
  '筑波',
  '大穂',
  '吉沼',
  '豊里',
  '谷田部',
  '松代',
  '二の宮',
  '春日',
  '島名',
  '小野川',
  '栗原',
  '竹園',
  '並木',
  '広岡',
  '吾妻',
  '茎崎',
];

const ISO_JST = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+09:00$/;
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/**
 * Days the demo may first be seeded on: the start, middle and end of a fiscal year, the New Year
 * closure and the weeks between terms. The plan must hold on each.
 */
const DEMO_DAYS = [
  '2026-11-25',
  '2026-12-07',
  '2026-12-30',
  '2027-01-04',
  '2027-03-20',
  '2027-03-31',
  '2027-04-01',
  '2027-06-20',
  '2027-08-31',
];

/** Local (Japan) wall-clock parts of an ISO timestamp, whatever its offset. */
function local(iso: string): { month: number; date: number; minutes: number; weekday: number } {
  const shifted = new Date(Date.parse(iso) + 9 * HOUR);
  return {
    month: shifted.getUTCMonth() + 1,
    date: shifted.getUTCDate(),
    minutes: shifted.getUTCHours() * 60 + shifted.getUTCMinutes(),
    weekday: shifted.getUTCDay(),
  };
}

const toMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const firstStart = (course: SeedCourse) => Date.parse(course.sessions[0].startsAt);
const startOfDay = (day: string) => Date.parse(`${day}T00:00:00+09:00`);
/** A fiscal-year programme course's key names its year: `<template>-<year>-<term>-<venue>`. */
const programmeYear = (course: SeedCourse): number | null => {
  const match = /-(\d{4})-(?:spring|summer|autumn|winter)-/.exec(course.key);
  return match ? Number(match[1]) : null;
};

describe('buildSeedPlan', () => {
  const plan = buildSeedPlan({ today: '2026-11-25' });

  it('is deterministic: the same day always gives the same plan', () => {
    expect(JSON.stringify(buildSeedPlan({ today: '2026-11-25' }))).toBe(JSON.stringify(plan));
  });

  it('moves only the lottery that closes soon with the hour of seeding', () => {
    const morning = buildSeedPlan({
      today: '2026-11-25',
      seededAt: new Date('2026-11-25T10:05:00+09:00'),
    });
    const evening = buildSeedPlan({
      today: '2026-11-25',
      seededAt: new Date('2026-11-25T23:50:00+09:00'),
    });
    const differing = morning.courses.filter(
      (course, index) => JSON.stringify(course) !== JSON.stringify(evening.courses[index]),
    );
    expect(differing.map((course) => course.key)).toEqual([
      expect.stringContaining('lottery-closing'),
    ]);
    expect(differing[0].applicationClosesAt).toBe('2026-11-25T10:45:00+09:00');
    const closing = evening.courses.find((course) => course.key === differing[0].key)!;
    // Midnight Japan time is 15:00 UTC: the close moves into the next Japanese day.
    expect(closing.applicationClosesAt).toBe('2026-11-26T00:30:00+09:00');
  });

  it('gives a fiscal year the same programme whichever day of it the demo is seeded on', () => {
    const later = buildSeedPlan({ today: '2027-02-10' });
    const fy2026 = (p: SeedPlan) =>
      p.courses
        .filter((course) => programmeYear(course) === 2026)
        .map(({ key, sessions }) => ({ key, sessions }));
    expect(fy2026(later)).toEqual(fy2026(plan));
  });

  describe('facilities', () => {
    it('has the 16 community centres, open 09:00–22:00, and the other venues', () => {
      const centres = plan.facilities.filter((f) => f.kind === 'community_centre');
      expect(centres.map((c) => c.nameJa).sort()).toEqual(
        CENTRE_NAMES.map((name) => `${name}交流センター`).sort(),
      );
      for (const centre of centres) {
        expect([centre.opensAt, centre.closesAt]).toEqual(['09:00', '22:00']);
      }
      for (const kind of ['cultural_hall', 'library', 'city_office', 'conference_centre']) {
        expect(plan.facilities.some((f) => f.kind === kind)).toBe(true);
      }
      expect(plan.facilities.some((f) => f.key === 'university-of-tsukuba')).toBe(true);
    });

    it('has plausible Tsukuba addresses, phone numbers and coordinates', () => {
      for (const facility of plan.facilities) {
        expect(facility.postalCode).toMatch(/^30[05]-\d{4}$/);
        expect(facility.addressJa.startsWith('つくば市')).toBe(true);
        expect(facility.phone).toMatch(/^029-\d{3}-\d{4}$/);
        expect(facility.latitude).toBeGreaterThanOrEqual(35.95);
        expect(facility.latitude).toBeLessThanOrEqual(36.2);
        expect(facility.longitude).toBeGreaterThanOrEqual(140.0);
        expect(facility.longitude).toBeLessThanOrEqual(140.15);
        expect(facility.accessJa.length).toBeGreaterThan(10);
        expect(facility.accessEn.length).toBeGreaterThan(10);
        expect(facility.rooms.length).toBeGreaterThan(0);
      }
    });

    it('gives every centre the typical rooms: a tatami room, a training room, a kitchen', () => {
      for (const centre of plan.facilities.filter((f) => f.kind === 'community_centre')) {
        const keys = centre.rooms.map((room) => room.key);
        expect(keys).toEqual(expect.arrayContaining(['washitsu-1', 'kenshu-1', 'chori-1']));
        expect(centre.rooms.find((r) => r.key === 'chori-1')?.equipment).toContain('kitchen');
      }
    });

    it('has unique facility keys and unique room keys within each facility', () => {
      expectUnique(plan.facilities.map((f) => f.key));
      for (const facility of plan.facilities) expectUnique(facility.rooms.map((r) => r.key));
    });
  });

  describe('organisations', () => {
    it('has the city departments of the plan and partners of every kind', () => {
      const departments = plan.organisations.filter((o) => o.kind === 'city_department');
      expect(departments.length).toBeGreaterThanOrEqual(33);
      const names = departments.map((d) => d.nameJa);
      for (const name of ['生涯学習推進課', '高齢福祉課', 'こども課', '中央図書館', '文化財課']) {
        expect(names.some((n) => n.endsWith(name))).toBe(true);
      }
      for (const kind of ['university', 'research_institute', 'npo', 'company', 'citizen_group']) {
        expect(plan.organisations.some((o) => o.kind === kind)).toBe(true);
      }
      expectUnique(plan.organisations.map((o) => o.key));
    });
  });

  describe.each(DEMO_DAYS)('seeded on %s', (today) => {
    const dayPlan = buildSeedPlan({ today, seededAt: new Date(`${today}T10:00:00+09:00`) });
    const todayStart = startOfDay(today);
    const published = dayPlan.courses.filter((course) => course.status === 'published');
    const currentYear = fiscalYear(`${today}T12:00:00+09:00`);

    it('has unique keys, and unique titles within each fiscal year', () => {
      expectUnique(dayPlan.courses.map((c) => c.key));
      const yearly = (course: SeedCourse) => `${fiscalYear(course.sessions[0].startsAt)} `;
      expectUnique(dayPlan.courses.map((c) => yearly(c) + c.titleJa));
      expectUnique(dayPlan.courses.map((c) => yearly(c) + c.titleEn));
    });

    it('has the two previous fiscal years as history, about as large as this one', () => {
      const perYear = (year: number) =>
        dayPlan.courses.filter((course) => programmeYear(course) === year);
      const current = perYear(currentYear).length;
      expect(current).toBeGreaterThanOrEqual(320);
      for (let back = 1; back <= HISTORY_YEARS; back++) {
        const history = perYear(currentYear - back);
        expect(history.length).toBe(current);
        for (const course of history) {
          expect(Date.parse(course.sessions.at(-1)!.endsAt)).toBeLessThan(todayStart);
        }
      }
      expect(perYear(currentYear - HISTORY_YEARS - 1)).toEqual([]);
    });

    it('shows a newcomer a living catalogue: running, this week, months ahead, lotteries', () => {
      const nine = todayStart + 9 * HOUR;
      const upcoming = published.filter((c) =>
        c.sessions.some((s) => Date.parse(s.startsAt) >= todayStart),
      );
      const running = upcoming.filter((c) => firstStart(c) < todayStart);
      const thisWeek = published.filter(
        (c) => firstStart(c) >= todayStart && firstStart(c) < todayStart + 7 * DAY,
      );
      const monthsAhead = published.filter((c) =>
        c.sessions.some(
          (s) =>
            Date.parse(s.startsAt) >= todayStart + 60 * DAY &&
            Date.parse(s.startsAt) < todayStart + 120 * DAY,
        ),
      );
      const lotteries = published.filter((c) => c.bookingRule === 'lottery');
      const openLottery = lotteries.filter(
        (c) => Date.parse(c.applicationOpensAt) <= nine && nine < Date.parse(c.applicationClosesAt),
      );
      const closingSoon = lotteries.filter(
        (c) =>
          Date.parse(c.applicationClosesAt) > todayStart + 10 * HOUR &&
          Date.parse(c.applicationClosesAt) <= todayStart + 11 * HOUR,
      );
      const notYetOpen = published.filter((c) => Date.parse(c.applicationOpensAt) > nine);
      const full = upcoming.filter(
        (c) =>
          c.bookingRule === 'first_come' && c.bookedCount === c.capacity && firstStart(c) > nine,
      );
      expect(upcoming.length).toBeGreaterThanOrEqual(150);
      expect(running.length).toBeGreaterThanOrEqual(3);
      expect(thisWeek.length).toBeGreaterThanOrEqual(4);
      expect(new Set(thisWeek.flatMap((c) => c.lifeStages)).size).toBeGreaterThanOrEqual(3);
      expect(monthsAhead.length).toBeGreaterThanOrEqual(20);
      expect(openLottery.some((c) => c.targetAgeMin === null && c.targetAgeMax === null)).toBe(
        true,
      );
      expect(closingSoon).toHaveLength(1);
      expect(notYetOpen.length).toBeGreaterThanOrEqual(2);
      expect(full.length).toBeGreaterThanOrEqual(1);
    });

    it('gives the demo organiser (生涯学習推進課) drafts as well as published courses', () => {
      const own = dayPlan.courses.filter((c) => c.organisationKey === 'lifelong-learning');
      expect(own.filter((c) => c.status === 'draft').length).toBeGreaterThanOrEqual(2);
      expect(own.some((c) => Date.parse(c.sessions.at(-1)!.endsAt) < todayStart)).toBe(true);
      expect(own.some((c) => firstStart(c) > todayStart && c.status === 'published')).toBe(true);
    });

    it('has sessions at 吾妻 today or tomorrow (or on the first open day), for check-in', () => {
      const { month, date } = local(`${today}T12:00:00+09:00`);
      const closed = (month === 12 && date >= 29) || (month === 1 && date <= 3);
      const within = closed ? 7 : 2;
      const soonAtAzuma = published.flatMap((c) =>
        c.sessions.filter(
          (s) =>
            s.facilityKey === 'azuma' &&
            Date.parse(s.startsAt) >= todayStart &&
            Date.parse(s.startsAt) < todayStart + within * DAY,
        ),
      );
      expect(soonAtAzuma.length).toBeGreaterThanOrEqual(2);
    });

    it('covers every life stage, category and pillar', () => {
      const stages = new Set<LifeStage>(published.flatMap((c) => c.lifeStages));
      expect([...stages].sort()).toEqual([...LIFE_STAGES].sort());
      expect(new Set(published.map((c) => c.category))).toEqual(new Set(CATEGORIES));
      expect(new Set(published.map((c) => c.pillar))).toEqual(new Set(PILLARS));
    });

    it('holds courses at every community centre and at the other venues', () => {
      const used = new Set(dayPlan.courses.flatMap((c) => c.sessions.map((s) => s.facilityKey)));
      for (const facility of dayPlan.facilities)
        expect([facility.key, used.has(facility.key)]).toEqual([facility.key, true]);
      const perCentre = dayPlan.facilities
        .filter((f) => f.kind === 'community_centre')
        .map(
          (f) =>
            dayPlan.courses.filter(
              (c) => programmeYear(c) === currentYear && c.sessions[0].facilityKey === f.key,
            ).length,
        );
      expect(Math.min(...perCentre)).toBeGreaterThanOrEqual(8);
    });

    it('refers only to existing organisations, facilities and rooms', () => {
      const organisations = new Set(dayPlan.organisations.map((o) => o.key));
      const rooms = new Set(
        dayPlan.facilities.flatMap((f) => f.rooms.map((r) => `${f.key}/${r.key}`)),
      );
      for (const course of dayPlan.courses) {
        expect(organisations.has(course.organisationKey)).toBe(true);
        for (const session of course.sessions) {
          expect(rooms.has(`${session.facilityKey}/${session.roomKey}`)).toBe(true);
        }
      }
    });

    it('has complete bilingual texts', () => {
      const problems: string[] = [];
      for (const course of dayPlan.courses) {
        for (const text of [
          course.titleJa,
          course.titleEn,
          course.summaryJa,
          course.summaryEn,
          course.descriptionJa,
          course.descriptionEn,
          course.whatToBringJa,
          course.whatToBringEn,
          course.instructorNamesJa,
          course.instructorNamesEn,
        ]) {
          if (text.trim().length === 0) problems.push(`${course.key}: empty text`);
        }
        if (course.descriptionJa.length <= course.summaryJa.length) {
          problems.push(`${course.key}: description no longer than summary`);
        }
      }
      expect(problems).toEqual([]);
    });

    it('has sensible audiences, ages, fees and bookings', () => {
      for (const course of dayPlan.courses) {
        expect(course.lifeStages.length).toBeGreaterThan(0);
        if (course.targetAgeMin !== null && course.targetAgeMax !== null) {
          expect(course.targetAgeMin).toBeLessThanOrEqual(course.targetAgeMax);
        }
        expect(course.feeYen).toBeGreaterThanOrEqual(0);
        expect(course.feeYen).toBeLessThanOrEqual(3000);
        expect(course.capacity).toBeGreaterThan(0);
        expect(course.bookedCount).toBeGreaterThanOrEqual(0);
        expect(course.bookedCount).toBeLessThanOrEqual(course.capacity);
        if (course.status === 'draft') expect(course.bookedCount).toBe(0);
      }
      const free = dayPlan.courses.filter((c) => c.feeYen === 0).length;
      expect(free / dayPlan.courses.length).toBeGreaterThan(0.5);
      expect(dayPlan.courses.some((c) => c.childcareOffered)).toBe(true);
      const past = dayPlan.courses.filter(
        (c) => Date.parse(c.sessions.at(-1)!.endsAt) < todayStart,
      );
      const full = past.filter((c) => c.bookedCount === c.capacity);
      expect(full.length / past.length).toBeGreaterThan(0.5);
      // Nothing is booked before its applications open.
      for (const course of dayPlan.courses) {
        if (Date.parse(course.applicationOpensAt) > todayStart + 9 * HOUR) {
          expect([course.key, course.bookedCount]).toEqual([course.key, 0]);
        }
      }
    });

    it('never puts two sessions in the same room at the same time', () => {
      const byRoom = new Map<string, { start: number; end: number; course: string }[]>();
      for (const course of dayPlan.courses) {
        for (const s of course.sessions) {
          const key = `${s.facilityKey}/${s.roomKey}`;
          const list = byRoom.get(key) ?? [];
          list.push({
            start: Date.parse(s.startsAt),
            end: Date.parse(s.endsAt),
            course: course.key,
          });
          byRoom.set(key, list);
        }
      }
      for (const [room, sessions] of byRoom) {
        sessions.sort((a, b) => a.start - b.start);
        for (let i = 1; i < sessions.length; i++) {
          if (sessions[i].start < sessions[i - 1].end) {
            throw new Error(`${room}: ${sessions[i - 1].course} overlaps ${sessions[i].course}`);
          }
        }
      }
    });

    it('places sessions in their fiscal year, within opening hours, never at the New Year', () => {
      const facilities = new Map(dayPlan.facilities.map((f) => [f.key, f]));
      const problems: string[] = [];
      for (const course of dayPlan.courses) {
        const problem = (what: string) => problems.push(`${course.key}: ${what}`);
        if (course.sessions.length < 1 || course.sessions.length > 8) problem('session count');
        const year = programmeYear(course);
        for (const session of course.sessions) {
          if (!ISO_JST.test(session.startsAt) || !ISO_JST.test(session.endsAt)) problem('format');
          const start = local(session.startsAt);
          const end = local(session.endsAt);
          const facility = facilities.get(session.facilityKey)!;
          if (Date.parse(session.endsAt) <= Date.parse(session.startsAt)) problem('ends first');
          if (start.month !== end.month || start.date !== end.date) problem('spans two days');
          if (start.minutes < toMinutes(facility.opensAt)) problem('before opening');
          if (end.minutes > toMinutes(facility.closesAt)) problem('after closing');
          if (start.minutes % 30 !== 0 || end.minutes % 30 !== 0) problem('not on a half hour');
          if (year !== null && fiscalYear(session.startsAt) !== year) problem('other year');
          const yearEnd =
            (start.month === 12 && start.date >= 29) || (start.month === 1 && start.date <= 3);
          if (yearEnd) problem(`New Year session ${session.startsAt}`);
        }
        const starts = course.sessions.map((s) => Date.parse(s.startsAt));
        if (starts.some((start, i) => i > 0 && start <= starts[i - 1])) problem('out of order');
      }
      expect(problems).toEqual([]);
    });

    it('keeps the days of the week natural: a Saturday course stays on Saturdays', () => {
      const rules = new Map(COURSE_TEMPLATES.map((t) => [t.key, t.days ?? 'weekday']));
      for (const course of dayPlan.courses.filter((c) => programmeYear(c) !== null)) {
        const rule = rules.get(course.key.replace(/-\d{4}-(spring|summer|autumn|winter)-.*$/, ''));
        for (const session of course.sessions) {
          const { weekday } = local(session.startsAt);
          if (rule === 'saturday') expect(weekday).toBe(6);
          if (rule === 'weekend') expect([0, 6]).toContain(weekday);
          if (rule === 'weekday') expect([1, 2, 3, 4, 5]).toContain(weekday);
        }
      }
    });

    it('keeps each course within the capacity of the smallest room it uses', () => {
      const capacity = new Map(
        dayPlan.facilities.flatMap((f) => f.rooms.map((r) => [`${f.key}/${r.key}`, r.capacity])),
      );
      for (const course of dayPlan.courses) {
        const smallest = Math.min(
          ...course.sessions.map((s) => capacity.get(`${s.facilityKey}/${s.roomKey}`)!),
        );
        expect(course.capacity).toBeLessThanOrEqual(smallest);
      }
    });

    it('publishes before applications open, and closes applications before the first session', () => {
      for (const course of dayPlan.courses) {
        for (const iso of [
          course.publishedAt,
          course.applicationOpensAt,
          course.applicationClosesAt,
        ]) {
          expect(iso).toMatch(ISO_JST);
        }
        expect(Date.parse(course.publishedAt)).toBeLessThan(Date.parse(course.applicationOpensAt));
        if (course.status === 'published') {
          expect(Date.parse(course.publishedAt)).toBeLessThanOrEqual(todayStart + 10 * HOUR);
        }
        expect(Date.parse(course.applicationOpensAt)).toBeLessThan(
          Date.parse(course.applicationClosesAt),
        );
        expect(Date.parse(course.applicationClosesAt)).toBeLessThan(firstStart(course));
      }
    });
  });
});

function expectUnique(values: readonly string[]): void {
  const duplicates = values.filter((value, index) => values.indexOf(value) !== index);
  expect(duplicates).toEqual([]);
}
