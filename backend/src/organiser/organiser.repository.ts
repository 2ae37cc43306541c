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

const COURSE_COLUMNS = `
  c.id, c.title_ja AS "titleJa", c.title_en AS "titleEn", c.status,
  json_build_object('id', o.id, 'nameJa', o.name_ja, 'nameEn', o.name_en, 'kind', o.kind) AS organisation,
  c.booking_rule AS "bookingRule", c.capacity, c.booked_count AS "bookedCount", c.fee_yen AS "feeYen",
  agg.session_count AS "sessionCount",
  to_json(agg.first_starts_at) #>> '{}' AS "firstSessionStartsAt",
  to_json(agg.last_ends_at) #>> '{}' AS "lastSessionEndsAt",
  to_json(c.published_at) #>> '{}' AS "publishedAt"`;

const COURSE_FROM = `
  FROM courses c
  JOIN organisations o ON o.id = c.organisation_id
  CROSS JOIN LATERAL (
    SELECT count(*)::int AS session_count, min(s.starts_at) AS first_starts_at,
           max(s.ends_at) AS last_ends_at
      FROM course_sessions s WHERE s.course_id = c.id AND ${SHOWN_SESSION}
  ) agg`;

/**
 * Courses as their organisers see them: every status. Each query is bounded by the caller's
 * organisations, so another organisation's course is never read, not merely hidden.
 */
@Injectable()
export class OrganiserRepository {
  constructor(private readonly dataSource: DataSource) {}

  courses(organisationIds: readonly string[]): Promise<OrganiserCourseDto[]> {
    return this.dataSource.query(
      `SELECT ${COURSE_COLUMNS} ${COURSE_FROM}
        WHERE c.organisation_id = ANY($1::uuid[])
        ORDER BY agg.first_starts_at DESC NULLS FIRST, c.title_ja, c.id`,
      [organisationIds],
    );
  }

  async course(
    id: string,
    organisationIds: readonly string[],
  ): Promise<Omit<OrganiserCourseDetailDto, 'sessions'> | null> {
    const [row] = await this.dataSource.query(
      `SELECT ${COURSE_COLUMNS},
              c.summary_ja AS "summaryJa", c.summary_en AS "summaryEn",
              c.description_ja AS "descriptionJa", c.description_en AS "descriptionEn",
              to_json(c.application_opens_at) #>> '{}' AS "applicationOpensAt",
              to_json(c.application_closes_at) #>> '{}' AS "applicationClosesAt",
              (SELECT '/api/organiser/courses/' || c.id || '/image?v=' || left(i.sha256, 12)
                 FROM course_images i WHERE i.course_id = c.id) AS "imageUrl"
         ${COURSE_FROM}
        WHERE c.id = $1 AND c.organisation_id = ANY($2::uuid[])`,
      [id, organisationIds],
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
