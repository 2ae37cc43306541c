import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDateString,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { FieldHint } from '../../common/errors/validation';
import {
  MAX_DATE_OPTIONS,
  PLACE_KINDS,
  type PlaceKind,
  REQUEST_STATUSES,
  REQUESTER_KINDS,
  type RequesterKind,
  type RequestStatus,
} from '../instructor-reference';
import { InstructorCardDto } from './public-instructor.dto';

export class DateOptionDto {
  @ApiProperty({ format: 'date-time', example: '2027-01-23T10:00:00+09:00' })
  @IsDateString({ strict: true })
  @FieldHint('開始日時を入力してください。', 'Enter the start date and time.')
  startsAt: string;

  @ApiProperty({ format: 'date-time', example: '2027-01-23T12:00:00+09:00' })
  @IsDateString({ strict: true })
  @FieldHint('終了日時を入力してください。', 'Enter the end date and time.')
  endsAt: string;
}

/** A request (講師依頼 / 派遣依頼) from an organiser or from a citizen for a group. */
export class CreateInstructorRequestDto {
  @ApiProperty({ enum: REQUESTER_KINDS })
  @IsIn(REQUESTER_KINDS)
  @FieldHint('依頼元（主催団体か市民団体か）を選んでください。', 'Choose who is requesting.')
  requesterKind: RequesterKind;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'Organisers: one of their organisations.',
  })
  @IsOptional()
  @IsUUID()
  @FieldHint('主催団体を選んでください。', 'Choose the organisation.')
  organisationId?: string | null;

  @ApiProperty({ description: 'Groups: PTA, 町内会, サークル… ("" for organisers).' })
  @IsString()
  @MaxLength(100)
  @FieldHint(
    '団体名は100文字以内で入力してください。',
    'The group name can be up to 100 characters.',
  )
  groupName: string;

  @ApiProperty({ example: '地域の親子向け星空観察会の講師' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @FieldHint(
    '依頼の目的を200文字以内で入力してください。',
    'Enter the purpose (up to 200 characters).',
  )
  purpose: string;

  @ApiProperty({ example: '小学生とその保護者' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @FieldHint(
    '対象者を200文字以内で入力してください。',
    'Enter the audience (up to 200 characters).',
  )
  audience: string;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 1000 })
  @IsInt()
  @Min(1)
  @Max(1000)
  @FieldHint('予定人数は1〜1000人で入力してください。', 'Expected participants: 1 to 1000.')
  expectedParticipants: number;

  @ApiProperty({ type: [DateOptionDto], minItems: 1, maxItems: MAX_DATE_OPTIONS })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_DATE_OPTIONS)
  @ValidateNested({ each: true })
  @Type(() => DateOptionDto)
  @FieldHint('候補日は1〜3つ入力してください。', 'Give one to three date options.')
  dateOptions: DateOptionDto[];

  @ApiProperty({ enum: PLACE_KINDS })
  @IsIn(PLACE_KINDS)
  @FieldHint('会場の種類を選んでください。', 'Choose the kind of place.')
  placeKind: PlaceKind;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'placeKind=facility.',
  })
  @IsOptional()
  @IsUUID()
  @FieldHint('会場の施設を選んでください。', 'Choose the facility.')
  facilityId?: string | null;

  @ApiProperty({ description: 'Room, or the address of another place.' })
  @IsString()
  @MaxLength(200)
  @FieldHint('会場は200文字以内で入力してください。', 'The place can be up to 200 characters.')
  placeDetail: string;

  @ApiPropertyOptional({ type: 'integer', nullable: true, description: 'Yen per session offered.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1000000)
  @FieldHint('謝礼は0〜1,000,000円で入力してください。', 'The fee is 0 to 1,000,000 yen.')
  feeOfferedYen?: number | null;

  @ApiProperty({ description: 'Fee and transport in words.' })
  @IsString()
  @MaxLength(300)
  @FieldHint('謝礼の説明は300文字以内で入力してください。', 'Up to 300 characters.')
  feeNote: string;

  @ApiProperty()
  @IsString()
  @MaxLength(2000)
  @FieldHint(
    'メッセージは2000文字以内で入力してください。',
    'The message can be up to 2000 characters.',
  )
  message: string;
}

export class RequestMessageInputDto {
  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  @FieldHint(
    'メッセージを2000文字以内で入力してください。',
    'Enter a message (up to 2000 characters).',
  )
  body: string;
}

export class AcceptRequestDto {
  @ApiProperty({ type: 'integer', minimum: 0, maximum: MAX_DATE_OPTIONS - 1 })
  @IsInt()
  @Min(0)
  @Max(MAX_DATE_OPTIONS - 1)
  @FieldHint('候補日の中から選んでください。', 'Choose one of the date options.')
  optionIndex: number;
}

export class DeclineRequestDto {
  @ApiProperty()
  @IsString()
  @MaxLength(1000)
  @FieldHint('理由は1000文字以内で入力してください。', 'The reason can be up to 1000 characters.')
  reason: string;
}

export class ReportRequestDto {
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 10000 })
  @IsInt()
  @Min(0)
  @Max(10000)
  @FieldHint('参加者数は0以上の数で入力してください。', 'Attendees: 0 or more.')
  attendees: number;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 5 })
  @IsInt()
  @Min(1)
  @Max(5)
  @FieldHint('評価は1〜5で選んでください。', 'Rate from 1 to 5.')
  rating: number;

  @ApiProperty()
  @IsString()
  @MaxLength(2000)
  @FieldHint('感想は2000文字以内で入力してください。', 'Up to 2000 characters.')
  comment: string;
}

export class RequestListQueryDto {
  @ApiPropertyOptional({ enum: ['sent', 'received'], description: 'Default: both.' })
  @IsOptional()
  @IsIn(['sent', 'received'])
  @FieldHint('role は sent か received です。', 'role must be sent or received.')
  role?: 'sent' | 'received';
}

export class RequestOptionDto {
  @ApiProperty({ type: 'integer' })
  index: number;

  @ApiProperty({ format: 'date-time' })
  startsAt: string;

  @ApiProperty({ format: 'date-time' })
  endsAt: string;
}

export class RequestSummaryDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: REQUEST_STATUSES })
  status: RequestStatus;

  @ApiProperty({ enum: ['sent', 'received'], description: 'The caller’s side.' })
  role: 'sent' | 'received';

  @ApiProperty({ type: InstructorCardDto })
  instructor: InstructorCardDto;

  @ApiProperty({ enum: REQUESTER_KINDS })
  requesterKind: RequesterKind;

  @ApiProperty({ description: 'The organisation’s or the group’s name.' })
  requesterName: string;

  @ApiProperty()
  purpose: string;

  @ApiProperty({ type: [RequestOptionDto] })
  dateOptions: RequestOptionDto[];

  @ApiProperty({ type: RequestOptionDto, nullable: true })
  acceptedOption: RequestOptionDto | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

export class RequestMessageDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: ['requester', 'instructor'] })
  from: 'requester' | 'instructor';

  @ApiProperty()
  mine: boolean;

  @ApiProperty()
  body: string;

  @ApiProperty({ format: 'date-time' })
  at: string;
}

/** The other party's contact details: only after acceptance, only to the two parties. */
export class RequestContactDto {
  @ApiProperty()
  name: string;

  @ApiProperty()
  email: string;

  @ApiProperty({ description: '"" when none is on the account.' })
  phone: string;
}

export class RequestReportDto {
  @ApiProperty({ type: 'integer' })
  attendees: number;

  @ApiProperty({ type: 'integer' })
  rating: number;

  @ApiProperty()
  comment: string;

  @ApiProperty({ format: 'date-time' })
  reportedAt: string;
}

export class RequestAllowedDto {
  @ApiProperty() accept: boolean;
  @ApiProperty() decline: boolean;
  @ApiProperty() cancel: boolean;
  @ApiProperty() message: boolean;
  @ApiProperty() report: boolean;
}

export class RequestDetailDto extends RequestSummaryDto {
  @ApiProperty()
  audience: string;

  @ApiProperty({ type: 'integer' })
  expectedParticipants: number;

  @ApiProperty({ enum: PLACE_KINDS })
  placeKind: PlaceKind;

  @ApiProperty({ nullable: true, type: String, description: 'The facility’s name.' })
  facilityName: string | null;

  @ApiProperty()
  placeDetail: string;

  @ApiProperty({ type: 'integer', nullable: true })
  feeOfferedYen: number | null;

  @ApiProperty()
  feeNote: string;

  @ApiProperty()
  message: string;

  @ApiProperty({ description: 'Why the instructor declined ("" otherwise).' })
  declineReason: string;

  @ApiProperty({ type: [RequestMessageDto] })
  messages: RequestMessageDto[];

  @ApiProperty({
    type: RequestContactDto,
    nullable: true,
    description: 'The other party’s contact details; null until the request is accepted.',
  })
  counterpartContact: RequestContactDto | null;

  @ApiProperty({ type: RequestReportDto, nullable: true })
  report: RequestReportDto | null;

  @ApiProperty({ type: RequestAllowedDto })
  allowed: RequestAllowedDto;

  @ApiProperty({ type: 'integer', description: 'The city’s lead time in days.' })
  leadDays: number;
}

export class PhotoDto {
  @ApiProperty({ example: '/api/instructors/0b6f…/photo?v=3f2a9c01b2d4' })
  photoUrl: string;
}
