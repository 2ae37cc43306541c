import {
  CATEGORIES,
  LIFE_STAGES,
  PILLARS,
  type LifeStage,
} from '../../../reference/reference-data';
import type { SeedCourse, SeedPlan } from '../seed-plan';
import { DEMO_TODAY, buildSeedPlan } from './index';

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
const todayStart = Date.parse(`${DEMO_TODAY}T00:00:00+09:00`);

/** Local (Japan) wall-clock parts of an ISO timestamp, whatever its offset. */
function local(iso: string): { month: number; date: number; minutes: number } {
  const shifted = new Date(Date.parse(iso) + 9 * HOUR);
  return {
    month: shifted.getUTCMonth() + 1,
    date: shifted.getUTCDate(),
    minutes: shifted.getUTCHours() * 60 + shifted.getUTCMinutes(),
  };
}

const toMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const firstStart = (course: SeedCourse) => Date.parse(course.sessions[0].startsAt);

describe('buildSeedPlan', () => {
  let plan: SeedPlan;
  let elapsedMs: number;

  beforeAll(() => {
    const started = performance.now();
    plan = buildSeedPlan();
    elapsedMs = performance.now() - started;
  });

  it('is deterministic', () => {
    expect(JSON.stringify(buildSeedPlan())).toBe(JSON.stringify(plan));
  });

  it('is generated in well under a second', () => {
    expect(elapsedMs).toBeLessThan(1000);
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

  describe('courses', () => {
    it('has at least 320 courses with unique keys and unique titles', () => {
      expect(plan.courses.length).toBeGreaterThanOrEqual(320);
      expectUnique(plan.courses.map((c) => c.key));
      expectUnique(plan.courses.map((c) => c.titleJa));
      expectUnique(plan.courses.map((c) => c.titleEn));
    });

    it('covers every life stage, category and pillar', () => {
      const stages = new Set<LifeStage>(plan.courses.flatMap((c) => c.lifeStages));
      expect([...stages].sort()).toEqual([...LIFE_STAGES].sort());
      expect(new Set(plan.courses.map((c) => c.category))).toEqual(new Set(CATEGORIES));
      expect(new Set(plan.courses.map((c) => c.pillar))).toEqual(new Set(PILLARS));
    });

    it('holds courses at every community centre and at the other venues', () => {
      const used = new Set(plan.courses.flatMap((c) => c.sessions.map((s) => s.facilityKey)));
      for (const facility of plan.facilities)
        expect([facility.key, used.has(facility.key)]).toEqual([facility.key, true]);
      const perCentre = plan.facilities
        .filter((f) => f.kind === 'community_centre')
        .map((f) => plan.courses.filter((c) => c.sessions[0].facilityKey === f.key).length);
      expect(Math.min(...perCentre)).toBeGreaterThanOrEqual(8);
    });

    it('refers only to existing organisations, facilities and rooms', () => {
      const organisations = new Set(plan.organisations.map((o) => o.key));
      const rooms = new Set(
        plan.facilities.flatMap((f) => f.rooms.map((r) => `${f.key}/${r.key}`)),
      );
      for (const course of plan.courses) {
        expect(organisations.has(course.organisationKey)).toBe(true);
        for (const session of course.sessions) {
          expect(rooms.has(`${session.facilityKey}/${session.roomKey}`)).toBe(true);
        }
      }
    });

    it('has complete bilingual texts', () => {
      for (const course of plan.courses) {
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
          expect(text.trim().length).toBeGreaterThan(0);
        }
        expect(course.descriptionJa.length).toBeGreaterThan(course.summaryJa.length);
      }
    });

    it('has sensible audiences, ages, fees and bookings', () => {
      for (const course of plan.courses) {
        expect(course.lifeStages.length).toBeGreaterThan(0);
        if (course.targetAgeMin !== null && course.targetAgeMax !== null) {
          expect(course.targetAgeMin).toBeLessThanOrEqual(course.targetAgeMax);
        }
        expect(course.feeYen).toBeGreaterThanOrEqual(0);
        expect(course.feeYen).toBeLessThanOrEqual(3000);
        expect(course.capacity).toBeGreaterThan(0);
        expect(course.bookedCount).toBeGreaterThanOrEqual(0);
        expect(course.bookedCount).toBeLessThanOrEqual(course.capacity);
      }
      const free = plan.courses.filter((c) => c.feeYen === 0).length;
      expect(free / plan.courses.length).toBeGreaterThan(0.5);
      expect(plan.courses.some((c) => c.bookingRule === 'lottery')).toBe(true);
      expect(plan.courses.some((c) => c.childcareOffered)).toBe(true);
      const past = plan.courses.filter((c) => Date.parse(c.sessions.at(-1)!.endsAt) < todayStart);
      const full = past.filter((c) => c.bookedCount === c.capacity);
      expect(full.length / past.length).toBeGreaterThan(0.5);
    });

    it('has many upcoming courses, several of them starting in the next 14 days', () => {
      const upcoming = plan.courses.filter((c) => firstStart(c) >= todayStart);
      const soon = upcoming.filter((c) => firstStart(c) < todayStart + 14 * DAY);
      expect(upcoming.length).toBeGreaterThanOrEqual(100);
      expect(soon.length).toBeGreaterThanOrEqual(10);
      expect(new Set(soon.flatMap((c) => c.lifeStages)).size).toBeGreaterThanOrEqual(4);
      expect(soon.some((c) => c.bookedCount < c.capacity)).toBe(true);
    });
  });

  describe('invariants the database enforces', () => {
    it('never puts two sessions in the same room at the same time', () => {
      const byRoom = new Map<string, { start: number; end: number; course: string }[]>();
      for (const course of plan.courses) {
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

    it('places sessions in the fiscal year, within opening hours, on whole or half hours', () => {
      const facilities = new Map(plan.facilities.map((f) => [f.key, f]));
      const fiscalYearStart = Date.parse('2026-04-01T00:00:00+09:00');
      const fiscalYearEnd = Date.parse('2027-04-01T00:00:00+09:00');
      for (const course of plan.courses) {
        expect(course.sessions.length).toBeGreaterThanOrEqual(1);
        expect(course.sessions.length).toBeLessThanOrEqual(8);
        for (const session of course.sessions) {
          expect(session.startsAt).toMatch(ISO_JST);
          expect(session.endsAt).toMatch(ISO_JST);
          const start = local(session.startsAt);
          const end = local(session.endsAt);
          const facility = facilities.get(session.facilityKey)!;
          expect(Date.parse(session.endsAt)).toBeGreaterThan(Date.parse(session.startsAt));
          expect([start.month, start.date]).toEqual([end.month, end.date]);
          expect(start.minutes).toBeGreaterThanOrEqual(toMinutes(facility.opensAt));
          expect(end.minutes).toBeLessThanOrEqual(toMinutes(facility.closesAt));
          expect(start.minutes % 30).toBe(0);
          expect(end.minutes % 30).toBe(0);
          expect(Date.parse(session.startsAt)).toBeGreaterThanOrEqual(fiscalYearStart);
          expect(Date.parse(session.endsAt)).toBeLessThanOrEqual(fiscalYearEnd);
          const yearEnd =
            (start.month === 12 && start.date >= 29) || (start.month === 1 && start.date <= 3);
          expect([course.key, session.startsAt, yearEnd]).toEqual([
            course.key,
            session.startsAt,
            false,
          ]);
        }
        const starts = course.sessions.map((s) => Date.parse(s.startsAt));
        expect(starts).toEqual([...starts].sort((a, b) => a - b));
      }
    });

    it('keeps each course within the capacity of the smallest room it uses', () => {
      const capacity = new Map(
        plan.facilities.flatMap((f) => f.rooms.map((r) => [`${f.key}/${r.key}`, r.capacity])),
      );
      for (const course of plan.courses) {
        const smallest = Math.min(
          ...course.sessions.map((s) => capacity.get(`${s.facilityKey}/${s.roomKey}`)!),
        );
        expect(course.capacity).toBeLessThanOrEqual(smallest);
      }
    });

    it('publishes before applications open, and closes applications before the first session', () => {
      for (const course of plan.courses) {
        for (const iso of [
          course.publishedAt,
          course.applicationOpensAt,
          course.applicationClosesAt,
        ]) {
          expect(iso).toMatch(ISO_JST);
        }
        expect(Date.parse(course.publishedAt)).toBeLessThan(Date.parse(course.applicationOpensAt));
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
