import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '../../access/principal';
import {
  DomainError,
  ValidationFailedError,
  type FieldError,
} from '../../common/errors/domain-error';
import { ErrorCode } from '../../common/errors/error-registry';
import { BookingLedger } from '../../bookings/ledger/booking-ledger';
import { Clock } from '../../common/time/clock';
import { CoursesService } from '../../courses/courses.service';
import { CourseInstructorLinks } from '../../instructors/course-instructor-links';
import { LotteryJobs } from '../../lottery/lottery-jobs';
import type { CourseDetailDto } from '../../courses/dto/course-detail.dto';
import type { CourseStatus, PaymentMethod } from '../../reference/reference-data';
import type { CourseEditorDto, CourseEditorResultDto, CourseWarningDto } from './course-editor.dto';
import {
  CourseEditorRepository,
  type LockedCourse,
  type PlannedSession,
} from './course-editor.repository';
import type { CourseInputDto, CourseUpdateDto } from './course-input.dto';
import type { SessionInputDto, SessionSeriesDto } from './session-input.dto';
import { reservationError } from '../../rooms/reservation-errors';
import { expandSeries } from './session-series';
import { ORGANISER_MESSAGES } from '../organiser.errors';
import {
  checkPlannedSessions,
  checkPublishedUpdate,
  CLOSES_BEFORE_FIRST_SESSION,
  withoutUnchangedWindow,
} from './published-course-rules';

/** Courses whose content and sessions may still change (a cancelled or finished one is history). */
const EDITABLE: readonly CourseStatus[] = ['draft', 'published'];

/**
 * The organiser console: each change checks access (the course's organisation is one of the
 * caller's, else 404), locks the course, checks its state, writes in one transaction, and
 * answers with the course as it now is.
 */
@Injectable()
export class CourseEditorService {
  private readonly logger = new Logger('CourseEditor');

  constructor(
    private readonly courses: CourseEditorRepository,
    private readonly catalogue: CoursesService,
    private readonly lottery: LotteryJobs,
    private readonly clock: Clock,
    private readonly ledger: BookingLedger,
    private readonly instructorLinks: CourseInstructorLinks,
  ) {}

  async create(principal: Principal, input: CourseInputDto): Promise<CourseEditorDto> {
    // Creating for another organisation is refused like reading one: as if it did not exist.
    if (!principal.organisationIds.includes(input.organisationId)) {
      throw new DomainError(ErrorCode.OrganisationNotFound);
    }
    checkCourseFields(input);
    const { instructorProfileIds, ...fields } = input;
    const id = await this.courses.transaction(async (manager) => {
      const id = await this.courses.insert(manager, fields);
      await this.instructorLinks.set(manager, id, instructorProfileIds, principal.userId);
      return id;
    });
    this.logger.log({ msg: 'course changed', event: 'course_created', courseId: id });
    return this.view(principal, id);
  }

  async view(principal: Principal, id: string): Promise<CourseEditorDto> {
    const course = await this.courses.editorCourse(id, principal.organisationIds);
    if (!course) throw new DomainError(ErrorCode.CourseNotFound);
    return {
      ...course,
      ...(await this.instructorLinks.ofCourse(id)),
      sessions: await this.courses.editorSessions(id),
    };
  }

  /** The course exactly as its public page will show it, drafts included (after the 404 check). */
  async preview(principal: Principal, id: string): Promise<CourseDetailDto> {
    await this.view(principal, id);
    const course = await this.catalogue.detail(id, true);
    // A draft's picture is not public yet: the preview shows it from the organiser's own route.
    return course.imageUrl
      ? { ...course, imageUrl: course.imageUrl.replace('/api/courses/', '/api/organiser/courses/') }
      : course;
  }

  async update(
    principal: Principal,
    id: string,
    { instructorProfileIds, ...changes }: CourseUpdateDto,
  ): Promise<CourseEditorDto> {
    await this.change(principal, id, 'course_updated', async (manager, course) => {
      await this.instructorLinks.set(manager, id, instructorProfileIds, principal.userId);
      requireStatus(course, EDITABLE);
      const patch =
        course.status === 'published' ? withoutUnchangedWindow(course, changes) : changes;
      const merged = { ...(await this.view(principal, id)), ...patch };
      checkCourseFields(merged);
      if (merged.capacity < course.bookedCount) {
        throw new ValidationFailedError([
          {
            field: 'capacity',
            ...ORGANISER_MESSAGES.capacityBelowBooked(course.bookedCount),
          },
        ]);
      }
      if (course.status === 'published') {
        const facts = await this.courses.publishedFacts(manager, id);
        checkPublishedUpdate(course, facts, patch, this.clock.now());
      }
      await this.courses.update(manager, id, patch);
      if (patch.capacity !== undefined && patch.capacity > course.capacity) {
        // More seats: the waiting list moves up at once, in this transaction, under this lock.
        await this.ledger.promoteWaiting(manager, id);
      }
    });
    return this.view(principal, id);
  }

  async publish(principal: Principal, id: string): Promise<CourseEditorResultDto> {
    const warnings: CourseWarningDto[] = [];
    await this.change(principal, id, 'course_published', async (manager, course) => {
      requireStatus(course, ['draft']);
      const facts = await this.courses.publishFacts(manager, id);
      const problems: FieldError[] = [];
      if (facts.sessionCount === 0) {
        problems.push({
          field: 'sessions',
          ...ORGANISER_MESSAGES.publishNeedsSession,
        });
      } else if (new Date(facts.firstStartsAt!) <= this.clock.now()) {
        problems.push({
          field: 'sessions',
          ...ORGANISER_MESSAGES.sessionInThePast,
        });
      } else if (new Date(course.applicationClosesAt) > new Date(facts.firstStartsAt!)) {
        problems.push(CLOSES_BEFORE_FIRST_SESSION);
      }
      if (problems.length) throw new ValidationFailedError(problems);
      if (facts.smallestRoom !== null && facts.smallestRoom < course.capacity) {
        warnings.push({
          code: 'ROOM_SMALLER_THAN_CAPACITY',
          ...ORGANISER_MESSAGES.smallestRoomBelowCapacity(course.capacity, facts.smallestRoom),
        });
      }
      await this.courses.setStatus(manager, id, 'published');
      // A lottery course publishes its seed commitment now and queues its draw.
      await this.lottery.coursePublished(manager, id);
    });
    return { course: await this.view(principal, id), warnings };
  }

  async unpublish(principal: Principal, id: string): Promise<CourseEditorDto> {
    await this.change(principal, id, 'course_unpublished', async (manager, course) => {
      requireStatus(course, ['published']);
      // Lottery applications and waiting places hold no seat but are promises all the same.
      if ((await this.courses.activeBookings(manager, id)) > 0) {
        throw new DomainError(ErrorCode.CourseHasApplicants);
      }
      await this.courses.setStatus(manager, id, 'draft');
    });
    return this.view(principal, id);
  }

  /**
   * Cancels a published course: every session is cancelled and its room freed, every active
   * booking cancelled (seats back to 0) and each booker told, in the same transaction.
   */
  async cancel(principal: Principal, id: string): Promise<CourseEditorDto> {
    await this.change(principal, id, 'course_cancelled', async (manager, course) => {
      requireStatus(course, ['published']);
      await this.courses.cancelSessions(manager, id);
      await this.courses.setStatus(manager, id, 'cancelled');
      await this.ledger.cancelCourse(manager, id);
    });
    return this.view(principal, id);
  }

  async duplicate(principal: Principal, id: string, shiftWeeks: number): Promise<CourseEditorDto> {
    const source = await this.view(principal, id);
    const shift = shiftWeeks * 7 * 86_400_000;
    const planned = source.sessions
      .filter((session) => session.status === 'scheduled')
      .map((session) => ({
        roomId: session.room.id,
        startsAt: new Date(Date.parse(session.startsAt) + shift),
        endsAt: new Date(Date.parse(session.endsAt) + shift),
      }));
    let copyId = '';
    await this.reserving(planned, undefined, () =>
      this.change(principal, id, 'course_duplicated', async (manager) => {
        copyId = await this.courses.duplicate(manager, id, shiftWeeks);
      }),
    );
    return this.view(principal, copyId);
  }

  addSession(
    principal: Principal,
    id: string,
    input: SessionInputDto,
  ): Promise<CourseEditorResultDto> {
    return this.addSessions(principal, id, [toPlanned(input)]);
  }

  addSeries(
    principal: Principal,
    id: string,
    series: SessionSeriesDto,
  ): Promise<CourseEditorResultDto> {
    if (series.count === undefined && series.until === undefined) {
      throw new ValidationFailedError([
        {
          field: 'count',
          ...ORGANISER_MESSAGES.seriesNeedsCountOrUntil,
        },
      ]);
    }
    const planned = expandSeries(series).map((slot) => ({ ...slot, roomId: series.roomId }));
    if (planned.length === 0) {
      throw new ValidationFailedError([
        {
          field: 'until',
          ...ORGANISER_MESSAGES.seriesHasNoSession,
        },
      ]);
    }
    return this.addSessions(principal, id, planned);
  }

  async moveSession(
    principal: Principal,
    id: string,
    sessionId: string,
    input: SessionInputDto,
  ): Promise<CourseEditorResultDto> {
    const planned = toPlanned(input);
    const rooms = await this.checkRooms([planned]);
    await this.reserving([planned], sessionId, () =>
      this.change(principal, id, 'session_moved', async (manager, course) => {
        requireStatus(course, EDITABLE);
        await this.checkPlanned(manager, course, [planned], rooms);
        const status = await this.courses.sessionStatus(manager, id, sessionId);
        if (status === null) throw new DomainError(ErrorCode.SessionNotFound);
        if (status !== 'scheduled') throw new DomainError(ErrorCode.CourseStateConflict);
        // The booked are told the old and the new time and room (read before the move).
        await this.ledger.noteSessionChange(manager, id, sessionId, planned);
        await this.courses.moveSession(manager, sessionId, planned);
      }),
    );
    return this.withRoomWarnings(principal, id);
  }

  async cancelSession(
    principal: Principal,
    id: string,
    sessionId: string,
  ): Promise<CourseEditorDto> {
    await this.change(principal, id, 'session_cancelled', async (manager, course) => {
      requireStatus(course, EDITABLE);
      const status = await this.courses.sessionStatus(manager, id, sessionId);
      if (status === null) throw new DomainError(ErrorCode.SessionNotFound);
      if (status !== 'scheduled') throw new DomainError(ErrorCode.CourseStateConflict);
      await this.ledger.noteSessionChange(manager, id, sessionId, null);
      await this.courses.cancelSessions(manager, id, [sessionId]);
    });
    return this.view(principal, id);
  }

  private async addSessions(
    principal: Principal,
    id: string,
    planned: PlannedSession[],
  ): Promise<CourseEditorResultDto> {
    const rooms = await this.checkRooms(planned);
    await this.reserving(planned, undefined, () =>
      this.change(principal, id, 'sessions_added', async (manager, course) => {
        requireStatus(course, EDITABLE);
        await this.checkPlanned(manager, course, planned, rooms);
        await this.courses.insertSessions(manager, id, planned);
      }),
    );
    return this.withRoomWarnings(principal, id);
  }

  /**
   * Runs a write that reserves rooms. The database refuses overlaps and closed days; the rooms
   * feature's reservationError turns that into a 409 naming the collision, for the first planned
   * slot that collides (a series is refused as a whole, but the organiser learns which date).
   */
  private async reserving(
    planned: PlannedSession[],
    exceptSessionId: string | undefined,
    write: () => Promise<void>,
  ): Promise<void> {
    try {
      await write();
    } catch (error) {
      const index = await this.courses.firstUnavailable(planned, exceptSessionId);
      throw await reservationError(error, planned[index] ?? planned[0], this.courses.manager);
    }
  }

  /** The checks of published-course-rules, under the course lock. */
  private async checkPlanned(
    manager: EntityManager,
    course: LockedCourse,
    planned: PlannedSession[],
    rooms: ReadonlyMap<string, number>,
  ): Promise<void> {
    const facts =
      course.status === 'published' ? await this.courses.publishedFacts(manager, course.id) : null;
    checkPlannedSessions(course, facts, planned, rooms, this.clock.now());
  }

  /** Checks the slots' order and that their rooms exist; answers each room's capacity. */
  private async checkRooms(planned: PlannedSession[]): Promise<Map<string, number>> {
    const problems: FieldError[] = [];
    if (planned.some((slot) => slot.endsAt <= slot.startsAt)) {
      problems.push({
        field: 'endsAt',
        ...ORGANISER_MESSAGES.endNotAfterStart,
      });
    }
    const rooms = await this.courses.roomCapacities([...new Set(planned.map((s) => s.roomId))]);
    if (planned.some((slot) => !rooms.has(slot.roomId))) {
      throw new DomainError(ErrorCode.RoomNotFound);
    }
    if (problems.length) throw new ValidationFailedError(problems);
    return rooms;
  }

  private async withRoomWarnings(principal: Principal, id: string): Promise<CourseEditorResultDto> {
    const course = await this.view(principal, id);
    const small = course.sessions.filter(
      (s) => s.status === 'scheduled' && s.room.capacity < course.capacity,
    );
    const warnings = small.length
      ? [
          {
            code: 'ROOM_SMALLER_THAN_CAPACITY',
            ...ORGANISER_MESSAGES.sessionsInSmallerRooms(course.capacity, small.length),
          },
        ]
      : [];
    return { course, warnings };
  }

  /** Locks the caller's course (404 when it is not theirs) and runs one transaction on it. */
  private async change(
    principal: Principal,
    id: string,
    event: string,
    work: (manager: EntityManager, course: LockedCourse) => Promise<void>,
  ): Promise<void> {
    await this.courses.transaction(async (manager) => {
      const course = await this.courses.lock(manager, id, principal.organisationIds);
      if (!course) throw new DomainError(ErrorCode.CourseNotFound);
      await work(manager, course);
    });
    // Ids and the event only: no personal data in logs.
    this.logger.log({ msg: 'course changed', event, courseId: id });
  }
}

function toPlanned(input: SessionInputDto): PlannedSession {
  return {
    startsAt: new Date(input.startsAt),
    endsAt: new Date(input.endsAt),
    roomId: input.roomId,
  };
}

function requireStatus(course: LockedCourse, allowed: readonly CourseStatus[]): void {
  if (!allowed.includes(course.status)) throw new DomainError(ErrorCode.CourseStateConflict);
}

/** Rules across fields, which one field's validator cannot see. */
function checkCourseFields(course: {
  targetAgeMin?: number | null;
  targetAgeMax?: number | null;
  applicationOpensAt: string;
  applicationClosesAt: string;
  paymentMethod?: PaymentMethod;
  paymentDeadlineDays?: number | null;
}): void {
  const problems: FieldError[] = [];
  const inAdvance = course.paymentMethod === 'in_advance';
  const deadline = course.paymentDeadlineDays ?? null;
  if (inAdvance && deadline === null) {
    problems.push({ field: 'paymentDeadlineDays', ...ORGANISER_MESSAGES.paymentDeadlineNeeded });
  } else if (!inAdvance && deadline !== null) {
    problems.push({
      field: 'paymentDeadlineDays',
      ...ORGANISER_MESSAGES.paymentDeadlineOnlyInAdvance,
    });
  }
  const { targetAgeMin: min, targetAgeMax: max } = course;
  if (typeof min === 'number' && typeof max === 'number' && min > max) {
    problems.push({
      field: 'targetAgeMax',
      ...ORGANISER_MESSAGES.ageMaxBelowMin,
    });
  }
  if (new Date(course.applicationClosesAt) <= new Date(course.applicationOpensAt)) {
    problems.push({
      field: 'applicationClosesAt',
      ...ORGANISER_MESSAGES.closeNotAfterOpen,
    });
  }
  if (problems.length) throw new ValidationFailedError(problems);
}
