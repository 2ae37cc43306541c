import {
  DomainError,
  ValidationFailedError,
  type FieldError,
} from '../../common/errors/domain-error';
import { ErrorCode } from '../../common/errors/error-registry';
import type { LockedCourse, PlannedSession, PublishedFacts } from './course-editor.repository';
import type { CourseUpdateDto } from './course-input.dto';
import { ORGANISER_MESSAGES } from '../organiser.errors';

/**
 * What a published course promised its applicants, and the checks publication made, held for
 * every later change (issue 10, finding 5). Pure functions over the locked course, the facts
 * read under its lock and "now" from the Clock; each throws the error to answer or returns.
 *
 * - Terms applicants relied on are fixed (409 COURSE_RULES_FIXED): the booking rule, the
 *   lottery priorities, and the window of a lottery once it has closed or been drawn.
 * - Values publication would refuse are refused (400 per field): applications closing after
 *   the first session or in the past, a session in the past or before applications close.
 * - The room: publication warns when a room holds fewer than the capacity; once published,
 *   no change may make that worse (400 per field): capacity above both the old capacity and
 *   the smallest room, or a session in a room smaller than what the course already uses.
 */

/** The form edits times to the minute: a time within the same minute is the same time. */
const sameMinute = (a: Date | string, b: Date | string) =>
  Math.floor(new Date(a).getTime() / 60_000) === Math.floor(new Date(b).getTime() / 60_000);

/**
 * The patch without window times that did not change (to the minute): the form sends every
 * field, and re-sending 10:00 for a stored 10:00:30 is no change to check, nor to write.
 */
export function withoutUnchangedWindow(
  course: LockedCourse,
  patch: CourseUpdateDto,
): CourseUpdateDto {
  const result = { ...patch };
  if (
    result.applicationOpensAt !== undefined &&
    sameMinute(result.applicationOpensAt, course.applicationOpensAt)
  ) {
    delete result.applicationOpensAt;
  }
  if (
    result.applicationClosesAt !== undefined &&
    sameMinute(result.applicationClosesAt, course.applicationClosesAt)
  ) {
    delete result.applicationClosesAt;
  }
  return result;
}

export const CLOSES_BEFORE_FIRST_SESSION: FieldError = {
  field: 'applicationClosesAt',
  ...ORGANISER_MESSAGES.closeBeforeFirstSession,
};

/** A change of the course's own fields (PATCH), for a published course, after withoutUnchangedWindow. */
export function checkPublishedUpdate(
  course: LockedCourse,
  facts: PublishedFacts,
  patch: CourseUpdateDto,
  now: Date,
): void {
  const fixed: FieldError[] = [];
  if (patch.bookingRule !== undefined && patch.bookingRule !== course.bookingRule) {
    fixed.push({
      field: 'bookingRule',
      ...ORGANISER_MESSAGES.bookingRuleFixed,
    });
  }
  const priorities = patch.lotteryPriorities;
  if (
    course.bookingRule === 'lottery' &&
    priorities !== undefined &&
    priorities.join() !== course.lotteryPriorities.join()
  ) {
    fixed.push({
      field: 'lotteryPriorities',
      ...ORGANISER_MESSAGES.lotteryPrioritiesFixed,
    });
  }
  // Unchanged times are gone from the patch (withoutUnchangedWindow).
  const opensChanged = patch.applicationOpensAt !== undefined;
  const closesChanged = patch.applicationClosesAt !== undefined;
  const lotteryClosed =
    course.bookingRule === 'lottery' && (facts.drawn || course.applicationClosesAt <= now);
  if (lotteryClosed && (opensChanged || closesChanged)) {
    fixed.push({
      field: closesChanged ? 'applicationClosesAt' : 'applicationOpensAt',
      ...ORGANISER_MESSAGES.closedLotteryWindowFixed,
    });
  }
  if (fixed.length) throw new DomainError(ErrorCode.CourseRulesFixed, fixed);

  const problems: FieldError[] = [];
  const closesAt = new Date(patch.applicationClosesAt ?? course.applicationClosesAt);
  if (closesChanged && closesAt <= now) {
    problems.push({
      field: 'applicationClosesAt',
      ...ORGANISER_MESSAGES.closeInThePast,
    });
  } else if (facts.firstStartsAt !== null && closesAt > new Date(facts.firstStartsAt)) {
    problems.push(CLOSES_BEFORE_FIRST_SESSION);
  }
  const capacity = patch.capacity;
  if (
    capacity !== undefined &&
    capacity > course.capacity &&
    facts.smallestRoom !== null &&
    capacity > facts.smallestRoom
  ) {
    problems.push({
      field: 'capacity',
      ...ORGANISER_MESSAGES.capacityBeyondSmallestRoom(facts.smallestRoom),
    });
  }
  if (problems.length) throw new ValidationFailedError(problems);
}

/** Sessions added or moved: never in the past; for a published course, as publication checked. */
export function checkPlannedSessions(
  course: LockedCourse,
  facts: PublishedFacts | null,
  planned: readonly PlannedSession[],
  roomCapacities: ReadonlyMap<string, number>,
  now: Date,
): void {
  const problems: FieldError[] = [];
  if (planned.some((slot) => slot.startsAt <= now)) {
    problems.push({
      field: 'startsAt',
      ...ORGANISER_MESSAGES.sessionMovedIntoThePast,
    });
  }
  if (course.status === 'published' && facts) {
    if (planned.some((slot) => slot.startsAt < new Date(course.applicationClosesAt))) {
      problems.push({
        field: 'startsAt',
        ...ORGANISER_MESSAGES.sessionBeforeClose,
      });
    }
    // The room may be as small as the course's smallest so far (accepted with a warning at
    // publication), never smaller.
    const floor = Math.min(course.capacity, facts.smallestRoom ?? course.capacity);
    const small = planned.find((slot) => (roomCapacities.get(slot.roomId) ?? 0) < floor);
    if (small) {
      const holds = roomCapacities.get(small.roomId) ?? 0;
      problems.push({
        field: 'roomId',
        ...ORGANISER_MESSAGES.roomBelowPublishedCapacity(holds, course.capacity),
      });
    }
  }
  if (problems.length) throw new ValidationFailedError(problems);
}
