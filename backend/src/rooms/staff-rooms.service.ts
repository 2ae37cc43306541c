import { Injectable } from '@nestjs/common';
import { hasRole, type Principal } from '../access/principal';
import { AuditService } from '../audit/audit.service';
import type { AuditAction, AuditDetails } from '../audit/audit-action';
import { DomainError, ValidationFailedError } from '../common/errors/domain-error';
import { ErrorCode } from '../common/errors/error-registry';
import { Clock } from '../common/time/clock';
import { japaneseHolidays } from '../calendar/japanese-holidays';
import { addDays, startOfJapanDay } from '../common/time/japan-time';
import type { RoomDto } from './dto/room.dto';
import { ClosuresRepository } from './closures.repository';
import type { CalendarDto, ClosureDto, ReservationDto, WeeklyClosureDto } from './dto/calendar.dto';
import type {
  ClosureInputDto,
  HireInputDto,
  OpeningHoursInputDto,
  RoomInputDto,
  RoomUpdateDto,
  WeeklyClosureInputDto,
} from './dto/room-input.dto';
import { ReservationsRepository } from './reservations.repository';
import { GeneratedClosures } from './generated-closures';
import { RoomsRepository } from './rooms.repository';
import { FACILITIES_MESSAGES } from '../facilities/facilities.errors';
import { ROOMS_MESSAGES } from './rooms.errors';

/** How far ahead a room may be hired: two years, as far as closures are generated. */
export const HIRE_YEARS_AHEAD = 2;

/**
 * Facility staff running their rooms: rooms, opening hours, closures, hires and the calendar.
 * Staff reach only their own facilities (someone else's answers 404, as if it did not exist);
 * city administrators reach every facility. Every change is in the audit log, with ids only.
 */
@Injectable()
export class StaffRoomsService {
  constructor(
    private readonly rooms: RoomsRepository,
    private readonly reservations: ReservationsRepository,
    private readonly closures: ClosuresRepository,
    private readonly generated: GeneratedClosures,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** The facility's hours, once the caller may run it; else FACILITY_NOT_FOUND. */
  private async facility(principal: Principal, facilityId: string) {
    const mine = principal.facilityIds.includes(facilityId) || hasRole(principal, 'city_admin');
    const hours = mine ? await this.rooms.hours(facilityId) : null;
    if (!hours) throw new DomainError(ErrorCode.FacilityNotFound);
    return hours;
  }

  private record(
    principal: Principal,
    action: AuditAction,
    facilityId: string,
    details: AuditDetails,
  ): Promise<void> {
    return this.audit.record({
      actorUserId: principal.userId,
      action,
      targetType: 'facility',
      targetId: facilityId,
      details,
    });
  }

  async createRoom(principal: Principal, facilityId: string, input: RoomInputDto) {
    await this.facility(principal, facilityId);
    const room = await this.rooms.create(facilityId, input);
    await this.record(principal, 'room.created', facilityId, { roomId: room.id });
    return room;
  }

  async updateRoom(
    principal: Principal,
    facilityId: string,
    roomId: string,
    input: RoomUpdateDto,
  ): Promise<RoomDto> {
    await this.facility(principal, facilityId);
    const room = await this.rooms.update(facilityId, roomId, input, this.clock.now());
    if (!room) throw new DomainError(ErrorCode.RoomNotFound);
    await this.record(principal, 'room.updated', facilityId, {
      roomId,
      fields: Object.keys(input),
    });
    return room;
  }

  hours(principal: Principal, facilityId: string) {
    return this.facility(principal, facilityId);
  }

  async updateHours(principal: Principal, facilityId: string, input: OpeningHoursInputDto) {
    await this.facility(principal, facilityId);
    if (input.closesAt <= input.opensAt) {
      throw new ValidationFailedError([
        {
          field: 'closesAt',
          ...FACILITIES_MESSAGES.closingNotAfterOpening,
        },
      ]);
    }
    // Closing on public holidays must not strand what is booked on one (the generated closures
    // cover this year and the next CLOSURE_YEARS_AHEAD).
    const holidays = input.closedOnPublicHolidays
      ? this.generated.years().flatMap((year) => japaneseHolidays(year).map((day) => day.date))
      : [];
    await this.rooms.updateHours(facilityId, input, holidays, this.clock.now());
    // Holiday closures follow the setting at once, not only at the next start.
    await this.generated.regenerate(facilityId);
    await this.record(principal, 'facility.hours_updated', facilityId, {
      closedOnPublicHolidays: input.closedOnPublicHolidays,
    });
    return this.rooms.hours(facilityId);
  }

  async listClosures(principal: Principal, facilityId: string, from: string, to: string) {
    await this.facility(principal, facilityId);
    return this.closures.list(facilityId, from, to);
  }

  async createClosure(
    principal: Principal,
    facilityId: string,
    input: ClosureInputDto,
  ): Promise<ClosureDto> {
    await this.facility(principal, facilityId);
    if (input.to < input.from) {
      throw new ValidationFailedError([
        {
          field: 'to',
          ...ROOMS_MESSAGES.lastDayBeforeFirst,
        },
      ]);
    }
    const closure = await this.closures.create({
      ...input,
      reasonJa: input.reasonJa.trim(),
      reasonEn: input.reasonEn.trim(),
      facilityId,
      createdBy: principal.userId,
    });
    await this.record(principal, 'closure.created', facilityId, {
      closureId: closure.id,
      kind: closure.kind,
    });
    return closure;
  }

  /** The weekly closing rules in force today or later. */
  async listWeeklyClosures(principal: Principal, facilityId: string): Promise<WeeklyClosureDto[]> {
    await this.facility(principal, facilityId);
    return this.closures.weekly(facilityId, this.clock.today());
  }

  async createWeeklyClosure(
    principal: Principal,
    facilityId: string,
    input: WeeklyClosureInputDto,
  ): Promise<WeeklyClosureDto> {
    await this.facility(principal, facilityId);
    if (input.to !== undefined && input.to < input.from) {
      throw new ValidationFailedError([{ field: 'to', ...ROOMS_MESSAGES.lastDayBeforeFirst }]);
    }
    const reason = ROOMS_MESSAGES.weeklyReason(input.weekday);
    const rule = await this.closures.createWeekly({
      facilityId,
      weekday: input.weekday,
      from: input.from,
      to: input.to ?? null,
      reasonJa: input.reasonJa?.trim() || reason.ja,
      reasonEn: input.reasonEn?.trim() || reason.en,
      createdBy: principal.userId,
    });
    await this.record(principal, 'closure.created', facilityId, {
      closureId: rule.id,
      kind: 'weekly',
      weekday: rule.weekday,
    });
    return rule;
  }

  async deleteWeeklyClosure(principal: Principal, facilityId: string, ruleId: string) {
    await this.facility(principal, facilityId);
    if (!(await this.closures.deleteWeekly(facilityId, ruleId))) {
      throw new DomainError(ErrorCode.ClosureNotFound);
    }
    await this.record(principal, 'closure.deleted', facilityId, {
      closureId: ruleId,
      kind: 'weekly',
    });
  }

  async deleteClosure(principal: Principal, facilityId: string, closureId: string) {
    await this.facility(principal, facilityId);
    if (!(await this.closures.delete(facilityId, closureId))) {
      throw new DomainError(ErrorCode.ClosureNotFound);
    }
    await this.record(principal, 'closure.deleted', facilityId, { closureId });
  }

  async createHire(
    principal: Principal,
    facilityId: string,
    input: HireInputDto,
  ): Promise<ReservationDto> {
    await this.facility(principal, facilityId);
    const startsAt = new Date(input.startsAt);
    const endsAt = new Date(input.endsAt);
    if (endsAt <= startsAt) {
      throw new ValidationFailedError([
        {
          field: 'endsAt',
          ...ROOMS_MESSAGES.endNotAfterStart,
        },
      ]);
    }
    checkHireDates(startsAt, this.clock.now());
    const rooms = await this.rooms.rooms(facilityId);
    if (!rooms.some((room) => room.id === input.roomId)) {
      throw new DomainError(ErrorCode.RoomNotFound);
    }
    const id = await this.reservations.createHire({
      roomId: input.roomId,
      groupName: input.groupName.trim(),
      purpose: input.purpose?.trim() ?? '',
      startsAt,
      endsAt,
      createdBy: principal.userId,
    });
    await this.record(principal, 'reservation.created', facilityId, {
      reservationId: id,
      roomId: input.roomId,
    });
    return (await this.reservations.find(facilityId, id))!;
  }

  async cancelHire(principal: Principal, facilityId: string, reservationId: string) {
    await this.facility(principal, facilityId);
    if (!(await this.reservations.deleteHire(facilityId, reservationId))) {
      throw new DomainError(ErrorCode.ReservationNotFound);
    }
    await this.record(principal, 'reservation.cancelled', facilityId, { reservationId });
  }

  async calendar(
    principal: Principal,
    facilityId: string,
    from: string,
    days: number,
  ): Promise<CalendarDto> {
    const hours = await this.facility(principal, facilityId);
    const last = addDays(from, days - 1);
    const [reservations, closures] = await Promise.all([
      this.reservations.inRange(
        facilityId,
        startOfJapanDay(from),
        startOfJapanDay(addDays(from, days)),
      ),
      this.closures.closedDays(facilityId, from, last),
    ]);
    return {
      facilityId,
      from,
      days,
      opensAt: hours.opensAt,
      closesAt: hours.closesAt,
      reservations,
      closures,
    };
  }
}

/** A hire starts neither in the past nor more than HIRE_YEARS_AHEAD years from now. */
function checkHireDates(startsAt: Date, now: Date): void {
  const latest = new Date(now);
  latest.setUTCFullYear(latest.getUTCFullYear() + HIRE_YEARS_AHEAD);
  if (startsAt < now) {
    throw new ValidationFailedError([
      {
        field: 'startsAt',
        ...ROOMS_MESSAGES.hireInThePast,
      },
    ]);
  }
  if (startsAt > latest) {
    throw new ValidationFailedError([
      {
        field: 'startsAt',
        ...ROOMS_MESSAGES.hireTooFarAhead(HIRE_YEARS_AHEAD),
      },
    ]);
  }
}
