import {
  DomainError,
  ValidationFailedError,
  type FieldError,
} from '../../common/errors/domain-error';
import { ErrorCode } from '../../common/errors/error-registry';
import type { LockedCourse, PlannedSession, PublishedFacts } from './course-editor.repository';
import type { CourseUpdateDto } from './course-input.dto';

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
  ja: '申込締切は初回の開始より前にしてください。',
  en: 'Applications must close before the first session starts.',
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
      ja: '公開後は申込方法（先着順・抽選）を変更できません。',
      en: 'The booking rule (first come or lottery) cannot change after publication.',
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
      ja: '公開後は抽選の優先を変更できません。',
      en: 'The lottery priorities cannot change after publication.',
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
      ja: '抽選の申込は締め切られているため、申込期間は変更できません。',
      en: 'The lottery has closed, so its application window cannot change.',
    });
  }
  if (fixed.length) throw new DomainError(ErrorCode.CourseRulesFixed, fixed);

  const problems: FieldError[] = [];
  const closesAt = new Date(patch.applicationClosesAt ?? course.applicationClosesAt);
  if (closesChanged && closesAt <= now) {
    problems.push({
      field: 'applicationClosesAt',
      ja: '公開中の講座の申込締切を過去の日時にはできません。',
      en: 'A published course’s applications cannot close in the past.',
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
      ja: `公開中の講座の定員は、使用する部屋の収容人数（最小${facts.smallestRoom}人）を超えて増やせません。`,
      en: `A published course’s capacity cannot grow beyond what its smallest room holds (${facts.smallestRoom}).`,
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
      ja: '過去の日時に日程を追加・変更することはできません。',
      en: 'A session cannot be added or moved to a time in the past.',
    });
  }
  if (course.status === 'published' && facts) {
    if (planned.some((slot) => slot.startsAt < new Date(course.applicationClosesAt))) {
      problems.push({
        field: 'startsAt',
        ja: '公開中の講座の日程は申込締切より後にしてください。',
        en: 'A published course’s sessions must start after applications close.',
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
        ja: `この部屋の収容人数（${holds}人）は公開中の講座の定員（${course.capacity}人）に足りません。`,
        en: `This room holds ${holds}, fewer than the published course’s capacity of ${course.capacity}.`,
      });
    }
  }
  if (problems.length) throw new ValidationFailedError(problems);
}
