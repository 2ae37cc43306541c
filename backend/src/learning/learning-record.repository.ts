import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Certificate } from '../certificates/certificate.entity';
import type { Course } from '../courses/course.entity';
import type { LearningOutcome } from './dto/learning-record.dto';

/** The account holder and each family member, as the learning record names them. */
export interface LearnerRow {
  /** `self`, or the family member's id. */
  key: string;
  kind: 'self' | 'family_member';
  name: string;
  relationship: string | null;
}

/** One course of one person in one fiscal year: what they attended of it then. */
export interface LearnedCourseRow {
  personKey: string;
  fiscalYear: number;
  courseId: string;
  titleJa: Course['titleJa'];
  titleEn: Course['titleEn'];
  organisationNameJa: string;
  organisationNameEn: string;
  pillar: Course['pillar'];
  lifeStages: Course['lifeStages'];
  firstDate: string;
  lastDate: string;
  sessionsAttended: number;
  sessionsHeld: number;
  minutes: number;
  outcome: LearningOutcome;
  certificate: { number: Certificate['number']; status: Certificate['status'] } | null;
}

/**
 * Who attended what, from the door: a session counts for a person when their booking's
 * attendance there is present or late (session_attendance is per booking, so it counts for each
 * attendee of the booking — the booker and the family members they brought). A family member
 * counts only while they are on this account (booking_participants keeps the id while the member
 * exists). Completion and the certificate come from the completion job's decision
 * (course_completions, certificates), shown in the fiscal year the course ended. Sessions count in the fiscal year of their start in Japan time (April–March: the year
 * of `starts_at − 3 months` in Asia/Tokyo); cancelled sessions do not count, as held or attended.
 */
@Injectable()
export class LearningRecordRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The account holder, then the family members in the family page's order. */
  learners(userId: string): Promise<LearnerRow[]> {
    return this.dataSource.query(
      `SELECT 'self' AS key, 'self' AS kind, btrim(u.family_name || ' ' || u.given_name) AS name,
              NULL AS relationship, 0 AS sort, 0 AS birth_year, u.created_at
         FROM users u WHERE u.id = $1
       UNION ALL
       SELECT f.id::text, 'family_member', f.name, f.relationship, 1, f.birth_year, f.created_at
         FROM family_members f WHERE f.user_id = $1
        ORDER BY sort, birth_year, created_at`,
      [userId],
    );
  }

  /**
   * Every course each person on the account attended, per fiscal year (`fiscalYear` null: all
   * years), newest first.
   */
  courses(userId: string, fiscalYear: number | null): Promise<LearnedCourseRow[]> {
    return this.dataSource.query(
      `WITH attendees AS (
         SELECT b.id AS booking_id, b.course_id, 'self' AS person_key
           FROM bookings b
          WHERE b.user_id = $1 AND b.booker_attends -- not a parent who booked for a child alone
         UNION ALL
         SELECT b.id, b.course_id, p.family_member_id::text
           FROM bookings b
           JOIN booking_participants p ON p.booking_id = b.id
           JOIN family_members f ON f.id = p.family_member_id AND f.user_id = $1
          WHERE b.user_id = $1
       ),
       attended AS (
         SELECT DISTINCT ON (t.person_key, s.id)
                t.person_key, t.course_id, s.id AS session_id, s.starts_at, s.ends_at,
                extract(year FROM (s.starts_at AT TIME ZONE 'Asia/Tokyo') - interval '3 months')::int
                  AS fiscal_year
           FROM attendees t
           JOIN session_attendance a ON a.booking_id = t.booking_id AND a.status IN ('present', 'late')
           JOIN course_sessions s ON s.id = a.session_id AND s.status <> 'cancelled'
       )
       SELECT x.person_key AS "personKey", x.fiscal_year AS "fiscalYear", c.id AS "courseId",
              c.title_ja AS "titleJa", c.title_en AS "titleEn",
              o.name_ja AS "organisationNameJa", o.name_en AS "organisationNameEn",
              c.pillar, c.life_stages AS "lifeStages",
              to_char(min(x.starts_at) AT TIME ZONE 'Asia/Tokyo', 'YYYY-MM-DD') AS "firstDate",
              to_char(max(x.starts_at) AT TIME ZONE 'Asia/Tokyo', 'YYYY-MM-DD') AS "lastDate",
              count(*)::int AS "sessionsAttended",
              (SELECT count(*)::int FROM course_sessions h
                WHERE h.course_id = c.id AND h.status <> 'cancelled') AS "sessionsHeld",
              round(sum(extract(epoch FROM x.ends_at - x.starts_at)) / 60)::int AS minutes,
              CASE WHEN k.completed AND x.fiscal_year = k.fiscal_year THEN 'completed'
                   ELSE 'attended' END AS outcome,
              CASE WHEN x.fiscal_year = k.fiscal_year AND k.number IS NOT NULL
                   THEN json_build_object('number', k.number, 'status', k.status) END
                AS certificate
         FROM attended x
         JOIN courses c ON c.id = x.course_id
         JOIN organisations o ON o.id = c.organisation_id
         LEFT JOIN LATERAL (
           -- The completion decided for this person when the course finished (the booker is
           -- participant 0, a family member by their id), counted in the fiscal year of the
           -- course's last session; its certificate: the valid one, else the latest revoked.
           SELECT d.completed, cert.number, cert.status,
                  (SELECT extract(year FROM (max(h.starts_at) AT TIME ZONE 'Asia/Tokyo')
                                            - interval '3 months')::int
                     FROM course_sessions h
                    WHERE h.course_id = c.id AND h.status <> 'cancelled') AS fiscal_year
             FROM course_completions d
             LEFT JOIN LATERAL (
               SELECT z.number, z.status FROM certificates z
                WHERE z.completion_id = d.id
                ORDER BY z.status = 'valid' DESC, z.issued_at DESC LIMIT 1
             ) cert ON true
            WHERE d.course_id = c.id AND d.user_id = $1
              AND CASE WHEN x.person_key = 'self' THEN d.participant_position = 0
                       ELSE d.family_member_id::text = x.person_key END
            ORDER BY d.completed DESC, d.decided_at DESC
            LIMIT 1
         ) k ON true
        WHERE $2::int IS NULL OR x.fiscal_year = $2
        GROUP BY x.person_key, x.fiscal_year, c.id, o.id, k.completed, k.fiscal_year, k.number,
                 k.status
        ORDER BY x.fiscal_year DESC, max(x.starts_at) DESC, c.title_ja`,
      [userId, fiscalYear],
    );
  }

  /** Fiscal years in which anyone on the account attended a session, newest first. */
  async fiscalYears(userId: string): Promise<number[]> {
    const rows: { fiscalYear: number }[] = await this.dataSource.query(
      `SELECT DISTINCT
              extract(year FROM (s.starts_at AT TIME ZONE 'Asia/Tokyo') - interval '3 months')::int
                AS "fiscalYear"
         FROM bookings b
         JOIN session_attendance a ON a.booking_id = b.id AND a.status IN ('present', 'late')
         JOIN course_sessions s ON s.id = a.session_id AND s.status <> 'cancelled'
        WHERE b.user_id = $1
        ORDER BY 1 DESC`,
      [userId],
    );
    return rows.map((row) => row.fiscalYear);
  }
}
