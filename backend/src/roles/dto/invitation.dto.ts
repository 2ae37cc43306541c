import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { ASSIGNABLE_ROLES, type AssignableRole } from '../../access/principal';
import { FieldHint } from '../../common/errors/validation';
import { ScopeRefDto } from './role-assignment.dto';

/** A pending invitation (not yet accepted, withdrawn or expired). */
export class InvitationDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'email' })
  email: string;

  @ApiProperty({ enum: ASSIGNABLE_ROLES, enumName: 'AssignableRole' })
  role: AssignableRole;

  @ApiProperty()
  isOrganisationAdmin: boolean;

  @ApiProperty({ type: ScopeRefDto, nullable: true })
  organisation: ScopeRefDto | null;

  @ApiProperty({ type: ScopeRefDto, nullable: true })
  facility: ScopeRefDto | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  expiresAt: string;
}

export class AcceptInvitationDto {
  @ApiProperty({ description: 'The token from the invitation link.' })
  @IsString()
  @Length(20, 200)
  @FieldHint(
    '招待リンクが正しくありません。メールのリンクをもう一度開いてください。',
    'The invitation link is not valid. Please open the link in the mail again.',
  )
  token: string;
}
