import { ApiProperty } from '@nestjs/swagger';
import { ASSIGNABLE_ROLES, type AssignableRole } from '../../access/principal';

/** An organisation or facility a role applies to, by name. */
export class ScopeRefDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  nameJa: string;

  @ApiProperty()
  nameEn: string;
}

export class RoleAssignmentDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: ASSIGNABLE_ROLES, enumName: 'AssignableRole' })
  role: AssignableRole;

  @ApiProperty({ description: 'Organisers only: may invite and remove colleagues.' })
  isOrganisationAdmin: boolean;

  @ApiProperty({ type: ScopeRefDto, nullable: true })
  organisation: ScopeRefDto | null;

  @ApiProperty({ type: ScopeRefDto, nullable: true })
  facility: ScopeRefDto | null;

  @ApiProperty({ format: 'date-time' })
  grantedAt: string;
}
