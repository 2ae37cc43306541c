import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Language } from '../common/errors/request-language';
import { startOfJapanDay, startOfNextJapanDay } from '../common/time/japan-time';
import { AUDIT_ACTIONS, type AuditEntry } from './audit-action';
import { AUDIT_ACTION_LABELS } from './audit-action-labels';
import { auditCsv } from './audit-csv';
import { namedEntry } from './audit-entry-names';
import { AuditRepository, type AuditQuery } from './audit.repository';
import type {
  AuditActionOptionDto,
  AuditEntryDto,
  AuditLogFilterDto,
  AuditLogPageDto,
} from './dto/audit-log.dto';

export const AUDIT_PAGE_SIZE = 50;
/** The most entries one CSV holds (years of a city's log; narrow the dates beyond that). */
export const AUDIT_CSV_LIMIT = 100_000;

/**
 * Records who did what to whose data, and when. Call it inside the same transaction as the
 * change (pass the EntityManager) so that a change is never without its entry.
 */
@Injectable()
export class AuditService {
  constructor(private readonly audit: AuditRepository) {}

  record(entry: AuditEntry, manager?: EntityManager): Promise<void> {
    return this.audit.insert(entry, manager);
  }

  async page(page: number, filter: AuditLogFilterDto = {}): Promise<AuditLogPageDto> {
    const { items, total } = await this.audit.page({
      ...query(filter),
      limit: AUDIT_PAGE_SIZE,
      offset: (page - 1) * AUDIT_PAGE_SIZE,
    });
    return { items: items.map(namedEntry), total, page, pageSize: AUDIT_PAGE_SIZE };
  }

  /** Every action the log may hold, named, in the order the code lists them. */
  actions(): AuditActionOptionDto[] {
    return AUDIT_ACTIONS.map((code) => ({ code, label: AUDIT_ACTION_LABELS[code] }));
  }

  /**
   * The filtered log as CSV. The export is itself recorded (who, which filters, how many rows)
   * before the file is handed out, so no copy of the log leaves without a trace.
   */
  async csv(actorUserId: string, filter: AuditLogFilterDto, language: Language): Promise<string> {
    const { items, total } = await this.audit.page({
      ...query(filter),
      limit: AUDIT_CSV_LIMIT,
      offset: 0,
    });
    await this.audit.insert({
      actorUserId,
      action: 'audit_log.exported',
      subjectUserId: filter.subjectUserId ?? filter.personUserId ?? null,
      details: {
        rows: items.length,
        total,
        action: filter.action ?? null,
        from: filter.from ?? null,
        to: filter.to ?? null,
        personUserId: filter.personUserId ?? null,
      },
    });
    return auditCsv(items.map(namedEntry), language);
  }

  /** The entries about one person (for their APPI data export). */
  async aboutPerson(userId: string): Promise<AuditEntryDto[]> {
    return (await this.audit.aboutPerson(userId)).map(namedEntry);
  }
}

function query(filter: AuditLogFilterDto): Omit<AuditQuery, 'limit' | 'offset'> {
  return {
    subjectUserId: filter.subjectUserId,
    personUserId: filter.personUserId,
    action: filter.action,
    from: filter.from ? startOfJapanDay(filter.from) : undefined,
    until: filter.to ? startOfNextJapanDay(filter.to) : undefined,
  };
}
