import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError } from '../common/errors/domain-error';
import { ErrorCode } from '../common/errors/error-registry';
import { Facility } from '../facilities/facility.entity';
import { type RoomDto, roomDto } from './dto/room.dto';
import type { OpeningHoursInputDto, RoomInputDto, RoomUpdateDto } from './dto/room-input.dto';
import { reservationsInTheWay } from './reservation-errors';
import { Room } from './room.entity';

export interface FacilityHours {
  id: string;
  /** HH:MM, Japan time. */
  opensAt: string;
  closesAt: string;
  closedOnPublicHolidays: boolean;
}

function nameInUse(error: unknown): never {
  const pg = ((error as { driverError?: object }).driverError ?? error) as {
    code?: string;
    constraint?: string;
  };
  if (pg.code === '23505' && pg.constraint === 'rooms_facility_name_unique') {
    throw new DomainError(ErrorCode.NameAlreadyInUse);
  }
  throw error;
}

/** The input's fields that are there, trimmed, equipment without repeats. */
function roomChanges(input: RoomUpdateDto): Partial<Room> {
  const changes: Partial<Room> = {};
  if (input.nameJa !== undefined) changes.nameJa = input.nameJa.trim();
  if (input.nameEn !== undefined) changes.nameEn = input.nameEn.trim();
  if (input.capacity !== undefined) changes.capacity = input.capacity;
  if (input.feePer30MinYen !== undefined) changes.feePer30MinYen = input.feePer30MinYen;
  if (input.equipment !== undefined) changes.equipment = [...new Set(input.equipment)];
  if (input.wheelchairAccessible !== undefined) {
    changes.wheelchairAccessible = input.wheelchairAccessible;
  }
  if (input.hearingLoop !== undefined) changes.hearingLoop = input.hearingLoop;
  if (input.floor !== undefined) changes.floor = input.floor;
  return changes;
}

/** A facility's rooms and opening hours, as its staff keep them. */
@Injectable()
export class RoomsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async hours(facilityId: string): Promise<FacilityHours | null> {
    const facility = await this.dataSource.getRepository(Facility).findOne({
      select: { id: true, opensAt: true, closesAt: true, closedOnPublicHolidays: true },
      where: { id: facilityId },
    });
    if (!facility) return null;
    return {
      id: facility.id,
      // PostgreSQL's time comes as HH:MM:SS.
      opensAt: facility.opensAt.slice(0, 5),
      closesAt: facility.closesAt.slice(0, 5),
      closedOnPublicHolidays: facility.closedOnPublicHolidays,
    };
  }

  /**
   * Changes the opening hours, or refuses (HOURS_EXCLUDE_RESERVATIONS) naming the reservations
   * still to come that the new hours would leave outside, as the reservation trigger judges
   * them (Japan time, within one day), or that fall on `closedDates` (the public holidays the
   * facility is to close on). Locked like a new closure (ClosuresRepository.create).
   */
  updateHours(
    facilityId: string,
    input: OpeningHoursInputDto,
    closedDates: readonly string[],
    now: Date,
  ): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`LOCK TABLE room_reservations IN SHARE MODE`);
      const inTheWay = await reservationsInTheWay(
        manager,
        ErrorCode.HoursExcludeReservations,
        `upper(rr.during) > $5::timestamptz AND (
           (lower(rr.during) AT TIME ZONE 'Asia/Tokyo')::time < $2::time
           OR upper(rr.during) AT TIME ZONE 'Asia/Tokyo'
              > (lower(rr.during) AT TIME ZONE 'Asia/Tokyo')::date + $3::time
           OR (lower(rr.during) AT TIME ZONE 'Asia/Tokyo')::date = ANY($4::date[]))`,
        [facilityId, input.opensAt, input.closesAt, closedDates, now],
      );
      if (inTheWay) throw inTheWay;
      await manager.update(
        Facility,
        { id: facilityId },
        {
          opensAt: input.opensAt,
          closesAt: input.closesAt,
          closedOnPublicHolidays: input.closedOnPublicHolidays,
        },
      );
    });
  }

  async rooms(facilityId: string): Promise<RoomDto[]> {
    const rooms = await this.dataSource.getRepository(Room).find({
      where: { facilityId },
      order: { floor: 'ASC', nameJa: 'ASC' },
    });
    return rooms.map(roomDto);
  }

  async create(facilityId: string, input: RoomInputDto): Promise<RoomDto> {
    const repository = this.dataSource.getRepository(Room);
    try {
      const room = await repository.save(repository.create({ ...roomChanges(input), facilityId }));
      return roomDto(room);
    } catch (error) {
      return nameInUse(error);
    }
  }

  /**
   * Null when the room is not at the facility. A smaller capacity is refused
   * (ROOM_TOO_SMALL_FOR_COURSES, naming them) while published courses with a session still to
   * come in the room take more people than it would hold, unless they already did before: the
   * room row is locked, so two shrinks do not pass each other.
   */
  async update(
    facilityId: string,
    roomId: string,
    input: RoomUpdateDto,
    now: Date,
  ): Promise<RoomDto | null> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const room = await manager.findOne(Room, {
          where: { id: roomId, facilityId },
          lock: { mode: 'pessimistic_write' },
        });
        if (!room) return null;
        if (input.capacity !== undefined && input.capacity < room.capacity) {
          const inTheWay = await reservationsInTheWay(
            manager,
            ErrorCode.RoomTooSmallForCourses,
            `rr.room_id = $2 AND upper(rr.during) > $4::timestamptz
             AND c.status = 'published' AND c.capacity > $3::int AND r.capacity > $3::int`,
            [facilityId, roomId, input.capacity, now],
          );
          if (inTheWay) throw inTheWay;
        }
        const changes = roomChanges(input);
        if (Object.keys(changes).length > 0) await manager.update(Room, { id: roomId }, changes);
        return roomDto({ ...room, ...changes });
      });
    } catch (error) {
      return nameInUse(error);
    }
  }
}
