import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuditAction } from '../audit/audit-action';
import { DomainError, ValidationFailedError } from '../common/errors/domain-error';
import { ErrorCode } from '../common/errors/error-registry';
import { AdminDirectoryRepository } from './admin-directory.repository';
import type {
  AdminFacilityDto,
  CreateFacilityDto,
  UpdateFacilityDto,
} from './dto/admin-facility.dto';
import type {
  AdminOrganisationDto,
  CreateOrganisationDto,
  UpdateOrganisationDto,
} from './dto/admin-organisation.dto';
import { FACILITIES_MESSAGES } from '../facilities/facilities.errors';

/**
 * Organisations and facilities, created and corrected by city administrators. Each change is
 * audited with the names of the fields changed (not their values: they are public anyway, but
 * the log stays one shape).
 */
@Injectable()
export class AdminDirectoryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly directory: AdminDirectoryRepository,
    private readonly audit: AuditService,
  ) {}

  organisations(): Promise<AdminOrganisationDto[]> {
    return this.directory.organisations();
  }

  async createOrganisation(
    actorUserId: string,
    values: CreateOrganisationDto,
  ): Promise<AdminOrganisationDto> {
    const id = await this.change(actorUserId, 'organisation.created', values, (manager) =>
      this.directory.insertOrganisation(manager, values),
    );
    return (await this.directory.organisation(id))!;
  }

  async updateOrganisation(
    actorUserId: string,
    id: string,
    values: UpdateOrganisationDto,
  ): Promise<AdminOrganisationDto> {
    await this.change(actorUserId, 'organisation.updated', values, async (manager) => {
      if (!(await this.directory.updateOrganisation(manager, id, values))) {
        throw new DomainError(ErrorCode.OrganisationNotFound);
      }
      return id;
    });
    return (await this.directory.organisation(id))!;
  }

  facilities(): Promise<AdminFacilityDto[]> {
    return this.directory.facilities();
  }

  async createFacility(actorUserId: string, values: CreateFacilityDto): Promise<AdminFacilityDto> {
    const id = await this.change(actorUserId, 'facility.created', values, (manager) =>
      this.directory.insertFacility(manager, values),
    );
    return (await this.directory.facility(id))!;
  }

  async updateFacility(
    actorUserId: string,
    id: string,
    values: UpdateFacilityDto,
  ): Promise<AdminFacilityDto> {
    await this.change(actorUserId, 'facility.updated', values, async (manager) => {
      if (!(await this.directory.updateFacility(manager, id, values))) {
        throw new DomainError(ErrorCode.FacilityNotFound);
      }
      return id;
    });
    return (await this.directory.facility(id))!;
  }

  /** The write and its audit entry in one transaction; constraint violations become 4xx. */
  private async change(
    actorUserId: string,
    action: Extract<AuditAction, `organisation.${string}` | `facility.${string}`>,
    values: object,
    write: (manager: EntityManager) => Promise<string>,
  ): Promise<string> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const id = await write(manager);
        await this.audit.record(
          {
            actorUserId,
            action,
            targetType: action.startsWith('organisation') ? 'organisation' : 'facility',
            targetId: id,
            details: {
              fields: Object.keys(values).filter(
                (key) => key in values && (values as Record<string, unknown>)[key] !== undefined,
              ),
            },
          },
          manager,
        );
        return id;
      });
    } catch (error) {
      throw constraintError(error) ?? error;
    }
  }
}

/** The database's own checks, as answers a person can act on. */
function constraintError(error: unknown): DomainError | null {
  const { code, constraint } = error as { code?: string; constraint?: string };
  if (code === '23505' && constraint?.endsWith('_name_ja_unique')) {
    return new DomainError(ErrorCode.NameAlreadyInUse);
  }
  if (code === '23514' && constraint === 'facilities_hours_check') {
    return new ValidationFailedError([
      {
        field: 'closesAt',
        ...FACILITIES_MESSAGES.closingNotAfterOpening,
      },
    ]);
  }
  return null;
}
