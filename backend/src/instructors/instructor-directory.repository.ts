import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { keywordConditions } from '../courses/courses.repository';
import { SqlParameters } from '../database/sql/sql-parameters';
import type { AreaDto, InstructorCourseDto } from './dto/public-instructor.dto';
import type { ProfileContentDto } from './dto/profile-content.dto';

export interface DirectorySearch {
  keywords: string[];
  field?: string;
  lifeStage?: string;
  area?: string;
  weekday?: number;
  online?: boolean;
  feeType?: string;
  language?: string;
  today: string;
  titleLanguage: 'ja' | 'en';
  limit: number;
  offset: number;
}

/** A listed profile as the directory reads it: the approved content and its photo hash. */
export interface ListedRow {
  id: string;
  userId: string;
  content: ProfileContentDto;
  registrationNumber: string;
  validUntil: string;
  photoSha256: string | null;
}

/**
 * Listed: registered (or an edit under review), with a number, valid today (Japan date). A
 * deleted account's profile is deleted with the account (account-privacy.repository.ts).
 */
const LISTED = (alias: string, today: string) =>
  `${alias}.status IN ('registered', 'submitted', 'returned')
   AND ${alias}.registration_number IS NOT NULL AND ${alias}.valid_until >= ${today}::date`;

/** The directory's SQL: the same keyword search as the catalogue, over listed profiles only. */
@Injectable()
export class InstructorDirectoryRepository {
  constructor(private readonly dataSource: DataSource) {}

  async search(search: DirectorySearch): Promise<{ rows: ListedRow[]; total: number }> {
    const params = new SqlParameters();
    const conditions = [
      LISTED('p', params.add(search.today)),
      ...keywordConditions('p', search.keywords, params),
    ];
    if (search.field) conditions.push(`${params.add(search.field)} = ANY(p.listed_fields)`);
    if (search.lifeStage) {
      // A profile for all ages serves every life stage, as in the catalogue.
      conditions.push(
        `p.listed_life_stages && ARRAY[${params.add(search.lifeStage)}, 'all_ages']::text[]`,
      );
    }
    if (search.area) {
      conditions.push(
        `(p.listed_any_area OR ${params.add(search.area)}::uuid = ANY(p.listed_area_ids))`,
      );
    }
    if (search.weekday !== undefined) {
      conditions.push(`${params.add(search.weekday)}::smallint = ANY(p.listed_weekdays)`);
    }
    if (search.online !== undefined)
      conditions.push(`p.listed_online = ${params.add(search.online)}`);
    if (search.feeType) conditions.push(`p.listed_fee_type = ${params.add(search.feeType)}`);
    if (search.language)
      conditions.push(`${params.add(search.language)} = ANY(p.listed_languages)`);
    const order =
      search.titleLanguage === 'en'
        ? `lower(coalesce(nullif(p.approved_content->>'displayNameEn', ''), p.approved_content->>'displayName')), p.id`
        : `p.approved_content->>'displayNameKana', p.approved_content->>'displayName', p.id`;
    const rows: (ListedRow & { total: number })[] = await this.dataSource.query(
      `SELECT p.id, p.user_id AS "userId", p.approved_content AS content,
              p.registration_number AS "registrationNumber",
              to_char(p.valid_until, 'YYYY-MM-DD') AS "validUntil", ph.sha256 AS "photoSha256",
              count(*) OVER ()::int AS total
         FROM instructor_profiles p
         LEFT JOIN instructor_profile_photos ph ON ph.profile_id = p.id
        WHERE ${conditions.join(' AND ')}
        ORDER BY ${order}
        LIMIT ${params.add(search.limit)} OFFSET ${params.add(search.offset)}`,
      params.values,
    );
    return { rows: rows.map(({ total: _total, ...row }) => row), total: rows[0]?.total ?? 0 };
  }

  async listed(id: string, today: string): Promise<ListedRow | null> {
    const [row] = await this.dataSource.query(
      `SELECT p.id, p.user_id AS "userId", p.approved_content AS content,
              p.registration_number AS "registrationNumber",
              to_char(p.valid_until, 'YYYY-MM-DD') AS "validUntil", ph.sha256 AS "photoSha256"
         FROM instructor_profiles p
         LEFT JOIN instructor_profile_photos ph ON ph.profile_id = p.id
        WHERE p.id = $1 AND ${LISTED('p', '$2')}`,
      [id, today],
    );
    return row ?? null;
  }

  /** Listed profiles by id, in the given order (the cards of a course). */
  async listedByIds(ids: string[], today: string): Promise<ListedRow[]> {
    if (ids.length === 0) return [];
    return this.dataSource.query(
      `SELECT p.id, p.user_id AS "userId", p.approved_content AS content,
              p.registration_number AS "registrationNumber",
              to_char(p.valid_until, 'YYYY-MM-DD') AS "validUntil", ph.sha256 AS "photoSha256"
         FROM unnest($1::uuid[]) WITH ORDINALITY AS wanted (id, position)
         JOIN instructor_profiles p ON p.id = wanted.id
         LEFT JOIN instructor_profile_photos ph ON ph.profile_id = p.id
        WHERE ${LISTED('p', '$2')}
        ORDER BY wanted.position`,
      [ids, today],
    );
  }

  /** The linked instructors of a course, in the organiser's order. */
  async courseProfileIds(courseId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT profile_id AS id FROM course_instructor_profiles
        WHERE course_id = $1 ORDER BY position, created_at`,
      [courseId],
    );
    return rows.map((row) => row.id);
  }

  /** Published (or finished) courses the profile is linked to, newest first. */
  courses(profileId: string, now: Date): Promise<InstructorCourseDto[]> {
    return this.dataSource.query(
      `SELECT c.id, c.title_ja AS "titleJa", c.title_en AS "titleEn",
              to_json(min(s.starts_at)) #>> '{}' AS "firstSessionStartsAt",
              to_json(max(s.ends_at)) #>> '{}' AS "lastSessionEndsAt",
              coalesce(bool_or(s.ends_at > $2 AND s.status = 'scheduled'), false) AS upcoming
         FROM course_instructor_profiles cip
         JOIN courses c ON c.id = cip.course_id AND c.status IN ('published', 'finished')
         LEFT JOIN course_sessions s ON s.course_id = c.id
        WHERE cip.profile_id = $1
        GROUP BY c.id
        ORDER BY min(s.starts_at) DESC NULLS LAST
        LIMIT 50`,
      [profileId, now],
    );
  }

  async areas(ids: string[]): Promise<AreaDto[]> {
    if (ids.length === 0) return [];
    return this.dataSource.query(
      `SELECT id, name_ja AS "nameJa", name_en AS "nameEn" FROM facilities
        WHERE id = ANY($1::uuid[]) ORDER BY name_ja`,
      [ids],
    );
  }
}
