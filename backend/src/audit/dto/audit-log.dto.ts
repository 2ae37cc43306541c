import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { FieldHint } from '../../common/errors/validation';
import { AUDIT_ACTIONS, type AuditAction } from '../audit-action';

export class AuditLogQueryDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000)
  @FieldHint('ページ番号は1以上の整数で指定してください。', 'page must be a whole number from 1.')
  page?: number;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only entries about this person.' })
  @IsOptional()
  @IsUUID()
  @FieldHint('利用者IDの形式が正しくありません。', 'subjectUserId must be a UUID.')
  subjectUserId?: string;
}

export class AuditPersonDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  familyName: string;

  @ApiProperty()
  givenName: string;

  @ApiProperty({ type: String, nullable: true, description: 'null once the account is deleted' })
  email: string | null;

  @ApiProperty()
  deleted: boolean;
}

export class AuditEntryDto {
  @ApiProperty()
  id: string;

  @ApiProperty({ format: 'date-time' })
  occurredAt: string;

  @ApiProperty({ enum: AUDIT_ACTIONS, enumName: 'AuditAction' })
  action: AuditAction;

  @ApiProperty({ type: AuditPersonDto, nullable: true })
  actor: AuditPersonDto | null;

  @ApiProperty({ type: AuditPersonDto, nullable: true })
  subject: AuditPersonDto | null;

  @ApiProperty({ type: String, nullable: true })
  targetType: string | null;

  @ApiProperty({ type: String, nullable: true })
  targetId: string | null;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'Ids, codes and counts only: never personal values.',
  })
  details: Record<string, unknown>;
}

export class AuditLogPageDto {
  @ApiProperty({ type: [AuditEntryDto] })
  items: AuditEntryDto[];

  @ApiProperty({ type: 'integer' })
  total: number;

  @ApiProperty({ type: 'integer' })
  page: number;

  @ApiProperty({ type: 'integer' })
  pageSize: number;
}
