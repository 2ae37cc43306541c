import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ReservationDto } from './dto/calendar.dto';
import { reservationError } from './reservation-errors';
import { RoomReservation } from './room-reservation.entity';

export interface NewHire {
  roomId: string;
  groupName: string;
  purpose: string;
  startsAt: Date;
  endsAt: Date;
  createdBy: string;
}

const RESERVATION_COLUMNS = `
  rr.id, rr.kind, rr.room_id AS "roomId", r.name_ja AS "roomNameJa", r.name_en AS "roomNameEn",
  lower(rr.during) AS "startsAt", upper(rr.during) AS "endsAt", rr.purpose,
  rr.group_name AS "groupName",
  CASE WHEN c.id IS NULL THEN NULL
       ELSE json_build_object('id', c.id, 'titleJa', c.title_ja,
                              'titleEn', coalesce(nullif(c.title_en, ''), c.title_ja),
                              'sessionId', s.id) END AS course`;

/** Reservations of rooms: hires made by staff, and (read-only here) course sessions. */
@Injectable()
export class ReservationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Inserts a hire; the database refuses overlaps, closures and times outside the opening hours,
   * and those refusals come back as 409s naming what the hire collides with.
   */
  async createHire(hire: NewHire): Promise<string> {
    try {
      const [row]: Pick<RoomReservation, 'id'>[] = await this.dataSource.query(
        `INSERT INTO room_reservations (room_id, during, kind, group_name, purpose, created_by)
         VALUES ($1, tstzrange($2, $3), 'hire', $4, $5, $6) RETURNING id`,
        [hire.roomId, hire.startsAt, hire.endsAt, hire.groupName, hire.purpose, hire.createdBy],
      );
      return row.id;
    } catch (error) {
      throw await reservationError(error, hire, this.dataSource.manager);
    }
  }

  /** Cancels a hire at the facility; course sessions are cancelled by their organisers. */
  async deleteHire(facilityId: string, reservationId: string): Promise<boolean> {
    const { affected } = await this.dataSource
      .getRepository(RoomReservation)
      .createQueryBuilder()
      .delete()
      .where({ id: reservationId, kind: 'hire' })
      .andWhere('room_id IN (SELECT id FROM rooms WHERE facility_id = :facilityId)', { facilityId })
      .execute();
    return affected === 1;
  }

  async find(facilityId: string, reservationId: string): Promise<ReservationDto | null> {
    const rows = await this.query(`rr.id = $2`, [facilityId, reservationId]);
    return rows[0] ?? null;
  }

  /** Every reservation at a facility overlapping [from, to), in time order. */
  inRange(facilityId: string, from: Date, to: Date): Promise<ReservationDto[]> {
    return this.query(`rr.during && tstzrange($2, $3)`, [facilityId, from, to]);
  }

  private async query(condition: string, params: unknown[]): Promise<ReservationDto[]> {
    const rows: (ReservationDto & { startsAt: Date; endsAt: Date; course: unknown })[] =
      await this.dataSource.query(
        `SELECT ${RESERVATION_COLUMNS}
           FROM room_reservations rr
           JOIN rooms r ON r.id = rr.room_id
           LEFT JOIN course_sessions s ON s.id = rr.course_session_id
           LEFT JOIN courses c ON c.id = s.course_id
          WHERE r.facility_id = $1 AND ${condition}
          ORDER BY lower(rr.during), r.floor, r.name_ja`,
        params,
      );
    return rows.map(({ course, groupName, ...row }) => ({
      ...row,
      startsAt: new Date(row.startsAt).toISOString(),
      endsAt: new Date(row.endsAt).toISOString(),
      ...(course ? { course: course as ReservationDto['course'] } : {}),
      ...(groupName ? { groupName } : {}),
    }));
  }
}
