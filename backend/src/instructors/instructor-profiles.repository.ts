import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { TsukubaRelation } from '../accounts/dto/me.dto';
import { returnedRows } from '../database/sql/returned-rows';
import type { AttendedCourseDto, ProfileEventDto } from './dto/profile.dto';
import type { ProfileContentDto } from './dto/profile-content.dto';
import {
  InstructorProfileEvent,
  InstructorProfileSubmission,
} from './instructor-profile-history.entity';
import { InstructorProfile } from './instructor-profile.entity';
import type { InstructorNotificationKind, InstructorPayload } from './instructor-mails';
import type { Listing } from './instructor-listing';
import type { ProfileEventKind, ProfileStatus } from './instructor-reference';

/** The account facts that decide eligibility, and what a reviewer sees of the applicant. */
export interface ApplicantRow {
  userId: string;
  email: string;
  name: string;
  birthYear: number | null;
  tsukubaRelations: TsukubaRelation[];
}

export interface QueueRow {
  id: string;
  kind: InstructorProfile['kind'];
  displayName: string;
  status: ProfileStatus;
  fields: string[];
  isEdit: boolean;
  submittedAt: string | null;
  updatedAt: string;
  registrationNumber: string | null;
  validUntil: string | null;
}

export interface NewEvent {
  profileId: string;
  kind: ProfileEventKind;
  fromStatus: ProfileStatus | null;
  toStatus: ProfileStatus;
  actorUserId: string | null;
  byReviewer: boolean;
  comment?: string;
  submissionId?: string | null;
  at: Date;
}

/** Profiles, their submissions and history: the bank's SQL for the applicant and the review. */
@Injectable()
export class InstructorProfilesRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  byUser(userId: string): Promise<InstructorProfile | null> {
    return this.dataSource.getRepository(InstructorProfile).findOneBy({ userId });
  }

  byId(id: string): Promise<InstructorProfile | null> {
    return this.dataSource.getRepository(InstructorProfile).findOneBy({ id });
  }

  /** The profile under its row lock: decisions and the applicant's steps take turns on it. */
  lock(manager: EntityManager, where: { id: string } | { userId: string }) {
    return manager
      .getRepository(InstructorProfile)
      .findOne({ where, lock: { mode: 'pessimistic_write' } });
  }

  /** A new draft; false when the person has a profile already (then it is an update). */
  async insertDraft(
    manager: EntityManager,
    userId: string,
    content: ProfileContentDto,
  ): Promise<boolean> {
    // ON CONFLICT: two first saves at once (two tabs) make one profile; the second updates it.
    const rows = await manager.query(
      `INSERT INTO instructor_profiles (user_id, kind, content) VALUES ($1, $2, $3)
       ON CONFLICT ON CONSTRAINT instructor_profiles_user_id_unique DO NOTHING
       RETURNING id`,
      [userId, content.kind, JSON.stringify(content)],
    );
    return returnedRows(rows).length > 0;
  }

  /** The photo's SHA-256 (for its URL), or null when there is none. */
  async photoHash(profileId: string): Promise<string | null> {
    const [row] = await this.dataSource.query(
      `SELECT sha256 FROM instructor_profile_photos WHERE profile_id = $1`,
      [profileId],
    );
    return row?.sha256 ?? null;
  }

  async update(
    manager: EntityManager,
    id: string,
    changes: Partial<
      Pick<
        InstructorProfile,
        | 'kind'
        | 'status'
        | 'content'
        | 'approvedContent'
        | 'submissionCount'
        | 'submittedAt'
        | 'registrationNumber'
        | 'registeredAt'
        | 'validUntil'
        | 'reviewerComment'
      >
    >,
  ): Promise<void> {
    await manager
      .getRepository(InstructorProfile)
      .update(id, { ...changes, version: () => 'version + 1' } as never);
  }

  /** Writes what the directory indexes of the approved version (see listingOf). */
  async writeListing(manager: EntityManager, id: string, listing: Listing | null): Promise<void> {
    const value = listing ?? {
      searchText: '',
      fields: [],
      lifeStages: [],
      languages: [],
      areaIds: [],
      anyArea: false,
      weekdays: [],
      online: false,
      feeType: null,
    };
    await manager.query(
      `UPDATE instructor_profiles
          SET search_text = tsumugu_normalize($2), search_grams = tsumugu_grams(tsumugu_normalize($2)),
              listed_fields = $3, listed_life_stages = $4, listed_languages = $5,
              listed_area_ids = $6::uuid[], listed_any_area = $7, listed_weekdays = $8::smallint[],
              listed_online = $9, listed_fee_type = $10
        WHERE id = $1`,
      [
        id,
        value.searchText,
        value.fields,
        value.lifeStages,
        value.languages,
        value.areaIds,
        value.anyArea,
        value.weekdays,
        value.online,
        value.feeType,
      ],
    );
  }

  async insertSubmission(
    manager: EntityManager,
    profileId: string,
    number: number,
    content: ProfileContentDto,
    at: Date,
  ): Promise<string> {
    const saved = await manager
      .getRepository(InstructorProfileSubmission)
      .save({ profileId, number, content, submittedAt: at });
    return saved.id;
  }

  latestSubmission(profileId: string, manager?: EntityManager) {
    return (manager ?? this.dataSource.manager)
      .getRepository(InstructorProfileSubmission)
      .findOne({ where: { profileId }, order: { number: 'DESC' } });
  }

  async insertEvent(manager: EntityManager, event: NewEvent): Promise<void> {
    await manager.getRepository(InstructorProfileEvent).insert({
      profileId: event.profileId,
      kind: event.kind,
      fromStatus: event.fromStatus,
      toStatus: event.toStatus,
      actorUserId: event.actorUserId,
      byReviewer: event.byReviewer,
      comment: event.comment ?? '',
      submissionId: event.submissionId ?? null,
      createdAt: event.at,
    });
  }

  async events(profileId: string): Promise<ProfileEventDto[]> {
    const rows: (InstructorProfileEvent & { submissionNumber: number | null })[] =
      await this.dataSource.query(
        `SELECT e.id, e.kind, e.from_status AS "fromStatus", e.to_status AS "toStatus",
                e.comment, e.by_reviewer AS "byReviewer", s.number AS "submissionNumber",
                e.created_at AS "createdAt"
           FROM instructor_profile_events e
           LEFT JOIN instructor_profile_submissions s ON s.id = e.submission_id
          WHERE e.profile_id = $1
          ORDER BY e.created_at DESC, e.id`,
        [profileId],
      );
    return rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      fromStatus: row.fromStatus,
      toStatus: row.toStatus,
      comment: row.comment,
      byReviewer: row.byReviewer,
      submissionNumber: row.submissionNumber,
      at: new Date(row.createdAt).toISOString(),
    }));
  }

  /**
   * The latest event that starts or ends a registration period (registered, withdrawn, expired,
   * suspended): after a withdrawal or an expiry, approval starts a new period; after a
   * registration (an edit) or a suspension (reinstatement) the period runs on.
   */
  async lastPeriodEvent(
    manager: EntityManager,
    profileId: string,
  ): Promise<ProfileEventKind | null> {
    const [row] = await manager.query(
      `SELECT kind FROM instructor_profile_events
        WHERE profile_id = $1 AND kind IN ('registered', 'withdrawn', 'expired', 'suspended')
        ORDER BY created_at DESC, kind IN ('withdrawn', 'expired') DESC LIMIT 1`,
      [profileId],
    );
    return row?.kind ?? null;
  }

  async applicant(userId: string): Promise<ApplicantRow | null> {
    const [row] = await this.dataSource.query(
      `SELECT id AS "userId", coalesce(email, '') AS email,
              btrim(family_name || ' ' || given_name) AS name,
              birth_year AS "birthYear", tsukuba_relations AS "tsukubaRelations"
         FROM users WHERE id = $1 AND deleted_at IS NULL`,
      [userId],
    );
    return row ?? null;
  }

  /** Registration numbers come from one sequence: two approvals can never share one. */
  async nextRegistrationSerial(manager: EntityManager): Promise<number> {
    const [row] = await manager.query(
      `SELECT nextval('instructor_registration_number_seq')::int AS serial`,
    );
    return row.serial;
  }

  /** Of the given ids, those that are community centres (the areas a profile may name). */
  async communityCentres(ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM facilities WHERE id = ANY($1::uuid[]) AND kind = 'community_centre'`,
      [ids],
    );
    return new Set(rows.map((row) => row.id));
  }

  /** Courses the person attended (present or late at a session at least once), newest first. */
  learning(userId: string): Promise<AttendedCourseDto[]> {
    return this.dataSource.query(
      `SELECT c.id AS "courseId", c.title_ja AS "titleJa", c.title_en AS "titleEn",
              extract(year FROM max(s.starts_at) AT TIME ZONE 'Asia/Tokyo')::int AS year,
              count(DISTINCT s.id)::int AS "sessionsAttended"
         FROM bookings b
         JOIN session_attendance a ON a.booking_id = b.id AND a.status IN ('present', 'late')
         JOIN course_sessions s ON s.id = a.session_id
         JOIN courses c ON c.id = b.course_id
        WHERE b.user_id = $1
        GROUP BY c.id
        ORDER BY max(s.starts_at) DESC
        LIMIT 100`,
      [userId],
    );
  }

  /** The review queue: one page of profiles in a status, oldest submission first. */
  async queue(
    status: ProfileStatus,
    keyword: string | undefined,
    limit: number,
    offset: number,
  ): Promise<{ items: QueueRow[]; total: number }> {
    const params: unknown[] = [status, limit, offset];
    let filter = '';
    if (keyword) {
      params.push(keyword);
      filter = `AND tsumugu_normalize(concat_ws(' ', p.content->>'displayName', p.content->>'displayNameKana',
                  p.content->>'displayNameEn', p.content->>'titleJa', p.registration_number))
                LIKE '%' || tsumugu_normalize($4) || '%'`;
    }
    const rows: (QueueRow & { total: number })[] = await this.dataSource.query(
      `SELECT p.id, p.kind, p.content->>'displayName' AS "displayName", p.status,
              ARRAY(SELECT jsonb_array_elements_text(p.content->'fields')) AS fields,
              p.registration_number IS NOT NULL AS "isEdit",
              to_json(p.submitted_at) #>> '{}' AS "submittedAt",
              to_json(p.updated_at) #>> '{}' AS "updatedAt",
              p.registration_number AS "registrationNumber",
              to_char(p.valid_until, 'YYYY-MM-DD') AS "validUntil",
              count(*) OVER ()::int AS total
         FROM instructor_profiles p
        WHERE p.status = $1 ${filter}
        ORDER BY p.submitted_at NULLS LAST, p.updated_at, p.id
        LIMIT $2 OFFSET $3`,
      params,
    );
    return {
      items: rows.map(({ total: _total, ...row }) => row),
      total: rows[0]?.total ?? 0,
    };
  }

  /** Requests created in [from, to) and their reports: the figures the section reports on. */
  async requestFigures(
    from: Date,
    to: Date,
  ): Promise<{
    requests: number;
    accepted: number;
    reported: number;
    attendees: number;
    averageRating: number | null;
  }> {
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS requests,
              count(*) FILTER (WHERE status IN ('accepted', 'reported'))::int AS accepted,
              count(*) FILTER (WHERE status = 'reported')::int AS reported,
              coalesce(sum(report_attendees) FILTER (WHERE status = 'reported'), 0)::int AS attendees,
              round(avg(report_rating) FILTER (WHERE status = 'reported'), 1)::float AS "averageRating"
         FROM instructor_requests
        WHERE created_at >= $1 AND created_at < $2`,
      [from, to],
    );
    return row;
  }

  async counts(): Promise<Record<ProfileStatus, number>> {
    const rows: { status: ProfileStatus; count: number }[] = await this.dataSource.query(
      `SELECT status, count(*)::int AS count FROM instructor_profiles GROUP BY status`,
    );
    return Object.fromEntries(rows.map((row) => [row.status, row.count])) as Record<
      ProfileStatus,
      number
    >;
  }

  /** Queues a mail of the bank in the outbox, in the caller's transaction. */
  async notify(
    manager: EntityManager,
    notice: {
      kind: InstructorNotificationKind;
      userId: string;
      courseId?: string | null;
      payload: InstructorPayload;
      dedupeKey?: string;
    },
  ): Promise<boolean> {
    const rows = await manager.query(
      `INSERT INTO notifications (kind, user_id, course_id, payload, dedupe_key)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT ON CONSTRAINT notifications_dedupe_key_unique DO NOTHING
       RETURNING id`,
      [
        notice.kind,
        notice.userId,
        notice.courseId ?? null,
        JSON.stringify(notice.payload),
        notice.dedupeKey ?? null,
      ],
    );
    return returnedRows(rows).length > 0;
  }

  /**
   * Whether the person teaches a course that is still running: published, linked to them
   * (course_instructors), with a scheduled session not yet over.
   */
  async teachesRunningCourse(manager: EntityManager, userId: string, now: Date): Promise<boolean> {
    const [row] = await manager.query(
      `SELECT EXISTS (
         SELECT 1 FROM course_instructors ci
           JOIN courses c ON c.id = ci.course_id AND c.status = 'published'
           JOIN course_sessions s ON s.course_id = c.id AND s.status = 'scheduled' AND s.ends_at > $2
          WHERE ci.user_id = $1) AS teaches`,
      [userId, now],
    );
    return row.teaches;
  }

  /**
   * Declines the pending requests to a profile that leaves the bank (withdrawn, suspended,
   * expired), so that no requester waits for an answer that cannot come; returns whom to tell.
   */
  async declinePending(
    manager: EntityManager,
    profileId: string,
    reason: string,
    now: Date,
  ): Promise<{ id: string; requesterUserId: string; purpose: string }[]> {
    const rows = await manager.query(
      `UPDATE instructor_requests SET status = 'declined', decline_reason = $2, updated_at = $3
        WHERE profile_id = $1 AND status = 'pending'
       RETURNING id, requester_user_id AS "requesterUserId", purpose`,
      [profileId, reason, now],
    );
    return returnedRows(rows);
  }

  /** The person's instructor role assignment, if any. */
  async instructorAssignment(manager: EntityManager, userId: string): Promise<string | null> {
    const [row] = await manager.query(
      `SELECT id FROM role_assignments WHERE user_id = $1 AND role = 'instructor'`,
      [userId],
    );
    return row?.id ?? null;
  }

  /**
   * People whose registration has lapsed (withdrawn, suspended, expired) and who still hold the
   * instructor role: the daily job takes it away once they no longer teach a running course.
   */
  async lapsedInstructors(now: Date): Promise<string[]> {
    const rows: { userId: string }[] = await this.dataSource.query(
      `SELECT p.user_id AS "userId"
         FROM instructor_profiles p
         JOIN role_assignments ra ON ra.user_id = p.user_id AND ra.role = 'instructor'
        WHERE p.status IN ('withdrawn', 'suspended', 'expired')
          AND NOT EXISTS (
            SELECT 1 FROM course_instructors ci
              JOIN courses c ON c.id = ci.course_id AND c.status = 'published'
              JOIN course_sessions s ON s.course_id = c.id AND s.status = 'scheduled' AND s.ends_at > $1
             WHERE ci.user_id = p.user_id)`,
      [now],
    );
    return rows.map((row) => row.userId);
  }

  /**
   * Registrations whose last valid day is before `today` (Japan date) and still live: each
   * becomes expired exactly once (the status trigger refuses expired → expired, and the row lock
   * makes a second run wait and then find nothing).
   */
  async expire(
    manager: EntityManager,
    today: string,
  ): Promise<
    {
      id: string;
      userId: string;
      fromStatus: ProfileStatus;
      validUntil: string;
      displayName: string;
    }[]
  > {
    const rows = await manager.query(
      `WITH due AS (
         SELECT id, status FROM instructor_profiles
          WHERE status IN ('registered', 'submitted', 'returned')
            AND registration_number IS NOT NULL AND valid_until < $1::date
          FOR UPDATE SKIP LOCKED)
       UPDATE instructor_profiles p
          SET status = 'expired', version = p.version + 1, updated_at = now()
         FROM due
        WHERE p.id = due.id
       RETURNING p.id, p.user_id AS "userId", due.status AS "fromStatus",
                 coalesce(p.approved_content, p.content)->>'displayName' AS "displayName",
                 to_char(p.valid_until, 'YYYY-MM-DD') AS "validUntil"`,
      [today],
    );
    return returnedRows(rows);
  }

  /** Live registrations whose last valid day falls in [from, to] (Japan dates). */
  endingBetween(
    from: string,
    to: string,
  ): Promise<{ id: string; userId: string; validUntil: string }[]> {
    return this.dataSource.query(
      `SELECT id, user_id AS "userId", to_char(valid_until, 'YYYY-MM-DD') AS "validUntil"
         FROM instructor_profiles
        WHERE status IN ('registered', 'submitted', 'returned')
          AND registration_number IS NOT NULL AND valid_until BETWEEN $1::date AND $2::date`,
      [from, to],
    );
  }
}
