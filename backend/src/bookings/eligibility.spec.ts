import {
  attendeeReasons,
  type EligibilityCourse,
  guardianNeedsChildReason,
  householdReasons,
  maxAttendees,
  nonResidentOpensAt,
  partyReasons,
} from './eligibility';
import type { EligibilityPerson } from './eligibility';

/** Everything that stands in one person's way when they book for themselves. */
function eligibilityReasons(
  course: EligibilityCourse,
  person: EligibilityPerson & { isResident: boolean },
  now: Date,
) {
  return [
    ...attendeeReasons(course, person, now),
    ...(person.isBooker ? householdReasons(course, person.isResident, now) : []),
  ];
}

const course: EligibilityCourse = {
  audience: 'everyone',
  bookingRule: 'first_come',
  targetAgeMin: null,
  targetAgeMax: null,
  applicationOpensAt: new Date('2026-12-01T00:00:00Z'), // 09:00 in Japan
  firstSessionStartsAt: new Date('2027-01-14T01:00:00Z'),
  maxCompanions: 0,
  guardianRule: 'none',
};
const resident = { isBooker: true, birthYear: 1985, isResident: true };
const now = new Date('2026-12-02T00:00:00Z');

describe('eligibility', () => {
  it('lets anyone take part in a course for everyone', () => {
    expect(eligibilityReasons(course, resident, now)).toEqual([]);
    expect(eligibilityReasons(course, { ...resident, isResident: false }, now)).toEqual([]);
  });

  it('counts ages in the year of the first session and explains a refusal in both languages', () => {
    const seniors = { ...course, targetAgeMin: 65, targetAgeMax: null };
    expect(eligibilityReasons(seniors, { ...resident, birthYear: 1962 }, now)).toEqual([]); // 65 in 2027
    const [reason] = eligibilityReasons(seniors, { ...resident, birthYear: 1963 }, now);
    expect(reason).toEqual({
      ja: '対象年齢は65歳以上です（2027年に64歳）。',
      en: 'This course is for ages 65 and over (64 in 2027).',
    });
  });

  it('checks children against an upper age', () => {
    const toddlers = { ...course, targetAgeMin: 1, targetAgeMax: 3 };
    const child = { isBooker: false, birthYear: 2024, isResident: false }; // 3 in 2027
    expect(eligibilityReasons(toddlers, child, now)).toEqual([]);
    expect(eligibilityReasons(toddlers, { ...child, birthYear: 2023 }, now)[0]?.ja).toBe(
      '対象年齢は1〜3歳です（2027年に4歳）。',
    );
  });

  it('holds the children, not the parent who brings them, to a parent-and-child course’s ages', () => {
    const parentAndChild: EligibilityCourse = {
      ...course,
      targetAgeMin: 7,
      targetAgeMax: 12,
      maxCompanions: 3,
      guardianRule: 'parent_and_child',
    };
    expect(eligibilityReasons(parentAndChild, resident, now)).toEqual([]);
    const child = { isBooker: false, birthYear: 2018, isResident: true }; // 9 in 2027
    expect(eligibilityReasons(parentAndChild, child, now)).toEqual([]);
    expect(eligibilityReasons(parentAndChild, { ...child, birthYear: 2023 }, now)).toHaveLength(1);
    expect(guardianNeedsChildReason(parentAndChild).ja).toContain('お子さま（7〜12歳）');
    // The parent must come, and with a child.
    expect(partyReasons(parentAndChild, { bookerAttends: true, familyMembers: 1 })).toEqual([]);
    expect(
      partyReasons(parentAndChild, { bookerAttends: false, familyMembers: 1 }).map((r) => r.field),
    ).toEqual(['bookerAttends']);
    expect(
      partyReasons(parentAndChild, { bookerAttends: true, familyMembers: 0 }).map((r) => r.field),
    ).toEqual(['companionIds']);
    // Without that rule the booker is an attendee like any other, held to the ages.
    const seniorsWithFriend = { ...course, targetAgeMin: 65, targetAgeMax: null, maxCompanions: 1 };
    expect(eligibilityReasons(seniorsWithFriend, resident, now)).toHaveLength(1);
  });

  it('lets a parent book a child alone onto a children’s course, not attending themselves', () => {
    // こども英語あそび: 6–9 years, one attendee per booking.
    const children: EligibilityCourse = { ...course, targetAgeMin: 6, targetAgeMax: 9 };
    expect(maxAttendees(children)).toBe(1);
    expect(attendeeReasons(children, { isBooker: true, birthYear: 1988 }, now)).toHaveLength(1);
    expect(attendeeReasons(children, { isBooker: false, birthYear: 2020 }, now)).toEqual([]); // 7
    expect(partyReasons(children, { bookerAttends: false, familyMembers: 1 })).toEqual([]);
    expect(partyReasons(children, { bookerAttends: false, familyMembers: 0 })[0]?.label.ja).toBe(
      '参加する人を1人以上選んでください（ご本人またはご家族）。',
    );
    // A son books his mother onto a seniors' course.
    const seniors = { ...course, targetAgeMin: 65, targetAgeMax: null };
    expect(attendeeReasons(seniors, { isBooker: false, birthYear: 1950 }, now)).toEqual([]);
  });

  it('judges residency for the household, whoever attends', () => {
    const residentsOnly = { ...course, audience: 'residents_only' as const };
    expect(householdReasons(residentsOnly, true, now)).toEqual([]);
    expect(householdReasons(residentsOnly, false, now)).toHaveLength(1);
  });

  it('asks for a year of birth when the course has an age range and none is known', () => {
    const seniors = { ...course, targetAgeMin: 65, targetAgeMax: null };
    const [reason] = eligibilityReasons(seniors, { ...resident, birthYear: null }, now);
    expect(reason?.en).toContain('year of birth');
  });

  it('keeps residents-only courses for residents, and does not ask it of companions', () => {
    const residentsOnly = { ...course, audience: 'residents_only' as const };
    expect(eligibilityReasons(residentsOnly, resident, now)).toEqual([]);
    expect(eligibilityReasons(residentsOnly, { ...resident, isResident: false }, now)).toHaveLength(
      1,
    );
    expect(
      eligibilityReasons(
        residentsOnly,
        { isBooker: false, birthYear: 2019, isResident: false },
        now,
      ),
    ).toEqual([]);
  });

  it('gives residents a week’s head start on residents-first courses', () => {
    const residentsFirst = { ...course, audience: 'residents_first' as const };
    const outsider = { ...resident, isResident: false };
    expect(nonResidentOpensAt(residentsFirst)?.toISOString()).toBe('2026-12-08T00:00:00.000Z');
    const [reason] = eligibilityReasons(residentsFirst, outsider, now);
    expect(reason?.ja).toBe(
      '市外の方のお申し込みは2026年12月8日(火) 09:00からです（市内在住・在勤・在学の方が優先）。',
    );
    expect(reason?.en).toBe(
      'People from outside Tsukuba may book from Tue 8 Dec 2026, 09:00 (Tsukuba residents first).',
    );
    expect(eligibilityReasons(residentsFirst, outsider, new Date('2026-12-08T00:00:00Z'))).toEqual(
      [],
    );
    expect(eligibilityReasons(residentsFirst, resident, now)).toEqual([]);
    // A lottery weighs residency in the draw instead.
    expect(
      eligibilityReasons({ ...residentsFirst, bookingRule: 'lottery' }, outsider, now),
    ).toEqual([]);
  });
});
