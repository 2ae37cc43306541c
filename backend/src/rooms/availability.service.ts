import { Injectable } from '@nestjs/common';
import { DomainError } from '../common/errors/domain-error';
import { ErrorCode } from '../common/errors/error-registry';
import { Clock } from '../common/time/clock';
import { addDays, japanInstant, startOfJapanDay } from '../common/time/japan-time';
import { freeIntervals } from './availability';
import { ClosuresRepository } from './closures.repository';
import type { AvailabilityDto, PublicClosuresDto } from './dto/calendar.dto';
import { ReservationsRepository } from './reservations.repository';
import { RoomsRepository } from './rooms.repository';

@Injectable()
export class AvailabilityService {
  constructor(
    private readonly rooms: RoomsRepository,
    private readonly reservations: ReservationsRepository,
    private readonly closures: ClosuresRepository,
    private readonly clock: Clock,
  ) {}

  /** How far ahead a public page lists dated closures. */
  static readonly PUBLIC_CLOSURE_DAYS = 183;

  /** A facility's weekly closing days and its dated closures from today for half a year. */
  async publicClosures(facilityId: string): Promise<PublicClosuresDto> {
    if (!(await this.rooms.hours(facilityId))) throw new DomainError(ErrorCode.FacilityNotFound);
    const today = this.clock.today();
    const [weekly, upcoming] = await Promise.all([
      this.closures.weekly(facilityId, today),
      this.closures.list(
        facilityId,
        today,
        addDays(today, AvailabilityService.PUBLIC_CLOSURE_DAYS - 1),
      ),
    ]);
    return { weekly, upcoming };
  }

  /** Per room, what is still free on a day within the opening hours (nothing when closed). */
  async day(facilityId: string, date: string): Promise<AvailabilityDto> {
    const hours = await this.rooms.hours(facilityId);
    if (!hours) throw new DomainError(ErrorCode.FacilityNotFound);
    const [rooms, closures] = await Promise.all([
      this.rooms.rooms(facilityId),
      this.closures.closedDays(facilityId, date, date),
    ]);
    const opens = japanInstant(date, hours.opensAt);
    const closes = japanInstant(date, hours.closesAt);
    const reservations = closures.length
      ? []
      : await this.reservations.inRange(facilityId, startOfJapanDay(date), closes);
    return {
      facilityId,
      date,
      opensAt: hours.opensAt,
      closesAt: hours.closesAt,
      ...(closures[0] ? { closure: closures[0] } : {}),
      rooms: rooms.map((room) => ({
        roomId: room.id,
        nameJa: room.nameJa,
        nameEn: room.nameEn,
        capacity: room.capacity,
        free: closures.length
          ? []
          : freeIntervals(
              opens,
              closes,
              reservations.filter((r) => r.roomId === room.id),
            ),
      })),
    };
  }
}
