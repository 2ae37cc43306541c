import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuditEntry } from './audit-action';
import { AuditRepository } from './audit.repository';
import type { AuditEntryDto, AuditLogPageDto } from './dto/audit-log.dto';

export const AUDIT_PAGE_SIZE = 50;

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

  async page(page: number, subjectUserId?: string): Promise<AuditLogPageDto> {
    const { items, total } = await this.audit.page({
      subjectUserId,
      limit: AUDIT_PAGE_SIZE,
      offset: (page - 1) * AUDIT_PAGE_SIZE,
    });
    return { items, total, page, pageSize: AUDIT_PAGE_SIZE };
  }

  /** The entries about one person (for their APPI data export). */
  aboutPerson(userId: string): Promise<AuditEntryDto[]> {
    return this.audit.aboutPerson(userId);
  }
}
