import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** One session of a booking, with what a calendar entry needs to name it and its place. */
export interface CalendarSessionRow {
  bookingId: string;
  code: string;
  bookingStatus: 'applied' | 'confirmed' | 'waiting' | 'cancelled';
  bookingUpdatedAt: Date;
  courseStatus: string;
  titleJa: string;
  titleEn: string;
  whatToBringJa: string;
  whatToBringEn: string;
  sessionId: string;
  startsAt: Date;
  endsAt: Date;
  sessionStatus: 'scheduled' | 'cancelled';
  sessionUpdatedAt: Date;
  facilityNameJa: string;
  facilityNameEn: string;
  roomNameJa: string;
  roomNameEn: string;
}

export interface CalendarFeedRow {
  createdAt: Date;
  lastUsedAt: Date | null;
}

const SESSION_COLUMNS = `
  b.id AS "bookingId", b.code, b.status AS "bookingStatus", b.updated_at AS "bookingUpdatedAt",
  c.status AS "courseStatus", c.title_ja AS "titleJa", c.title_en AS "titleEn",
  c.what_to_bring_ja AS "whatToBringJa", c.what_to_bring_en AS "whatToBringEn",
  s.id AS "sessionId", s.starts_at AS "startsAt", s.ends_at AS "endsAt",
  s.status AS "sessionStatus", s.updated_at AS "sessionUpdatedAt",
  f.name_ja AS "facilityNameJa", f.name_en AS "facilityNameEn",
  r.name_ja AS "roomNameJa", r.name_en AS "roomNameEn"`;

const SESSION_JOINS = `
  JOIN courses c ON c.id = b.course_id
  JOIN course_sessions s ON s.course_id = c.id
  JOIN rooms r ON r.id = s.room_id
  JOIN facilities f ON f.id = r.facility_id`;

/** The SQL of calendar export: a booking's sessions, a person's feed, and feed tokens. */
@Injectable()
export class CalendarExportRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Whether the booking exists and is the person's own. */
  async ownsBooking(bookingId: string, userId: string): Promise<boolean> {
    const rows = await this.dataSource.query(
      `SELECT 1 FROM bookings WHERE id = $1 AND user_id = $2`,
      [bookingId, userId],
    );
    return rows.length > 0;
  }

  /** Every session of one of the person's bookings, in time order. */
  async bookingSessions(bookingId: string, userId: string): Promise<CalendarSessionRow[]> {
    return this.dataSource.query(
      `SELECT ${SESSION_COLUMNS}
         FROM bookings b ${SESSION_JOINS}
        WHERE b.id = $1 AND b.user_id = $2
        ORDER BY s.starts_at, s.id`,
      [bookingId, userId],
    );
  }

  /**
   * The sessions of the person's confirmed bookings that ended at most `pastDays` ago (and all
   * that are still to come), cancelled sessions included so calendars can strike them.
   */
  async feedSessions(userId: string, pastDays: number, now: Date): Promise<CalendarSessionRow[]> {
    return this.dataSource.query(
      `SELECT ${SESSION_COLUMNS}
         FROM bookings b ${SESSION_JOINS}
        WHERE b.user_id = $1 AND b.status = 'confirmed'
          AND s.ends_at >= $3::timestamptz - make_interval(days => $2)
        ORDER BY s.starts_at, s.id`,
      [userId, pastDays, now],
    );
  }

  async feed(userId: string): Promise<CalendarFeedRow | null> {
    const [row] = await this.dataSource.query(
      `SELECT created_at AS "createdAt", last_used_at AS "lastUsedAt"
         FROM calendar_feeds WHERE user_id = $1`,
      [userId],
    );
    return row ?? null;
  }

  /** Creates the person's feed or replaces its token: the old URL stops working at once. */
  async replaceFeedToken(userId: string, tokenHash: Buffer): Promise<CalendarFeedRow> {
    const [row] = await this.dataSource.query(
      `INSERT INTO calendar_feeds (user_id, token_hash) VALUES ($1, $2)
       ON CONFLICT (user_id) DO UPDATE
         SET token_hash = EXCLUDED.token_hash, created_at = now(), last_used_at = NULL
       RETURNING created_at AS "createdAt", last_used_at AS "lastUsedAt"`,
      [userId, tokenHash],
    );
    return row;
  }

  async deleteFeed(userId: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM calendar_feeds WHERE user_id = $1`, [userId]);
  }

  /** The owner of a feed token (by its hash) and their language; marks the feed as used. */
  async useFeed(tokenHash: Buffer): Promise<{ userId: string; language: 'ja' | 'en' } | null> {
    const [row] = await this.dataSource.query(
      `WITH used AS (
         UPDATE calendar_feeds f SET last_used_at = now()
           FROM users u
          WHERE f.token_hash = $1 AND u.id = f.user_id AND u.deleted_at IS NULL
          RETURNING f.user_id AS "userId", u.preferred_language AS language)
       SELECT * FROM used`,
      [tokenHash],
    );
    return row ?? null;
  }
}
