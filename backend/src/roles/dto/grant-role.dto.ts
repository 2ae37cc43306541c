import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { ASSIGNABLE_ROLES, type AssignableRole } from '../../access/principal';
import { FieldHint } from '../../common/errors/validation';

const normaliseEmail = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;

const EMAIL_HINT = [
  'メールアドレスを正しく入力してください（例: hanako@example.jp）。',
  'Enter a valid email address (for example hanako@example.jp).',
] as const;

/** A city administrator gives a role to an address: at once if it has an account, else invites. */
export class GrantRoleDto {
  @ApiProperty({ format: 'email' })
  @Transform(normaliseEmail)
  @IsEmail()
  @MaxLength(254)
  @FieldHint(...EMAIL_HINT)
  email: string;

  @ApiProperty({ enum: ASSIGNABLE_ROLES, enumName: 'AssignableRole' })
  @IsIn(ASSIGNABLE_ROLES)
  @FieldHint('役割を選んでください。', 'Choose a role.')
  role: AssignableRole;

  @ApiPropertyOptional({ format: 'uuid', description: "Required for 'organiser'." })
  @IsOptional()
  @IsUUID()
  @FieldHint('団体の指定が正しくありません。', 'organisationId must be an organisation id.')
  organisationId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: "Required for 'facility_staff'." })
  @IsOptional()
  @IsUUID()
  @FieldHint('施設の指定が正しくありません。', 'facilityId must be a facility id.')
  facilityId?: string;

  @ApiPropertyOptional({ description: 'Organisers only: may invite and remove colleagues.' })
  @IsOptional()
  @IsBoolean()
  @FieldHint('はい・いいえで指定してください。', 'isOrganisationAdmin must be true or false.')
  isOrganisationAdmin?: boolean;
}

/** An organisation's admin invites a colleague to organise for it. */
export class InviteMemberDto {
  @ApiProperty({ format: 'email' })
  @Transform(normaliseEmail)
  @IsEmail()
  @MaxLength(254)
  @FieldHint(...EMAIL_HINT)
  email: string;

  @ApiProperty({ description: 'May the colleague invite and remove others too?' })
  @IsBoolean()
  @FieldHint('はい・いいえで指定してください。', 'isOrganisationAdmin must be true or false.')
  isOrganisationAdmin: boolean;
}

export class RoleGrantResultDto {
  @ApiProperty({
    enum: ['granted', 'invited'],
    description:
      "'granted': the address had an account and holds the role now; 'invited': an invitation was mailed.",
  })
  status: 'granted' | 'invited';

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  roleAssignmentId: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  invitationId: string | null;
}
