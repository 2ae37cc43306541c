import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuditAction, AuditEntry } from './audit-action';
import { AuditLogEntry } from './audit-log-entry.entity';
import type { AuditPersonDto } from './dto/audit-log.dto';

/** Which entries to read: every filter optional, combined with AND. */
export interface AuditQuery {
  subjectUserId?: string;
  /** The person as actor or as subject. */
  personUserId?: string;
  action?: AuditAction;
  /** From this instant (inclusive) to that one (exclusive). */
  from?: Date;
  until?: Date;
  limit: number;
  offset: number;
}

/** What the row's target was, as SQL found it (null when there is none or it is gone). */
export type AuditTargetRow =
  | { kind: 'named'; ja: string; en: string; startsAt?: string | null }
  | { kind: 'person'; familyName: string; givenName: string; deleted: boolean }
  | { kind: 'role'; role: string | null; scope: { ja: string; en: string } | null };

/** One entry as read: the API's fields before naming the action and the target. */
export interface AuditRow {
  id: string;
  occurredAt: string;
  action: AuditAction;
  actor: AuditPersonDto | null;
  subject: AuditPersonDto | null;
  targetType: string | null;
  targetId: string | null;
  target: AuditTargetRow | null;
  details: Record<string, unknown>;
}

/** The one row of page(): the total and the page's entries, built as JSON by SQL. */
interface AuditPageRow {
  total: number;
  items: AuditRow[];
}

const NAMED = (table: string, ja: string, en: string) =>
  `(SELECT json_build_object('kind', 'named', 'ja', x.${ja}, 'en', x.${en})
      FROM ${table} x WHERE x.id = target.id)`;

const PERSON = (from: string) =>
  `(SELECT json_build_object('kind', 'person', 'familyName', u.family_name,
                             'givenName', u.given_name, 'deleted', u.deleted_at IS NOT NULL)
      ${from})`;

const SCOPE = `coalesce(
  (SELECT json_build_object('ja', o.name_ja, 'en', o.name_en) FROM organisations o
    WHERE o.id::text = a.details->>'organisationId'),
  (SELECT json_build_object('ja', f.name_ja, 'en', f.name_en) FROM facilities f
    WHERE f.id::text = a.details->>'facilityId'))`;

/**
 * The object an entry is about, looked up by its type (only for the page's rows). A role or
 * invitation is named from the entry's own details (its role and organisation or facility), so
 * a revoked role keeps its name.
 */
const TARGET = `CASE a.target_type
  WHEN 'organisation' THEN ${NAMED('organisations', 'name_ja', 'name_en')}
  WHEN 'facility' THEN ${NAMED('facilities', 'name_ja', 'name_en')}
  WHEN 'course' THEN ${NAMED('courses', 'title_ja', 'title_en')}
  WHEN 'course_session' THEN (
    SELECT json_build_object('kind', 'named', 'ja', c.title_ja, 'en', c.title_en,
                             'startsAt', s.starts_at)
      FROM course_sessions s JOIN courses c ON c.id = s.course_id WHERE s.id = target.id)
  WHEN 'user' THEN ${PERSON('FROM users u WHERE u.id = target.id')}
  WHEN 'instructor_profile' THEN ${PERSON(
    'FROM instructor_profiles p JOIN users u ON u.id = p.user_id WHERE p.id = target.id',
  )}
  WHEN 'role_assignment' THEN json_build_object('kind', 'role', 'role', a.details->>'role',
                                                'scope', ${SCOPE})
  WHEN 'invitation' THEN json_build_object('kind', 'role', 'role', a.details->>'role',
                                           'scope', ${SCOPE})
END`;

/**
 * The audit log. Rows are only ever inserted (by TypeORM, in the caller's transaction) and read
 * (in SQL: one page with its total, both people and the object named, in one round trip).
 */
@Injectable()
export class AuditRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(entry: AuditEntry, manager: EntityManager = this.dataSource.manager) {
    await manager.insert(AuditLogEntry, {
      actorUserId: entry.actorUserId,
      action: entry.action,
      subjectUserId: entry.subjectUserId ?? null,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId ?? null,
      details: entry.details ?? {},
    });
  }

  /** Newest first; actor, subject and object named for the administrator who reads the log. */
  async page(query: AuditQuery): Promise<{ items: AuditRow[]; total: number }> {
    const [row]: AuditPageRow[] = await this.dataSource.query(
      `WITH matching AS (
         SELECT * FROM audit_log
          WHERE ($1::uuid IS NULL OR subject_user_id = $1)
            AND ($2::uuid IS NULL OR actor_user_id = $2 OR subject_user_id = $2)
            AND ($3::text IS NULL OR action = $3)
            AND ($4::timestamptz IS NULL OR occurred_at >= $4)
            AND ($5::timestamptz IS NULL OR occurred_at < $5)
       )
       SELECT (SELECT count(*)::int FROM matching) AS total,
              coalesce((SELECT json_agg(entry ORDER BY position) FROM (
                SELECT row_number() OVER (ORDER BY a.occurred_at DESC, a.id DESC) AS position,
                       json_build_object(
                         'id', a.id::text, 'occurredAt', a.occurred_at, 'action', a.action,
                         'actor', ${personJson('actor')}, 'subject', ${personJson('subject')},
                         'targetType', a.target_type, 'targetId', a.target_id,
                         'target', ${TARGET},
                         'details', a.details) AS entry
                  FROM (SELECT * FROM matching
                         ORDER BY occurred_at DESC, id DESC LIMIT $6 OFFSET $7) a
                  CROSS JOIN LATERAL (
                    SELECT CASE WHEN a.target_id ~* '^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$'
                                THEN a.target_id::uuid END AS id) target
                  LEFT JOIN users actor ON actor.id = a.actor_user_id
                  LEFT JOIN users subject ON subject.id = a.subject_user_id) AS page),
                '[]'::json) AS items`,
      [
        query.subjectUserId ?? null,
        query.personUserId ?? null,
        query.action ?? null,
        query.from ?? null,
        query.until ?? null,
        query.limit,
        query.offset,
      ],
    );
    return { items: row.items, total: row.total };
  }

  /** Everything recorded about one person, for their own data export. */
  async aboutPerson(userId: string): Promise<AuditRow[]> {
    const { items } = await this.page({ subjectUserId: userId, limit: 10_000, offset: 0 });
    return items;
  }
}

/** A person as the log shows them: null when the row is gone, anonymised when deleted. */
function personJson(alias: string): string {
  return `CASE WHEN ${alias}.id IS NULL THEN NULL ELSE json_build_object(
            'id', ${alias}.id, 'familyName', ${alias}.family_name, 'givenName', ${alias}.given_name,
            'email', ${alias}.email, 'deleted', ${alias}.deleted_at IS NOT NULL) END`;
}
