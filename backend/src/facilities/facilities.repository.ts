import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { FacilityKind } from '../reference/reference-data';
import { type RoomDto, roomDto } from '../rooms/dto/room.dto';
import { Room } from '../rooms/room.entity';
import type { FacilityDetailDto, FacilitySummaryDto } from './dto/facility.dto';

const SUMMARY_COLUMNS = `
  f.id, f.kind, f.name_ja AS "nameJa", f.name_en AS "nameEn",
  f.address_ja AS "addressJa", f.address_en AS "addressEn", f.postal_code AS "postalCode", f.phone,
  f.latitude::float8 AS latitude, f.longitude::float8 AS longitude,
  (SELECT count(*)::int FROM rooms r WHERE r.facility_id = f.id) AS "roomCount",
  (SELECT count(DISTINCT s.course_id)::int
     FROM course_sessions s
     JOIN rooms r ON r.id = s.room_id
     JOIN courses c ON c.id = s.course_id
    WHERE r.facility_id = f.id AND c.status = 'published' AND s.starts_at >= $1) AS "upcomingCourseCount"`;

@Injectable()
export class FacilitiesRepository {
  constructor(private readonly dataSource: DataSource) {}

  list(kind: FacilityKind | undefined, now: Date): Promise<FacilitySummaryDto[]> {
    return this.dataSource.query(
      `SELECT ${SUMMARY_COLUMNS} FROM facilities f
        WHERE $2::text IS NULL OR f.kind = $2
        ORDER BY f.kind <> 'community_centre', f.display_order, f.name_ja`,
      [now, kind ?? null],
    );
  }

  async detail(
    id: string,
    now: Date,
  ): Promise<Omit<FacilityDetailDto, 'rooms' | 'upcomingCourses'> | null> {
    const [row]: Omit<FacilityDetailDto, 'rooms' | 'upcomingCourses'>[] =
      await this.dataSource.query(
        `SELECT ${SUMMARY_COLUMNS},
              f.access_ja AS "accessJa", f.access_en AS "accessEn",
              f.parking_ja AS "parkingJa", f.parking_en AS "parkingEn",
              to_char(f.opens_at, 'HH24:MI') AS "opensAt", to_char(f.closes_at, 'HH24:MI') AS "closesAt",
              f.closed_note_ja AS "closedNoteJa", f.closed_note_en AS "closedNoteEn"
         FROM facilities f WHERE f.id = $2`,
        [now, id],
      );
    return row ?? null;
  }

  async rooms(facilityId: string): Promise<RoomDto[]> {
    const rooms = await this.dataSource.getRepository(Room).find({
      where: { facilityId },
      order: { floor: 'ASC', capacity: 'DESC', nameJa: 'ASC' },
    });
    return rooms.map(roomDto);
  }
}
