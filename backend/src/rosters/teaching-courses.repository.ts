import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** A row of `teachingCourses` below, as the query names its columns. */
export interface TeachingCourseRow {
  courseId: string;
  titleJa: string;
  titleEn: string;
  organiserJa: string;
  organiserEn: string;
  public: boolean;
  sessionCount: number;
  firstStartsAt: Date | null;
  lastEndsAt: Date | null;
  linkedAt: Date;
}

/** The courses an instructor is linked to (course_instructors), for their start page. */
@Injectable()
export class TeachingCoursesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The person's courses that are not cancelled and not over for more than a week (or have no
   * session yet), the most recently linked first.
   */
  teachingCourses(userId: string, now: Date): Promise<TeachingCourseRow[]> {
    return this.dataSource.query(
      `SELECT c.id AS "courseId", c.title_ja AS "titleJa",
              coalesce(nullif(c.title_en, ''), c.title_ja) AS "titleEn",
              o.name_ja AS "organiserJa", coalesce(nullif(o.name_en, ''), o.name_ja) AS "organiserEn",
              c.status <> 'draft' AS public,
              count(s.id)::int AS "sessionCount",
              min(s.starts_at) AS "firstStartsAt", max(s.ends_at) AS "lastEndsAt",
              ci.created_at AS "linkedAt"
         FROM course_instructors ci
         JOIN courses c ON c.id = ci.course_id
         JOIN organisations o ON o.id = c.organisation_id
         LEFT JOIN course_sessions s ON s.course_id = c.id AND s.status <> 'cancelled'
        WHERE ci.user_id = $1 AND c.status <> 'cancelled'
        GROUP BY c.id, o.id, ci.created_at
       HAVING max(s.ends_at) IS NULL OR max(s.ends_at) > $2::timestamptz - interval '7 days'
        ORDER BY ci.created_at DESC, c.id
        LIMIT 100`,
      [userId, now],
    );
  }
}
