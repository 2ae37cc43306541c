import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuditEntry } from './audit-action';
import { AuditLogEntry } from './audit-log-entry.entity';
import type { AuditEntryDto } from './dto/audit-log.dto';

/** The one row of page(): the total and the page's entries, built in the API's shape by SQL. */
interface AuditPageRow {
  total: number;
  items: AuditEntryDto[];
}

/**
 * The audit log. Rows are only ever inserted (by TypeORM, in the caller's transaction) and read
 * (in SQL: one page with its total and both people named, built as JSON in one round trip).
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

  /** Newest first; actor and subject named for the administrator who reads the log. */
  async page(filter: {
    subjectUserId?: string;
    limit: number;
    offset: number;
  }): Promise<{ items: AuditEntryDto[]; total: number }> {
    const [row]: AuditPageRow[] = await this.dataSource.query(
      `WITH matching AS (
         SELECT * FROM audit_log WHERE ($1::uuid IS NULL OR subject_user_id = $1)
       )
       SELECT (SELECT count(*)::int FROM matching) AS total,
              coalesce((SELECT json_agg(entry ORDER BY position) FROM (
                SELECT row_number() OVER (ORDER BY a.occurred_at DESC, a.id DESC) AS position,
                       json_build_object(
                         'id', a.id::text, 'occurredAt', a.occurred_at, 'action', a.action,
                         'actor', ${personJson('actor')}, 'subject', ${personJson('subject')},
                         'targetType', a.target_type, 'targetId', a.target_id,
                         'details', a.details) AS entry
                  FROM matching a
                  LEFT JOIN users actor ON actor.id = a.actor_user_id
                  LEFT JOIN users subject ON subject.id = a.subject_user_id
                 ORDER BY a.occurred_at DESC, a.id DESC
                 LIMIT $2 OFFSET $3) AS page), '[]'::json) AS items`,
      [filter.subjectUserId ?? null, filter.limit, filter.offset],
    );
    return { items: row.items, total: row.total };
  }

  /** Everything recorded about one person, for their own data export. */
  async aboutPerson(userId: string): Promise<AuditEntryDto[]> {
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
