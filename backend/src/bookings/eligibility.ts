import { ageInYearOf, dateTimeLabel, japanYear } from '../common/time/japan-time';
import type { Audience, BookingRule, GuardianRule, Label } from '../reference/reference-data';
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
  /** One booking seats at most maxCompanions + 1 attendees. */
  maxCompanions: number;
  guardianRule: GuardianRule;
}

/** How many people one booking may seat. */
export function maxAttendees(course: Pick<EligibilityCourse, 'maxCompanions'>): number {
  return course.maxCompanions + 1;
}

/** Why a parent-and-child booking without any child may not be made. */
export function guardianNeedsChildReason(course: EligibilityCourse): Label {
  const range = {
    ja: ageRangeJa(course.targetAgeMin, course.targetAgeMax),
    en: ageRangeEn(course.targetAgeMin, course.targetAgeMax),
  };
  return BOOKINGS_MESSAGES.guardianNeedsChild(range);
}

export interface EligibilityPerson {
  /** The person booking; the others are members of their family. */
  isBooker: boolean;
  birthYear: number | null;
}

/** When a non-resident may book a residents-first first-come course. */
export function nonResidentOpensAt(course: EligibilityCourse): Date | null {
  if (course.audience !== 'residents_first' || course.bookingRule !== 'first_come') return null;
  return new Date(course.applicationOpensAt.getTime() + RESIDENTS_HEAD_START_DAYS * 86_400_000);
}

/**
 * Why one person may not attend, in words the citizen understands; empty when they may. Only
 * attendees are asked: a parent who books for a child is not held to the child's course ages.
 * In a parent-and-child course (親子で参加) the booker attends as the guardian and is not held
 * to the children's ages either.
 *
 * Only birth years are known, so an age is "the age reached in the year of the first session":
 * someone born in 1961 counts as 65 during 2026. A person whose birthday falls later in the year
 * is given the benefit of the doubt; the organiser checks at the door where it matters.
 */
export function attendeeReasons(
  course: EligibilityCourse,
  person: EligibilityPerson,
  now: Date,
): Label[] {
  const { targetAgeMin: min, targetAgeMax: max } = course;
  const guardian = person.isBooker && course.guardianRule === 'parent_and_child';
  if (guardian || (min === null && max === null)) return [];
  if (person.birthYear === null) return [BOOKINGS_MESSAGES.birthYearNeeded];
  const ageCountedAt = course.firstSessionStartsAt ?? now;
  const year = japanYear(ageCountedAt);
  const age = ageInYearOf(person.birthYear, ageCountedAt);
  const ageRange = { ja: ageRangeJa(min, max), en: ageRangeEn(min, max) };
  if ((min !== null && age < min) || (max !== null && age > max)) {
    return [BOOKINGS_MESSAGES.outsideAgeRange(ageRange, year, age)];
  }
  return [];
}

/**
 * Why the household may not book at all, whoever attends: residency is the booker's (family
 * members share their household's), so a residents-only course refuses a non-resident's
 * booking for a child as well.
 */
export function householdReasons(
  course: EligibilityCourse,
  isResident: boolean,
  now: Date,
): Label[] {
  if (isResident) return [];
  const reasons: Label[] = [];
  if (course.audience === 'residents_only') reasons.push(BOOKINGS_MESSAGES.residentsOnly);
  const opensAt = nonResidentOpensAt(course);
  if (opensAt && now < opensAt) {
    reasons.push(BOOKINGS_MESSAGES.nonResidentsFrom(dateTimeLabel(opensAt)));
  }
  return reasons;
}

/** A choice of attendees, each already found eligible on their own. */
export interface PartyChoice {
  bookerAttends: boolean;
  familyMembers: number;
}

/**
 * What is wrong with a choice of attendees as a whole (empty: nothing), with the field the
 * booking form shows it on: nobody chosen, too many for one booking, or a parent-and-child
 * course without its parent or its child.
 */
export function partyReasons(
  course: EligibilityCourse,
  party: PartyChoice,
): { field: 'bookerAttends' | 'companionIds'; label: Label }[] {
  const size = (party.bookerAttends ? 1 : 0) + party.familyMembers;
  if (size === 0) return [{ field: 'companionIds', label: BOOKINGS_MESSAGES.nobodyAttends }];
  const reasons: { field: 'bookerAttends' | 'companionIds'; label: Label }[] = [];
  if (course.guardianRule === 'parent_and_child') {
    if (!party.bookerAttends) {
      reasons.push({ field: 'bookerAttends', label: BOOKINGS_MESSAGES.guardianMustAttend });
    }
    if (party.familyMembers === 0) {
      reasons.push({ field: 'companionIds', label: guardianNeedsChildReason(course) });
    }
  }
  return reasons;
}

export function ageRangeJa(min: number | null, max: number | null): string {
  if (min !== null && max !== null) return `${min}〜${max}歳`;
  if (min !== null) return `${min}歳以上`;
  return `${max}歳以下`;
}

export function ageRangeEn(min: number | null, max: number | null): string {
  if (min !== null && max !== null) return `${min} to ${max}`;
  if (min !== null) return `${min} and over`;
  return `up to ${max}`;
}
