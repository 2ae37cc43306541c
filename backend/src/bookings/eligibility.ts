import { ageInYearOf, dateTimeLabel, japanYear } from '../common/time/japan-time';
import type { Audience, BookingRule, Label } from '../reference/reference-data';
import { BOOKINGS_MESSAGES } from './bookings.errors';

/** Non-residents may book a 'residents_first' first-come course this many days after it opens. */
export const RESIDENTS_HEAD_START_DAYS = 7;

export interface EligibilityCourse {
  audience: Audience;
  bookingRule: BookingRule;
  targetAgeMin: number | null;
  targetAgeMax: number | null;
  applicationOpensAt: Date;
  /** The first scheduled session; ages are counted in its (Japan) year. */
  firstSessionStartsAt: Date | null;
  maxCompanions: number;
}

/**
 * A course for children that they attend with a parent or guardian (親子講座): its age range is
 * the children's, the adult who books is not held to it, and at least one child must come.
 */
export function isChildrenWithGuardianCourse(course: EligibilityCourse): boolean {
  return course.maxCompanions > 0 && course.targetAgeMax !== null && course.targetAgeMax < 18;
}

/** Why a party without any child may not book a children-with-guardian course. */
export function guardianNeedsChildReason(course: EligibilityCourse): Label {
  const range = {
    ja: ageRangeJa(course.targetAgeMin, course.targetAgeMax),
    en: ageRangeEn(course.targetAgeMin, course.targetAgeMax),
  };
  return BOOKINGS_MESSAGES.guardianNeedsChild(range);
}

export interface EligibilityPerson {
  /** The person booking (residency is theirs); companions are their family. */
  isBooker: boolean;
  birthYear: number | null;
  /** Lives, works or studies in Tsukuba (users.tsukuba_relations not empty). */
  isResident: boolean;
}

/** When a non-resident may book a residents-first first-come course. */
export function nonResidentOpensAt(course: EligibilityCourse): Date | null {
  if (course.audience !== 'residents_first' || course.bookingRule !== 'first_come') return null;
  return new Date(course.applicationOpensAt.getTime() + RESIDENTS_HEAD_START_DAYS * 86_400_000);
}

/**
 * Why one person may not take part, in words the citizen understands; empty when they may.
 *
 * Only birth years are known, so an age is "the age reached in the year of the first session":
 * someone born in 1961 counts as 65 during 2026. A person whose birthday falls later in the year
 * is given the benefit of the doubt; the organiser checks at the door where it matters.
 */
export function eligibilityReasons(
  course: EligibilityCourse,
  person: EligibilityPerson,
  now: Date,
): Label[] {
  const reasons: Label[] = [];
  const { targetAgeMin: min, targetAgeMax: max } = course;
  const guardian = person.isBooker && isChildrenWithGuardianCourse(course);
  if (!guardian && (min !== null || max !== null)) {
    if (person.birthYear === null) {
      reasons.push(BOOKINGS_MESSAGES.birthYearNeeded);
    } else {
      const ageCountedAt = course.firstSessionStartsAt ?? now;
      const year = japanYear(ageCountedAt);
      const age = ageInYearOf(person.birthYear, ageCountedAt);
      const ageRange = { ja: ageRangeJa(min, max), en: ageRangeEn(min, max) };
      if (min !== null && age < min) {
        reasons.push(BOOKINGS_MESSAGES.outsideAgeRange(ageRange, year, age));
      } else if (max !== null && age > max) {
        reasons.push(BOOKINGS_MESSAGES.outsideAgeRange(ageRange, year, age));
      }
    }
  }
  if (person.isBooker && !person.isResident) {
    if (course.audience === 'residents_only') {
      reasons.push(BOOKINGS_MESSAGES.residentsOnly);
    }
    const opensAt = nonResidentOpensAt(course);
    if (opensAt && now < opensAt) {
      reasons.push(BOOKINGS_MESSAGES.nonResidentsFrom(dateTimeLabel(opensAt)));
    }
  }
  return reasons;
}

function ageRangeJa(min: number | null, max: number | null): string {
  if (min !== null && max !== null) return `${min}〜${max}歳`;
  if (min !== null) return `${min}歳以上`;
  return `${max}歳以下`;
}

function ageRangeEn(min: number | null, max: number | null): string {
  if (min !== null && max !== null) return `${min} to ${max}`;
  if (min !== null) return `${min} and over`;
  return `up to ${max}`;
}
