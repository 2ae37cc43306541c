import { Injectable } from '@nestjs/common';
import { DataSource, type Repository } from 'typeorm';
import { CourseSession } from '../../courses/course-session.entity';
import { Course } from '../../courses/course.entity';
import { Booking } from '../booking.entity';
import { CalendarFeed } from './calendar-feed.entity';

/**
 * One session of a booking, with what a calendar entry needs to name it and its place: the row
 * of SESSION_COLUMNS below, its codes typed from the entities.
 */
export interface CalendarSessionRow {
  bookingId: string;
  code: string;
  bookingStatus: Booking['status'];
  bookingUpdatedAt: Date;
  courseStatus: Course['status'];
  titleJa: string;
  titleEn: string;
  whatToBringJa: string;
  whatToBringEn: string;
  sessionId: string;
  startsAt: Date;
  endsAt: Date;
  sessionStatus: CourseSession['status'];
  sessionUpdatedAt: Date;
  facilityNameJa: string;
  facilityNameEn: string;
  roomNameJa: string;
  roomNameEn: string;
}

export type CalendarFeedRow = Pick<CalendarFeed, 'createdAt' | 'lastUsedAt'>;

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

/**
 * Calendar export's data access: a person's feed by TypeORM's repository; a booking's sessions
 * (a four-table join read as one row type) and the token's upsert and use (one statement each,
 * with a join or ON CONFLICT) in SQL.
 */
@Injectable()
export class CalendarExportRepository {
  constructor(private readonly dataSource: DataSource) {}

  // Looked up on use, not in the constructor: the OpenAPI build runs without a database.
  private get feeds(): Repository<CalendarFeed> {
    return this.dataSource.getRepository(CalendarFeed);
  }

  /**
   * Whether the booking is the person's own and holds (or held) a seat: a confirmed booking, or
   * one cancelled after it was confirmed, so that a calendar which took it in can strike it. A
   * lottery application or a waiting-list place has no seat and gets no calendar entry.
   */
  async ownsSeatedBooking(bookingId: string, userId: string): Promise<boolean> {
    const [row] = await this.dataSource.query(
      `SELECT 1 FROM bookings
        WHERE id = $1 AND user_id = $2
          AND (status = 'confirmed' OR (status = 'cancelled' AND confirmed_at IS NOT NULL))`,
      [bookingId, userId],
    );
    return !!row;
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
    const feed = await this.feeds.findOne({
      select: { createdAt: true, lastUsedAt: true },
      where: { userId },
    });
    return feed && { createdAt: feed.createdAt, lastUsedAt: feed.lastUsedAt };
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
    await this.feeds.delete({ userId });
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
