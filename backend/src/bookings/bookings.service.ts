import { Injectable } from '@nestjs/common';
import { hash, randomUUID } from 'node:crypto';
import type { Principal } from '../access/principal';
import { DomainError, ValidationFailedError, type FieldError } from '../common/errors/domain-error';
import { ErrorCode } from '../common/errors/error-registry';
import { Clock } from '../common/time/clock';
import { dateTimeLabel } from '../common/time/japan-time';
import type { Label } from '../reference/reference-data';
import { type BookingContext, BookingsRepository } from './bookings.repository';
import { BookingLedger } from './ledger/booking-ledger';
import { CourseContextCache } from './course-context-cache';
import { bookingWindowState } from './ledger/booking-window';
import type {
  BookingDto,
  BookingOptionsDto,
  BookingView,
  BookingWindowState,
  CreateBookingDto,
  ParticipantEligibilityDto,
} from './dto/booking.dto';
import {
  attendeeReasons,
  type EligibilityCourse,
  householdReasons,
  maxAttendees,
  partyReasons,
} from './eligibility';
import { BOOKINGS_MESSAGES } from './bookings.errors';

const IDEMPOTENCY_KEY = /^[A-Za-z0-9\-_.:]{1,200}$/;

/** What a request is judged on: the course and the person, without their seats and bookings. */
type Judged = Omit<BookingContext, 'bookedCount' | 'activeBookingId' | 'queueLength'>;

/**
 * The booking context as a booking reads it, at the course's revision. The person's bookings of
 * the course and the seats taken are undefined when not read beforehand (see bookingContext).
 */
type JudgedContext = Judged & {
  bookedCount?: number;
  activeBookingId?: string | null;
  queueLength: null;
  revision: string;
};

/**
 * Booking a course, the waiting list and cancellation, for the citizen who books.
 *
 * Everything that can be decided without the course's lock is decided here first (is the course
 * open, is everybody eligible, are the companions the caller's family); then the booking ledger
 * takes the seat (tsumugu_take_seats, through the SeatBatcher's group commit) and the database
 * has the last word on the window, seats, one active booking per person and idempotent retries.
 */
@Injectable()
export class BookingsService {
  constructor(
    private readonly bookings: BookingsRepository,
    private readonly ledger: BookingLedger,
    private readonly clock: Clock,
    private readonly courses: CourseContextCache,
  ) {}

  async options(principal: Principal, courseId: string): Promise<BookingOptionsDto> {
    const context = await this.bookings.context(courseId, principal.userId, {
      withQueueLength: true,
    });
    if (!context) throw new DomainError(ErrorCode.CourseNotFound);
    const now = this.clock.now();
    const course = eligibilityCourse(context);
    const self: ParticipantEligibilityDto = {
      familyMemberId: null,
      name: context.userName,
      birthYear: context.userBirthYear,
      ...verdict(
        attendeeReasons(course, { isBooker: true, birthYear: context.userBirthYear }, now),
      ),
    };
    const familyMembers = context.family.map((member) => ({
      familyMemberId: member.id,
      name: member.name,
      birthYear: member.birthYear,
      ...verdict(attendeeReasons(course, { isBooker: false, birthYear: member.birthYear }, now)),
    }));
    const state = windowState(context, now);
    return {
      courseId: context.courseId,
      bookingRule: context.bookingRule,
      state,
      opensAt: new Date(context.opensAt).toISOString(),
      closesAt: new Date(context.closesAt).toISOString(),
      capacity: context.capacity,
      seatsLeft: context.capacity - context.bookedCount,
      queueLength: context.queueLength ?? 0,
      maxAttendees: maxAttendees(context),
      guardianRule: context.guardianRule,
      childcareOffered: context.childcareOffered,
      householdReasons: householdReasons(course, context.isResident, now),
      cancellableUntil: context.cancellableIfConfirmed,
      payment: context.course.payment,
      self,
      familyMembers,
      activeBooking: context.activeBookingId
        ? await this.bookings.findOwn(principal.userId, context.activeBookingId)
        : null,
      notice: windowNotice(context, state),
    };
  }

  async book(
    principal: Principal,
    courseId: string,
    request: CreateBookingDto,
    idempotencyKey: string | undefined,
  ): Promise<BookingDto> {
    const key = idempotencyKey?.trim() || null;
    if (key !== null && !IDEMPOTENCY_KEY.test(key)) {
      throw new DomainError(ErrorCode.IdempotencyKeyInvalid);
    }
    const fingerprint = hash(
      'sha256',
      JSON.stringify([
        courseId,
        [...request.companionIds].sort(),
        request.joinWaitlist ?? false,
        request.bookerAttends ?? true,
        [...(request.childcareAges ?? [])].sort((a, b) => a - b),
      ]),
    );

    // The course as kept in memory (CourseContextCache); read afresh when the ledger finds it
    // changed under the lock ('stale'), and the request judged again on what it is now.
    let fresh = false;
    for (;;) {
      const context = await this.bookingContext(
        courseId,
        principal,
        request.companionIds.length > 0,
        fresh,
      );
      if (!context) throw new DomainError(ErrorCode.CourseNotFound);
      const decided = await this.decide(principal, courseId, context, request, key, fingerprint);
      if (decided !== 'stale') return decided;
      this.courses.forget(courseId);
      fresh = true;
    }
  }

  /**
   * The booking context: the course's part kept in memory (unless `fresh`), the person's read
   * now. Booking alone (no family member), the person's part is what the session's query read
   * with the request (Principal.person): no second round trip before the seat. The person's
   * bookings of the course and its seats taken are then not known beforehand (undefined): the
   * ledger decides both under the course's lock, as it always has the last word on them.
   */
  private async bookingContext(
    courseId: string,
    principal: Principal,
    withFamily: boolean,
    fresh: boolean,
  ): Promise<JudgedContext | null> {
    const course = fresh ? this.courses.read(courseId) : this.courses.get(courseId);
    if (principal.person && !withFamily) {
      const known = await course;
      if (!known) return null;
      return {
        ...known,
        userName: principal.person.name,
        userBirthYear: principal.person.birthYear,
        isResident: principal.person.isResident,
        family: [],
        queueLength: null,
      };
    }
    const [known, person] = await Promise.all([
      course,
      this.bookings.personContext(courseId, principal.userId),
    ]);
    if (!known || !person) return null;
    return { ...known, ...person, queueLength: null };
  }

  /** Judges the request on `context` and lets the ledger decide; 'stale': the course changed. */
  private async decide(
    principal: Principal,
    courseId: string,
    context: JudgedContext,
    request: CreateBookingDto,
    key: string | null,
    fingerprint: string,
  ): Promise<BookingDto | 'stale'> {
    const joinWaitlist = request.joinWaitlist ?? false;
    const bookerAttends = request.bookerAttends ?? true;
    const childcareAges = request.childcareAges ?? [];
    const now = this.clock.now();

    if (context.activeBookingId) return this.alreadyBooked(principal, key, fingerprint);
    let companions: BookingContext['family'];
    try {
      this.assertOpen(context, now);
      companions = this.companions(context, request.companionIds);
      this.assertEligible(context, bookerAttends, companions, now);
      if (childcareAges.length > 0 && !context.childcareOffered) {
        throw new ValidationFailedError([
          { field: 'childcareAges', ...BOOKINGS_MESSAGES.childcareNotOffered },
        ]);
      }
    } catch (refusal) {
      // Judged before the person's bookings of the course were read (Principal.person): one who
      // has booked it is told so first, as ever, and a retry gets its booking back.
      if (context.activeBookingId === undefined) {
        const person = await this.bookings.personContext(courseId, principal.userId);
        if (person?.activeBookingId) return this.alreadyBooked(principal, key, fingerprint);
      }
      throw refusal;
    }
    const partySize = (bookerAttends ? 1 : 0) + companions.length;
    if (
      context.bookingRule === 'first_come' &&
      !joinWaitlist &&
      context.bookedCount !== undefined &&
      context.bookedCount + partySize > context.capacity
    ) {
      // Full already when read: no need to queue for the course's lock to learn it.
      throw new DomainError(ErrorCode.CourseFull);
    }

    const bookingId = randomUUID();
    // The window is judged once more, authoritatively, by the ledger under the course's lock
    // (see bookingWindowState in ledger/booking-window.ts for which clock and why), and so is
    // the course itself: read at another revision, nothing is written ('stale').
    const decision = await this.ledger.take(courseId, {
      bookingId,
      userId: principal.userId,
      partySize,
      joinWaitlist,
      bookerAttends,
      companionIds: companions.map((member) => member.id),
      childcareAges,
      idempotencyKey: key,
      fingerprint,
      revision: context.revision,
    });
    switch (decision.outcome) {
      case 'confirmed':
      case 'waiting':
      case 'applied': {
        // Answered from what was read before and what the database decided: no read-back.
        // The database stamps created_at/confirmed_at with its own clock; the real time here
        // is the closest guess at that stamp (not the decision clock, which a test may set).
        const booked = new Date().toISOString();
        return {
          id: bookingId,
          code: decision.code,
          status: decision.outcome,
          partySize,
          bookerAttends,
          bookerName: context.userName,
          childcareAges,
          waitingPosition: decision.waitingPosition,
          course: context.course,
          sessions: context.sessions,
          participants: [
            ...(bookerAttends
              ? [
                  {
                    position: 0,
                    familyMemberId: null,
                    name: context.userName,
                    birthYear: context.userBirthYear,
                  },
                ]
              : []),
            ...companions.map((member, index) => ({
              position: index + 1,
              familyMemberId: member.id,
              name: member.name,
              birthYear: member.birthYear,
            })),
          ],
          createdAt: booked,
          confirmedAt: decision.outcome === 'confirmed' ? booked : null,
          promotedAt: null,
          respondBy: null,
          acceptedAt: null,
          cancelledAt: null,
          cancelledBy: null,
          cancellableUntil:
            decision.outcome === 'confirmed'
              ? context.cancellableIfConfirmed
              : context.cancellableIfQueued,
        };
      }
      case 'replay':
      case 'already_booked':
        return this.alreadyBooked(principal, key, fingerprint);
      case 'full':
        throw new DomainError(ErrorCode.CourseFull);
      case 'invalid':
        // A family member was removed (or the course's childcare withdrawn) after we read them.
        throw new ValidationFailedError([
          { field: 'companionIds', ...BOOKINGS_MESSAGES.attendeesChanged },
        ]);
      case 'stale':
        return 'stale';
      case 'closed': {
        // The window closed (or the course was withdrawn) after we read it: say which.
        const fresh = await this.bookings.context(courseId, principal.userId);
        if (fresh) this.assertOpen(fresh, this.clock.now());
        throw new DomainError(ErrorCode.CourseNotBookable);
      }
    }
  }

  async list(principal: Principal, view: BookingView): Promise<BookingDto[]> {
    return this.bookings.listOwn(principal.userId, view, this.clock.now());
  }

  async get(principal: Principal, bookingId: string): Promise<BookingDto> {
    const booking = await this.bookings.findOwn(principal.userId, bookingId);
    if (!booking) throw new DomainError(ErrorCode.BookingNotFound);
    return booking;
  }

  async cancel(principal: Principal, bookingId: string): Promise<BookingDto> {
    const refusal = await this.ledger.cancel(principal.userId, bookingId, this.clock.now());
    if (refusal === 'not_found') throw new DomainError(ErrorCode.BookingNotFound);
    if (refusal === 'already_cancelled') throw new DomainError(ErrorCode.BookingAlreadyCancelled);
    if (refusal === 'deadline_passed') throw new DomainError(ErrorCode.CancellationClosed);
    return this.get(principal, bookingId);
  }

  /** The holder of a promoted booking says they come (before the answer is due). */
  async acceptPromotion(principal: Principal, bookingId: string): Promise<BookingDto> {
    const refusal = await this.ledger.acceptPromotion(
      principal.userId,
      bookingId,
      this.clock.now(),
    );
    if (refusal === 'not_found') throw new DomainError(ErrorCode.BookingNotFound);
    if (refusal === 'not_awaiting') throw new DomainError(ErrorCode.PromotionNotAwaiting);
    if (refusal === 'answer_closed') throw new DomainError(ErrorCode.PromotionAnswerClosed);
    return this.get(principal, bookingId);
  }

  /**
   * The person has booked the course already: most likely this is a retry of the request that
   * made the booking, answered as the first time; otherwise ALREADY_BOOKED.
   */
  private async alreadyBooked(
    principal: Principal,
    key: string | null,
    fingerprint: string,
  ): Promise<BookingDto> {
    const replay = key ? await this.replay(principal, key, fingerprint) : null;
    if (replay) return replay;
    throw new DomainError(ErrorCode.AlreadyBooked);
  }

  /** The answer to an earlier request with this key, or null when there was none. */
  private async replay(
    principal: Principal,
    key: string,
    fingerprint: string,
  ): Promise<BookingDto | null> {
    const record = await this.bookings.idempotencyRecord(principal.userId, key);
    if (!record) return null;
    if (record.fingerprint !== fingerprint) throw new DomainError(ErrorCode.IdempotencyKeyReused);
    const booking = await this.bookings.findOwn(principal.userId, record.bookingId);
    // The first request found the course full and booked nothing: so does its retry.
    if (!booking) throw new DomainError(ErrorCode.CourseFull);
    return booking;
  }

  private assertOpen(context: Judged, now: Date): void {
    switch (windowState(context, now)) {
      case 'not_bookable':
        throw new DomainError(ErrorCode.CourseNotBookable);
      case 'not_open_yet':
        throw new DomainError(ErrorCode.BookingNotOpenYet);
      case 'closed':
        throw new DomainError(ErrorCode.BookingClosed);
      case 'open':
        return;
    }
  }

  private companions(context: Judged, ids: string[]): BookingContext['family'] {
    const family = new Map(context.family.map((member) => [member.id, member]));
    const unknown = ids.filter((id) => !family.has(id));
    if (unknown.length > 0) {
      throw new ValidationFailedError([
        { field: 'companionIds', ...BOOKINGS_MESSAGES.companionsMustBeFamily },
      ]);
    }
    return ids.map((id) => family.get(id)!);
  }

  /** Everybody who attends may, the household may book, and the party is a possible one. */
  private assertEligible(
    context: Judged,
    bookerAttends: boolean,
    companions: BookingContext['family'],
    now: Date,
  ): void {
    const course = eligibilityCourse(context);
    if ((bookerAttends ? 1 : 0) + companions.length > maxAttendees(course)) {
      throw new DomainError(ErrorCode.TooManyCompanions);
    }
    const fields: FieldError[] = [];
    for (const reason of householdReasons(course, context.isResident, now)) {
      fields.push({ field: 'self', ...reason });
    }
    if (bookerAttends) {
      const self = { isBooker: true, birthYear: context.userBirthYear };
      for (const reason of attendeeReasons(course, self, now)) {
        fields.push({ field: 'self', ...reason });
      }
    }
    const party = { bookerAttends, familyMembers: companions.length };
    for (const { field, label } of partyReasons(course, party)) {
      fields.push({ field, ...label });
    }
    for (const member of companions) {
      const person = { isBooker: false, birthYear: member.birthYear };
      for (const reason of attendeeReasons(course, person, now)) {
        fields.push({
          field: `companionIds.${member.id}`,
          ...BOOKINGS_MESSAGES.companionNotEligible(member.name, reason),
        });
      }
    }
    if (fields.length > 0) throw new DomainError(ErrorCode.NotEligible, fields);
  }
}

function eligibilityCourse(context: Judged): EligibilityCourse {
  return {
    audience: context.audience,
    bookingRule: context.bookingRule,
    targetAgeMin: context.targetAgeMin,
    targetAgeMax: context.targetAgeMax,
    maxCompanions: context.maxCompanions,
    guardianRule: context.guardianRule,
    applicationOpensAt: new Date(context.opensAt),
    firstSessionStartsAt: context.firstSessionStartsAt
      ? new Date(context.firstSessionStartsAt)
      : null,
  };
}

function verdict(reasons: Label[]): { eligible: boolean; reasons: Label[] } {
  return { eligible: reasons.length === 0, reasons };
}

function windowState(context: Judged, now: Date): BookingWindowState {
  return bookingWindowState(
    { status: context.courseStatus, opensAt: context.opensAt, closesAt: context.closesAt },
    now,
  );
}

function windowNotice(context: BookingContext, state: BookingWindowState): Label | null {
  switch (state) {
    case 'open':
      return null;
    case 'not_open_yet': {
      return BOOKINGS_MESSAGES.applicationsOpenOn(dateTimeLabel(new Date(context.opensAt)));
    }
    case 'closed':
      return context.bookingRule === 'lottery'
        ? BOOKINGS_MESSAGES.lotteryApplicationsClosed
        : BOOKINGS_MESSAGES.applicationsClosed;
    case 'not_bookable':
      return context.courseStatus === 'cancelled'
        ? BOOKINGS_MESSAGES.courseCancelled
        : BOOKINGS_MESSAGES.courseEnded;
  }
}
