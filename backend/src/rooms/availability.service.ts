import { Injectable } from '@nestjs/common';
import { DomainError } from '../common/errors/domain-error';
import { ErrorCode } from '../common/errors/error-registry';
import { japanInstant, startOfJapanDay } from '../common/time/japan-time';
import { freeIntervals } from './availability';
import { ClosuresRepository } from './closures.repository';
import type { AvailabilityDto } from './dto/calendar.dto';
import { ReservationsRepository } from './reservations.repository';
import { RoomsRepository } from './rooms.repository';

@Injectable()
export class AvailabilityService {
  constructor(
    private readonly rooms: RoomsRepository,
    private readonly reservations: ReservationsRepository,
    private readonly closures: ClosuresRepository,
  ) {}

  /** Per room, what is still free on a day within the opening hours (nothing when closed). */
  async day(facilityId: string, date: string): Promise<AvailabilityDto> {
    const hours = await this.rooms.hours(facilityId);
    if (!hours) throw new DomainError(ErrorCode.FacilityNotFound);
    const [rooms, closures] = await Promise.all([
      this.rooms.rooms(facilityId),
      this.closures.list(facilityId, date, date),
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
