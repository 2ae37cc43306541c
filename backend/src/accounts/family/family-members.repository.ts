import { Injectable } from '@nestjs/common';
import { DataSource, type Repository } from 'typeorm';
import type {
  CreateFamilyMemberDto,
  FamilyMemberDto,
  UpdateFamilyMemberDto,
} from './family-member.dto';
import { FamilyMember } from './family-member.entity';

/** What the API shows of a family member: no owner, no timestamps. */
const SHOWN = {
  id: true,
  name: true,
  nameKana: true,
  birthYear: true,
  relationship: true,
} as const;

function shown(member: FamilyMember): FamilyMemberDto {
  const { id, name, nameKana, birthYear, relationship } = member;
  return { id, name, nameKana, birthYear, relationship };
}

/**
 * Family members, always within one person's own (`userId`): no query reaches another's. Plain
 * CRUD on one table, so TypeORM's repository rather than SQL.
 */
@Injectable()
export class FamilyMembersRepository {
  constructor(private readonly dataSource: DataSource) {}

  // Looked up on use, not in the constructor: the OpenAPI build runs without a database.
  private get members(): Repository<FamilyMember> {
    return this.dataSource.getRepository(FamilyMember);
  }

  async list(userId: string): Promise<FamilyMemberDto[]> {
    const members = await this.members.find({
      select: SHOWN,
      where: { userId },
      order: { birthYear: 'ASC', createdAt: 'ASC' },
    });
    return members.map(shown);
  }

  async create(userId: string, member: CreateFamilyMemberDto): Promise<FamilyMemberDto> {
    const created = await this.members.save(
      this.members.create({
        userId,
        name: member.name,
        nameKana: member.nameKana ?? '',
        birthYear: member.birthYear,
        relationship: member.relationship,
      }),
    );
    return shown(created);
  }

  /**
   * Changes the fields given (a null leaves a field as it is, as an absent one does) and
   * updated_at; null when the person has no such member.
   */
  async update(
    userId: string,
    id: string,
    changes: UpdateFamilyMemberDto,
  ): Promise<FamilyMemberDto | null> {
    const given = Object.entries({
      name: changes.name,
      nameKana: changes.nameKana,
      birthYear: changes.birthYear,
      relationship: changes.relationship,
    }).filter(([, value]) => value !== null && value !== undefined);
    const { affected } = await this.members.update(
      { id, userId },
      Object.fromEntries(given) as Partial<FamilyMember>,
    );
    if (!affected) return null;
    const member = await this.members.findOne({ select: SHOWN, where: { id, userId } });
    return member && shown(member);
  }

  async delete(userId: string, id: string): Promise<boolean> {
    const { affected } = await this.members.delete({ id, userId });
    return (affected ?? 0) > 0;
  }
}
