import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CourseSessionDto } from '../courses/dto/course-detail.dto';
import type { OrganiserCourseDetailDto, OrganiserCourseDto } from './dto/organiser-course.dto';

/**
 * The sessions counted and listed for organisers, as for the public: a session cancelled on its
 * own no longer takes place (the sessions editor still shows it, marked cancelled); a cancelled
 * course keeps its dates.
 */
const SHOWN_SESSION = `(s.status = 'scheduled' OR c.status = 'cancelled')`;

/**
 * The columns of one course for its organisers, with where it stands at `now` (the parameter
 * named) and its figures. The phase is the course's real state, not only its status: a published
 * course whose last session has ended is finished, one whose first session has begun is running.
 */
const courseColumns = (now: string) => `
  c.id, c.title_ja AS "titleJa", c.title_en AS "titleEn", c.status,
  CASE
    WHEN c.status IN ('draft', 'cancelled') THEN c.status
    WHEN c.status = 'finished' OR agg.last_ends_at <= ${now} THEN 'finished'
    WHEN agg.first_starts_at <= ${now} THEN 'running'
    ELSE 'open'
  END AS phase,
  CASE
    WHEN ${now} < c.application_opens_at THEN 'not_open_yet'
    WHEN ${now} < c.application_closes_at THEN 'open'
    ELSE 'closed'
  END AS "applicationWindow",
  json_build_object('id', o.id, 'nameJa', o.name_ja, 'nameEn', o.name_en, 'kind', o.kind) AS organisation,
  c.booking_rule AS "bookingRule", c.capacity, c.booked_count AS "bookedCount", c.fee_yen AS "feeYen",
  figures.waiting AS "waitingCount", figures.applied AS "appliedCount",
  CASE WHEN figures.expected = 0 THEN NULL
       ELSE round(figures.attended::numeric / figures.expected, 3)::float8 END AS "attendanceRate",
  agg.session_count AS "sessionCount",
  to_json(agg.first_starts_at) #>> '{}' AS "firstSessionStartsAt",
  to_json(agg.last_ends_at) #>> '{}' AS "lastSessionEndsAt",
  to_json(c.application_opens_at) #>> '{}' AS "applicationOpensAt",
  to_json(c.application_closes_at) #>> '{}' AS "applicationClosesAt",
  to_json(c.published_at) #>> '{}' AS "publishedAt"`;

/**
 * The figures: people waiting and applied (seats, as booked_count counts them), and attendance:
 * the confirmed bookings checked in (present or late) at the sessions held so far, over every
 * confirmed booking at each of those sessions (a booking not checked in counts as absent).
 */
const courseFrom = (now: string) => `
  FROM courses c
  JOIN organisations o ON o.id = c.organisation_id
  CROSS JOIN LATERAL (
    SELECT count(*)::int AS session_count, min(s.starts_at) AS first_starts_at,
           max(s.ends_at) AS last_ends_at
      FROM course_sessions s WHERE s.course_id = c.id AND ${SHOWN_SESSION}
  ) agg
  CROSS JOIN LATERAL (
    SELECT coalesce(sum(b.party_size) FILTER (WHERE b.status = 'waiting'), 0)::int AS waiting,
           coalesce(sum(b.party_size) FILTER (WHERE b.status = 'applied'), 0)::int AS applied,
           count(*) FILTER (WHERE b.status = 'confirmed')::int
             * (SELECT count(*)::int FROM course_sessions s
                 WHERE s.course_id = c.id AND s.status = 'scheduled' AND s.starts_at <= ${now})
             AS expected,
           (SELECT count(*)::int FROM session_attendance a
              JOIN course_sessions s ON s.id = a.session_id
              JOIN bookings ab ON ab.id = a.booking_id
             WHERE s.course_id = c.id AND s.status = 'scheduled' AND s.starts_at <= ${now}
               AND ab.status = 'confirmed' AND a.status IN ('present', 'late')) AS attended
      FROM bookings b WHERE b.course_id = c.id
  ) figures`;

/**
 * Courses as their organisers see them: every status. Each query is bounded by the caller's
 * organisations, so another organisation's course is never read, not merely hidden.
 */
@Injectable()
export class OrganiserRepository {
  constructor(private readonly dataSource: DataSource) {}

  courses(organisationIds: readonly string[], now: Date): Promise<OrganiserCourseDto[]> {
    return this.dataSource.query(
      `SELECT ${courseColumns('$2')} ${courseFrom('$2')}
        WHERE c.organisation_id = ANY($1::uuid[])
        ORDER BY agg.first_starts_at DESC NULLS FIRST, c.title_ja, c.id`,
      [organisationIds, now],
    );
  }

  async course(
    id: string,
    organisationIds: readonly string[],
    now: Date,
  ): Promise<Omit<OrganiserCourseDetailDto, 'sessions'> | null> {
    const [row] = await this.dataSource.query(
      `SELECT ${courseColumns('$3')},
              c.summary_ja AS "summaryJa", c.summary_en AS "summaryEn",
              c.description_ja AS "descriptionJa", c.description_en AS "descriptionEn",
              (SELECT '/api/organiser/courses/' || c.id || '/image?v=' || left(i.sha256, 12)
                 FROM course_images i WHERE i.course_id = c.id) AS "imageUrl"
         ${courseFrom('$3')}
        WHERE c.id = $1 AND c.organisation_id = ANY($2::uuid[])`,
      [id, organisationIds, now],
    );
    return row ?? null;
  }

  async sessions(courseId: string): Promise<CourseSessionDto[]> {
    const rows: { session: CourseSessionDto }[] = await this.dataSource.query(
      `SELECT json_build_object(
                'id', s.id, 'startsAt', s.starts_at, 'endsAt', s.ends_at,
                'room', json_build_object('id', r.id, 'nameJa', r.name_ja, 'nameEn', r.name_en,
                                          'capacity', r.capacity),
                'facility', json_build_object('id', f.id, 'nameJa', f.name_ja, 'nameEn', f.name_en,
                                              'addressJa', f.address_ja, 'addressEn', f.address_en)
              ) AS session
         FROM course_sessions s
         JOIN courses c ON c.id = s.course_id
         JOIN rooms r ON r.id = s.room_id
         JOIN facilities f ON f.id = r.facility_id
        WHERE s.course_id = $1 AND ${SHOWN_SESSION}
        ORDER BY s.starts_at`,
      [courseId],
    );
    return rows.map((row) => row.session);
  }
}
