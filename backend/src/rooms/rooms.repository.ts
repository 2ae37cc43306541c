import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError } from '../common/errors/domain-error';
import { ErrorCode } from '../common/errors/error-registry';
import type { RoomDto } from './dto/room.dto';
import type { OpeningHoursInputDto, RoomInputDto, RoomUpdateDto } from './dto/room-input.dto';
import { reservationsInTheWay } from './reservation-errors';

const ROOM_COLUMNS = `
  id, name_ja AS "nameJa", name_en AS "nameEn", capacity, fee_per_30_min_yen AS "feePer30MinYen",
  equipment, wheelchair_accessible AS "wheelchairAccessible", hearing_loop AS "hearingLoop", floor`;

/** DTO field → column, for the partial update (names are fixed here, never from the client). */
const ROOM_FIELDS: Record<keyof RoomInputDto, string> = {
  nameJa: 'name_ja',
  nameEn: 'name_en',
  capacity: 'capacity',
  feePer30MinYen: 'fee_per_30_min_yen',
  equipment: 'equipment',
  wheelchairAccessible: 'wheelchair_accessible',
  hearingLoop: 'hearing_loop',
  floor: 'floor',
};

export interface FacilityHours {
  id: string;
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

@Injectable()
export class RoomsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async hours(facilityId: string): Promise<FacilityHours | null> {
    const [row] = await this.dataSource.query(
      `SELECT id, to_char(opens_at, 'HH24:MI') AS "opensAt", to_char(closes_at, 'HH24:MI') AS "closesAt",
              closed_on_public_holidays AS "closedOnPublicHolidays"
         FROM facilities WHERE id = $1`,
      [facilityId],
    );
    return row ?? null;
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
      await manager.query(
        `UPDATE facilities SET opens_at = $2, closes_at = $3, closed_on_public_holidays = $4,
                updated_at = now()
          WHERE id = $1`,
        [facilityId, input.opensAt, input.closesAt, input.closedOnPublicHolidays],
      );
    });
  }

  rooms(facilityId: string): Promise<RoomDto[]> {
    return this.dataSource.query(
      `SELECT ${ROOM_COLUMNS} FROM rooms WHERE facility_id = $1 ORDER BY floor, name_ja`,
      [facilityId],
    );
  }

  async create(facilityId: string, input: RoomInputDto): Promise<RoomDto> {
    try {
      const [row] = await this.dataSource.query(
        `INSERT INTO rooms (facility_id, name_ja, name_en, capacity, fee_per_30_min_yen, equipment,
                            wheelchair_accessible, hearing_loop, floor)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ${ROOM_COLUMNS}`,
        [
          facilityId,
          input.nameJa.trim(),
          input.nameEn.trim(),
          input.capacity,
          input.feePer30MinYen,
          [...new Set(input.equipment)],
          input.wheelchairAccessible,
          input.hearingLoop,
          input.floor,
        ],
      );
      return row;
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
    const sets: string[] = [];
    const params: unknown[] = [roomId, facilityId];
    for (const [field, column] of Object.entries(ROOM_FIELDS)) {
      let value = input[field as keyof RoomInputDto];
      if (value === undefined) continue;
      if (typeof value === 'string') value = value.trim();
      if (Array.isArray(value)) value = [...new Set(value)];
      params.push(value);
      sets.push(`${column} = $${params.length}`);
    }
    try {
      return await this.dataSource.transaction(async (manager) => {
        const [room] = await manager.query(
          `SELECT capacity FROM rooms WHERE id = $1 AND facility_id = $2 FOR UPDATE`,
          [roomId, facilityId],
        );
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
        const [rows] = await manager.query(
          `UPDATE rooms SET ${[...sets, 'updated_at = now()'].join(', ')}
            WHERE id = $1 AND facility_id = $2 RETURNING ${ROOM_COLUMNS}`,
          params,
        );
        return rows[0] ?? null;
      });
    } catch (error) {
      return nameInUse(error);
    }
  }
}
