import { Injectable } from '@nestjs/common';
import type { Principal } from '../access/principal';
import { AuditService } from '../audit/audit.service';
import { normaliseBookingCode } from '../bookings/booking-code';
import { RATE_LIMITS, RateLimiter } from '../accounts/security/rate-limiter';
import { DomainError, ValidationFailedError } from '../common/errors/domain-error';
import { ErrorCode } from '../common/errors/error-registry';
import { japanTime } from '../common/time/japan-time';
import type {
  AttendanceInputDto,
  CheckInInputDto,
  CheckInResultDto,
  WalkInInputDto,
} from './dto/check-in.dto';
import type { RosterEntryDto, WalkInDto } from './dto/roster.dto';
import { RosterAccess, type ScopedSession } from './roster-access';
import { withoutContacts } from './rosters.service';
import { RostersRepository } from './rosters.repository';
import { ROSTERS_MESSAGES } from './rosters.errors';

/** Codes that are not a booking of the session: each counts against the caller's limit. */
const MISSES: readonly ErrorCode[] = [ErrorCode.CheckInCodeNotFound, ErrorCode.CheckInOtherCourse];

/**
 * The door: check people in by their booking code, mark late or absent (or undo), and note
 * walk-ins. Organisers, the facility's staff and the course's instructors may all do it.
 */
@Injectable()
export class CheckInService {
  constructor(
    private readonly rosters: RostersRepository,
    private readonly access: RosterAccess,
    private readonly audit: AuditService,
    private readonly rateLimiter: RateLimiter,
  ) {}

  /**
   * A code typed or scanned at the door. A code of another course answers
   * CHECK_IN_OTHER_COURSE without naming it (the caller may not be allowed to see it); a code
   * that is no booking of this session counts against the caller's limit (429 beyond it), so
   * that codes cannot be searched for.
   */
  async checkIn(
    principal: Principal,
    sessionId: string,
    input: CheckInInputDto,
  ): Promise<CheckInResultDto> {
    const scoped = await this.access.openSession(principal, sessionId);
    const code = normaliseBookingCode(input.code);
    if (!code) {
      throw new ValidationFailedError([
        {
          field: 'code',
          ...ROSTERS_MESSAGES.bookingCodeFormat,
        },
      ]);
    }
    const outcome = await this.recordCheckIn(principal, scoped, sessionId, code).catch(
      async (error: unknown) => {
        if (error instanceof DomainError && MISSES.includes(error.code)) {
          await this.rateLimiter.hit({
            limit: RATE_LIMITS.checkInMissesPerAccount,
            subject: principal.userId,
          });
        }
        throw error;
      },
    );
    const entry = await this.entry(scoped, sessionId, outcome.bookingId);
    const party = ROSTERS_MESSAGES.partySize(entry.partySize);
    const time = japanTime(outcome.checkedInAt);
    return {
      alreadyCheckedIn: !outcome.changed,
      entry,
      messageJa: outcome.changed
        ? `${entry.name}さん${party.ja}の受付が完了しました。`
        : `${entry.name}さん${party.ja}は${time}に受付済みです。`,
      messageEn: outcome.changed
        ? `${entry.name}${party.en} is checked in.`
        : `${entry.name}${party.en} was already checked in at ${time}.`,
    };
  }

  private recordCheckIn(
    principal: Principal,
    scoped: ScopedSession,
    sessionId: string,
    code: string,
  ): Promise<{ bookingId: string; changed: boolean; checkedInAt: Date }> {
    return this.rosters.transaction(async (manager) => {
      const booking = await this.rosters.bookingByCode(manager, code);
      if (!booking) throw new DomainError(ErrorCode.CheckInCodeNotFound);
      if (booking.courseId !== scoped.courseId) {
        throw new DomainError(ErrorCode.CheckInOtherCourse);
      }
      if (booking.status !== 'confirmed') throw new DomainError(ErrorCode.CheckInNotConfirmed);
      const result = await this.rosters.checkIn(manager, sessionId, booking.id, principal.userId);
      if (result.changed) {
        await this.audit.record(
          {
            actorUserId: principal.userId,
            action: 'attendance.recorded',
            targetType: 'course_session',
            targetId: sessionId,
            details: { bookingId: booking.id, status: 'present', by: 'code' },
          },
          manager,
        );
      }
      return { bookingId: booking.id, ...result };
    });
  }

  async setAttendance(
    principal: Principal,
    sessionId: string,
    bookingId: string,
    input: AttendanceInputDto,
  ): Promise<RosterEntryDto> {
    const scoped = await this.access.openSession(principal, sessionId);
    await this.rosters.transaction(async (manager) => {
      if (!(await this.rosters.isOnRoster(manager, sessionId, bookingId))) {
        throw new DomainError(ErrorCode.BookingNotFound);
      }
      await this.rosters.setAttendance(
        manager,
        sessionId,
        bookingId,
        input.status,
        principal.userId,
      );
      await this.audit.record(
        {
          actorUserId: principal.userId,
          action: 'attendance.recorded',
          targetType: 'course_session',
          targetId: sessionId,
          details: { bookingId, status: input.status, by: 'hand' },
        },
        manager,
      );
    });
    return this.entry(scoped, sessionId, bookingId);
  }

  /** Undo: the booking is back to "not arrived yet". Idempotent. */
  async clearAttendance(
    principal: Principal,
    sessionId: string,
    bookingId: string,
  ): Promise<RosterEntryDto> {
    const scoped = await this.access.openSession(principal, sessionId);
    await this.rosters.transaction(async (manager) => {
      if (!(await this.rosters.isOnRoster(manager, sessionId, bookingId))) {
        throw new DomainError(ErrorCode.BookingNotFound);
      }
      if (await this.rosters.clearAttendance(manager, sessionId, bookingId)) {
        await this.audit.record(
          {
            actorUserId: principal.userId,
            action: 'attendance.cleared',
            targetType: 'course_session',
            targetId: sessionId,
            details: { bookingId },
          },
          manager,
        );
      }
    });
    return this.entry(scoped, sessionId, bookingId);
  }

  async addWalkIn(
    principal: Principal,
    sessionId: string,
    input: WalkInInputDto,
  ): Promise<WalkInDto> {
    await this.access.openSession(principal, sessionId);
    return this.rosters.transaction(async (manager) => {
      const walkIn = await this.rosters.addWalkIn(
        manager,
        sessionId,
        { name: input.name.trim(), partySize: input.partySize, note: input.note?.trim() ?? '' },
        principal.userId,
      );
      await this.audit.record(
        {
          actorUserId: principal.userId,
          action: 'walk_in.added',
          targetType: 'course_session',
          targetId: sessionId,
          details: { walkInId: walkIn.id, partySize: walkIn.partySize },
        },
        manager,
      );
      return walkIn;
    });
  }

  async removeWalkIn(principal: Principal, sessionId: string, walkInId: string): Promise<void> {
    await this.access.openSession(principal, sessionId);
    await this.rosters.transaction(async (manager) => {
      if (!(await this.rosters.removeWalkIn(manager, sessionId, walkInId))) {
        throw new DomainError(ErrorCode.WalkInNotFound);
      }
      await this.audit.record(
        {
          actorUserId: principal.userId,
          action: 'walk_in.removed',
          targetType: 'course_session',
          targetId: sessionId,
          details: { walkInId },
        },
        manager,
      );
    });
  }

  private async entry(
    scoped: Parameters<typeof withoutContacts>[1],
    sessionId: string,
    bookingId: string,
  ): Promise<RosterEntryDto> {
    const entry = await this.rosters.entry(sessionId, bookingId);
    if (!entry) throw new DomainError(ErrorCode.BookingNotFound);
    return withoutContacts(entry, scoped);
  }
}
