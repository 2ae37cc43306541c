import { ApiProperty } from '@nestjs/swagger';
import { InvitationDto } from '../../roles/dto/invitation.dto';
import { ScopeRefDto } from '../../roles/dto/role-assignment.dto';

export class OrganisationMemberDto {
  @ApiProperty({ format: 'uuid', description: 'The role assignment: what removal takes away.' })
  assignmentId: string;

  @ApiProperty({ format: 'uuid' })
  userId: string;

  @ApiProperty()
  familyName: string;

  @ApiProperty()
  givenName: string;

  @ApiProperty({ format: 'email' })
  email: string;

  @ApiProperty()
  isOrganisationAdmin: boolean;

  @ApiProperty({ format: 'date-time' })
  since: string;
}

export class OrganisationMembersDto {
  @ApiProperty({ type: ScopeRefDto })
  organisation: ScopeRefDto;

  @ApiProperty({ type: [OrganisationMemberDto] })
  members: OrganisationMemberDto[];

  @ApiProperty({ type: [InvitationDto], description: 'Invitations not yet accepted.' })
  invitations: InvitationDto[];
}
