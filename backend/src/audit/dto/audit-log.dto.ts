import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Max,
  Min,
  Validate,
  type ValidationArguments,
  ValidatorConstraint,
  type ValidatorConstraintInterface,
} from 'class-validator';
import { LabelDto } from '../../bookings/dto/booking.dto';
import { FieldHint } from '../../common/errors/validation';
import { IsCalendarDate } from '../../courses/dto/is-calendar-date';
import { AUDIT_ACTIONS, type AuditAction } from '../audit-action';

/** A date range's end is not before its start (both YYYY-MM-DD, so text order is date order). */
@ValidatorConstraint({ name: 'notBeforeFrom' })
class NotBeforeFrom implements ValidatorConstraintInterface {
  validate(value: unknown, args: ValidationArguments): boolean {
    const from = (args.object as { from?: unknown }).from;
    return typeof from !== 'string' || typeof value !== 'string' || value >= from;
  }
}

/** The filters the log and its CSV export share (all optional, combined with AND). */
export class AuditLogFilterDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only entries about this person.' })
  @IsOptional()
  @IsUUID()
  @FieldHint('利用者IDの形式が正しくありません。', 'subjectUserId must be a UUID.')
  subjectUserId?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Only entries this person did or that concern them (actor or subject).',
  })
  @IsOptional()
  @IsUUID()
  @FieldHint('人の指定の形式が正しくありません。', 'personUserId must be a UUID.')
  personUserId?: string;

  @ApiPropertyOptional({ enum: AUDIT_ACTIONS, enumName: 'AuditAction' })
  @IsOptional()
  @IsIn(AUDIT_ACTIONS)
  @FieldHint('操作の種類が正しくありません。', 'action must be one of the recorded actions.')
  action?: AuditAction;

  @ApiPropertyOptional({ example: '2026-12-01', description: 'First Japan day, inclusive.' })
  @IsOptional()
  @Validate(IsCalendarDate)
  @FieldHint(
    '開始日は 2026-12-01 の形式の日付で入力してください。',
    'from must be a date such as 2026-12-01.',
  )
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-31', description: 'Last Japan day, inclusive.' })
  @IsOptional()
  @Validate(IsCalendarDate)
  @Validate(NotBeforeFrom)
  @FieldHint(
    '終了日は 2026-12-31 の形式の日付で、開始日以降にしてください。',
    'to must be a date such as 2026-12-31, not before from.',
  )
  to?: string;
}

/** The CSV's filters and, for a plain download link, the language of its words. */
export class AuditLogCsvQueryDto extends AuditLogFilterDto {
  @ApiPropertyOptional({
    enum: ['ja', 'en'],
    description: 'Overrides Accept-Language (a download link cannot set headers).',
  })
  @IsOptional()
  @IsIn(['ja', 'en'])
  @FieldHint('言語は ja か en で指定してください。', 'lang must be ja or en.')
  lang?: 'ja' | 'en';
}

export class AuditLogQueryDto extends AuditLogFilterDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000)
  @FieldHint('ページ番号は1以上の整数で指定してください。', 'page must be a whole number from 1.')
  page?: number;
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

  @ApiProperty({ type: LabelDto, description: 'What the action means, in both languages.' })
  actionLabel: LabelDto;

  @ApiProperty({ type: AuditPersonDto, nullable: true })
  actor: AuditPersonDto | null;

  @ApiProperty({ type: AuditPersonDto, nullable: true })
  subject: AuditPersonDto | null;

  @ApiProperty({ type: String, nullable: true })
  targetType: string | null;

  @ApiProperty({ type: String, nullable: true })
  targetId: string | null;

  @ApiProperty({
    type: LabelDto,
    nullable: true,
    description:
      'The object by name (a course and its session date, a facility, a role and where it ' +
      'applies); null when there is none or it no longer exists.',
  })
  targetName: LabelDto | null;

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

/** One action the log may hold, named, for the console's filter. */
export class AuditActionOptionDto {
  @ApiProperty({ enum: AUDIT_ACTIONS, enumName: 'AuditAction' })
  code: AuditAction;

  @ApiProperty({ type: LabelDto })
  label: LabelDto;
}
