import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { LifeStage } from '../reference/reference-data';
import type { OpenEventSource } from './event-list';

/** One public session for a calendar feed: the row of feedSessions below. */
export interface PublicSessionRow {
  sessionId: string;
  courseId: string;
  startsAt: Date;
  endsAt: Date;
  updatedAt: Date;
  titleJa: string;
  titleEn: string;
  summaryJa: string;
  summaryEn: string;
  facilityNameJa: string;
  facilityNameEn: string;
  roomNameJa: string;
  roomNameEn: string;
  addressJa: string;
  addressEn: string;
  organisationNameJa: string;
  organisationNameEn: string;
}

/** Which sessions a public feed holds: a life stage's, or a facility's. */
export type FeedScope = { lifeStage: LifeStage } | { facilityId: string };

/**
 * What the public catalogue publishes as open data: courses that are or were in the catalogue
 * (published or finished; never drafts or cancelled courses) with their scheduled sessions.
 * Read in SQL because each answer is one join aggregated per course, in one round trip.
 */
@Injectable()
export class OpendataRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Every public course with a scheduled session ending at or after `from`, soonest first. */
  async events(from: Date): Promise<OpenEventSource[]> {
    const rows: { event: OpenEventSource }[] = await this.dataSource.query(
      `SELECT json_build_object(
                'courseId', c.id, 'titleJa', c.title_ja, 'titleKana', c.title_kana,
                'titleEn', c.title_en, 'summaryJa', c.summary_ja,
                'descriptionJa', c.description_ja, 'lifeStages', c.life_stages,
                'category', c.category, 'targetAgeMin', c.target_age_min,
                'targetAgeMax', c.target_age_max, 'audience', c.audience,
                'childcareOffered', c.childcare_offered, 'feeYen', c.fee_yen,
                'paymentMethod', c.payment_method, 'paymentNoteJa', c.payment_note_ja,
                'capacity', c.capacity, 'bookingRule', c.booking_rule,
                'applicationClosesAt', c.application_closes_at,
                'organisationNameJa', o.name_ja, 'organisationPhone', o.phone,
                'sessions', s.sessions) AS event
         FROM courses c
         JOIN organisations o ON o.id = c.organisation_id
         JOIN LATERAL (
                SELECT json_agg(json_build_object(
                         'startsAt', cs.starts_at, 'endsAt', cs.ends_at,
                         'facilityNameJa', f.name_ja, 'addressJa', f.address_ja,
                         'roomNameJa', r.name_ja,
                         'latitude', f.latitude::text, 'longitude', f.longitude::text,
                         'accessJa', f.access_ja, 'parkingJa', f.parking_ja)
                         ORDER BY cs.starts_at, cs.id) AS sessions,
                       min(cs.starts_at) AS first_start,
                       max(cs.ends_at) AS last_end
                  FROM course_sessions cs
                  JOIN rooms r ON r.id = cs.room_id
                  JOIN facilities f ON f.id = r.facility_id
                 WHERE cs.course_id = c.id AND cs.status = 'scheduled') s ON true
        WHERE c.status IN ('published', 'finished') AND s.last_end >= $1
        ORDER BY s.first_start, c.id`,
      [from],
    );
    return rows.map((row) => row.event);
  }

  /**
   * When anything the open data shows last changed: a course that is or was public (a
   * cancellation too, which removes a row), a session, a room, a place or an organiser.
   */
  async lastChanged(): Promise<Date | null> {
    const [row]: { changed: Date | null }[] = await this.dataSource.query(
      `SELECT greatest(
                (SELECT max(updated_at) FROM courses WHERE published_at IS NOT NULL),
                (SELECT max(s.updated_at) FROM course_sessions s
                   JOIN courses c ON c.id = s.course_id WHERE c.published_at IS NOT NULL),
                (SELECT max(updated_at) FROM rooms),
                (SELECT max(updated_at) FROM facilities),
                (SELECT max(updated_at) FROM organisations)) AS changed`,
    );
    return row?.changed ?? null;
  }

  /**
   * The scheduled sessions of published courses in a life stage or at a facility that end at or
   * after `from`, in time order (at most `limit`).
   */
  async feedSessions(scope: FeedScope, from: Date, limit: number): Promise<PublicSessionRow[]> {
    const [condition, value] =
      'lifeStage' in scope
        ? [`$2 = ANY (c.life_stages)`, scope.lifeStage]
        : [`f.id = $2`, scope.facilityId];
    return this.dataSource.query(
      `SELECT s.id AS "sessionId", c.id AS "courseId", s.starts_at AS "startsAt",
              s.ends_at AS "endsAt", greatest(s.updated_at, c.updated_at) AS "updatedAt",
              c.title_ja AS "titleJa", c.title_en AS "titleEn",
              c.summary_ja AS "summaryJa", c.summary_en AS "summaryEn",
              f.name_ja AS "facilityNameJa", f.name_en AS "facilityNameEn",
              r.name_ja AS "roomNameJa", r.name_en AS "roomNameEn",
              f.address_ja AS "addressJa", f.address_en AS "addressEn",
              o.name_ja AS "organisationNameJa", o.name_en AS "organisationNameEn"
         FROM course_sessions s
         JOIN courses c ON c.id = s.course_id
         JOIN organisations o ON o.id = c.organisation_id
         JOIN rooms r ON r.id = s.room_id
         JOIN facilities f ON f.id = r.facility_id
        WHERE ${condition} AND c.status IN ('published', 'finished')
          AND s.status = 'scheduled' AND s.ends_at >= $1
        ORDER BY s.starts_at, s.id
        LIMIT $3`,
      [from, value, limit],
    );
  }

  /** A facility's names, or null when there is none with this id. */
  async facility(id: string): Promise<{ nameJa: string; nameEn: string } | null> {
    const [row] = await this.dataSource.query(
      `SELECT name_ja AS "nameJa", name_en AS "nameEn" FROM facilities WHERE id = $1`,
      [id],
    );
    return row ?? null;
  }
}
