import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { ASSIGNABLE_ROLES, ROLES, type AssignableRole, type Role } from '../../access/principal';
import { FieldHint } from '../../common/errors/validation';
import { RoleAssignmentDto } from '../../roles/dto/role-assignment.dto';

export class PeopleQueryDto {
  @ApiPropertyOptional({ description: 'Part of an email address or a name (kanji or kana).' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MaxLength(100)
  @FieldHint('検索語は100文字以内で入力してください。', 'Keep the search under 100 characters.')
  q?: string;

  @ApiPropertyOptional({ enum: ROLES, enumName: 'Role' })
  @IsOptional()
  @IsIn(ROLES)
  @FieldHint('役割の指定が正しくありません。', 'role is not a known role.')
  role?: Role;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000)
  @FieldHint('ページ番号は1以上の整数で指定してください。', 'page must be a whole number from 1.')
  page?: number;
}

export class PersonSummaryDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'email' })
  email: string;

  @ApiProperty()
  emailVerified: boolean;

  @ApiProperty()
  familyName: string;

  @ApiProperty()
  givenName: string;

  @ApiProperty()
  familyNameKana: string;

  @ApiProperty()
  givenNameKana: string;

  @ApiProperty({ enum: ASSIGNABLE_ROLES, enumName: 'AssignableRole', isArray: true })
  roles: AssignableRole[];

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

export class PeoplePageDto {
  @ApiProperty({ type: [PersonSummaryDto] })
  items: PersonSummaryDto[];

  @ApiProperty({ type: 'integer' })
  total: number;

  @ApiProperty({ type: 'integer' })
  page: number;

  @ApiProperty({ type: 'integer' })
  pageSize: number;
}

export class PersonDetailDto extends PersonSummaryDto {
  @ApiProperty({ type: 'integer', nullable: true })
  birthYear: number | null;

  @ApiProperty()
  phone: string;

  @ApiProperty({ enum: ['live', 'work', 'study'], isArray: true })
  tsukubaRelations: ('live' | 'work' | 'study')[];

  @ApiProperty({ enum: ['ja', 'en'] })
  preferredLanguage: 'ja' | 'en';

  @ApiProperty({ type: [RoleAssignmentDto] })
  roleAssignments: RoleAssignmentDto[];
}
