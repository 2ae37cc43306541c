import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/errors/domain-error';
import { ErrorCode } from '../common/errors/error-registry';
import { RoleAssignmentsRepository } from '../roles/role-assignments.repository';
import type { PeoplePageDto, PeopleQueryDto, PersonDetailDto } from './dto/person.dto';
import { PeopleRepository } from './people.repository';

export const PEOPLE_PAGE_SIZE = 20;

/**
 * City administrators looking people up. Every search and every profile opened is audited:
 * who looked, at whose data, when (the search words themselves are not kept: they are
 * personal data too).
 */
@Injectable()
export class AdminPeopleService {
  constructor(
    private readonly people: PeopleRepository,
    private readonly assignments: RoleAssignmentsRepository,
    private readonly audit: AuditService,
  ) {}

  async search(actorUserId: string, query: PeopleQueryDto): Promise<PeoplePageDto> {
    const page = query.page ?? 1;
    const { items, total } = await this.people.search({
      q: query.q || undefined,
      role: query.role,
      limit: PEOPLE_PAGE_SIZE,
      offset: (page - 1) * PEOPLE_PAGE_SIZE,
    });
    await this.audit.record({
      actorUserId,
      action: 'people.searched',
      details: {
        searchedByText: !!query.q,
        role: query.role ?? null,
        page,
        resultCount: items.length,
      },
    });
    return { items, total, page, pageSize: PEOPLE_PAGE_SIZE };
  }

  async detail(actorUserId: string, id: string): Promise<PersonDetailDto> {
    const person = await this.people.detail(id);
    if (!person) throw new DomainError(ErrorCode.PersonNotFound);
    await this.audit.record({
      actorUserId,
      action: 'person.viewed',
      subjectUserId: id,
      targetType: 'user',
      targetId: id,
    });
    return { ...person, roleAssignments: await this.assignments.ofUser(id) };
  }
}
