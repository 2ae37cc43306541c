import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { InstructorSettingsDto } from './dto/profile.dto';
import { InstructorSettings } from './instructor-profile-history.entity';
import { DEFAULT_REQUEST_LEAD_DAYS } from './instructor-reference';

/** The city's settings for the bank (one row, created by the migration). */
@Injectable()
export class InstructorSettingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async get(): Promise<InstructorSettingsDto> {
    const row = await this.dataSource.getRepository(InstructorSettings).findOneBy({ id: true });
    return { requestLeadDays: row?.requestLeadDays ?? DEFAULT_REQUEST_LEAD_DAYS };
  }

  async update(actorUserId: string, input: InstructorSettingsDto): Promise<InstructorSettingsDto> {
    await this.dataSource.transaction(async (manager) => {
      await manager
        .getRepository(InstructorSettings)
        .upsert({ id: true, requestLeadDays: input.requestLeadDays, updatedBy: actorUserId }, [
          'id',
        ]);
      await this.audit.record(
        {
          actorUserId,
          action: 'instructor_settings.updated',
          details: { requestLeadDays: input.requestLeadDays },
        },
        manager,
      );
    });
    return this.get();
  }
}
