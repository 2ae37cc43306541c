import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { FieldHint } from '../../common/errors/validation';
import { CATEGORIES, type Category } from '../../reference/reference-data';
import { TSUKUBA_RELATIONS, type TsukubaRelation } from '../../accounts/dto/me.dto';
import {
  DECISION_ACTIONS,
  type DecisionAction,
  PROFILE_EVENT_KINDS,
  PROFILE_KINDS,
  PROFILE_STATUSES,
  type ProfileEventKind,
  type ProfileKind,
  type ProfileStatus,
} from '../instructor-reference';
import { ProfileContentDto } from './profile-content.dto';

export class BilingualTextDto {
  @ApiProperty()
  ja: string;

  @ApiProperty()
  en: string;
}

/** One step in a profile's history: the applicant's and the reviewers'. */
export class ProfileEventDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: PROFILE_EVENT_KINDS })
  kind: ProfileEventKind;

  @ApiProperty({ enum: PROFILE_STATUSES, nullable: true, type: String })
  fromStatus: ProfileStatus | null;

  @ApiProperty({ enum: PROFILE_STATUSES })
  toStatus: ProfileStatus;

  @ApiProperty({ description: 'The reviewer’s comment to the applicant ("" when none).' })
  comment: string;

  @ApiProperty({ description: 'Taken by a reviewer (not the applicant or the system).' })
  byReviewer: boolean;

  @ApiProperty({ type: 'integer', nullable: true, description: 'The submission decided on.' })
  submissionNumber: number | null;

  @ApiProperty({ format: 'date-time' })
  at: string;
}

/** Whether the person may apply, judged from their account (birth year and Tsukuba relation). */
export class EligibilityDto {
  @ApiProperty()
  eligible: boolean;

  @ApiProperty({ type: [BilingualTextDto], description: 'Why not, when not.' })
  reasons: BilingualTextDto[];
}

/** The applicant's own profile: the working copy, what is live, status and history. */
export class MyInstructorProfileDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: PROFILE_STATUSES })
  status: ProfileStatus;

  @ApiProperty({ type: 'integer', description: 'Changes with every save and decision.' })
  version: number;

  @ApiProperty({
    type: ProfileContentDto,
    description: 'The working copy (draft or pending edit).',
  })
  content: ProfileContentDto;

  @ApiProperty({
    type: ProfileContentDto,
    nullable: true,
    description: 'What the directory shows (the last approved version), when registered.',
  })
  approvedContent: ProfileContentDto | null;

  @ApiProperty({ description: 'The working copy differs from the approved version.' })
  hasUnsubmittedChanges: boolean;

  @ApiProperty({ description: 'Shown in the public directory now.' })
  listed: boolean;

  @ApiProperty({ nullable: true, type: String, example: 'TKB-2026-0042' })
  registrationNumber: string | null;

  @ApiProperty({ nullable: true, type: String, format: 'date', description: 'Last valid day.' })
  validUntil: string | null;

  @ApiProperty({ description: 'May renew now ("nothing has changed").' })
  renewable: boolean;

  @ApiProperty({ nullable: true, type: String, description: 'The photo (any visibility).' })
  photoUrl: string | null;

  @ApiProperty({ description: 'The latest reviewer comment ("" when none).' })
  reviewerComment: string;

  @ApiProperty({ type: EligibilityDto })
  eligibility: EligibilityDto;

  @ApiProperty({ type: [ProfileEventDto] })
  history: ProfileEventDto[];
}

export class AttendedCourseDto {
  @ApiProperty({ format: 'uuid' })
  courseId: string;

  @ApiProperty()
  titleJa: string;

  @ApiProperty()
  titleEn: string;

  @ApiProperty({ type: 'integer', description: 'Japan year of the last session attended.' })
  year: number;

  @ApiProperty({ type: 'integer' })
  sessionsAttended: number;
}

export class StatusCountsDto {
  @ApiProperty({ type: 'integer' }) draft: number;
  @ApiProperty({ type: 'integer' }) submitted: number;
  @ApiProperty({ type: 'integer' }) returned: number;
  @ApiProperty({ type: 'integer' }) registered: number;
  @ApiProperty({ type: 'integer' }) declined: number;
  @ApiProperty({ type: 'integer' }) withdrawn: number;
  @ApiProperty({ type: 'integer' }) suspended: number;
  @ApiProperty({ type: 'integer' }) expired: number;
}

export class ReviewQueueItemDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: PROFILE_KINDS })
  kind: ProfileKind;

  @ApiProperty()
  displayName: string;

  @ApiProperty({ enum: PROFILE_STATUSES })
  status: ProfileStatus;

  @ApiProperty({ enum: CATEGORIES, isArray: true })
  fields: Category[];

  @ApiProperty({ description: 'An edit of a registered profile (it stays listed meanwhile).' })
  isEdit: boolean;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  submittedAt: string | null;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;

  @ApiProperty({ nullable: true, type: String })
  registrationNumber: string | null;

  @ApiProperty({ nullable: true, type: String, format: 'date' })
  validUntil: string | null;
}

/** The bank's figures for the city: requests of this fiscal year and what their reports say. */
export class RequestFiguresDto {
  @ApiProperty({ type: 'integer', example: 2026 })
  fiscalYear: number;

  @ApiProperty({ type: 'integer', description: 'Requests sent this fiscal year.' })
  requests: number;

  @ApiProperty({ type: 'integer', description: 'Of those, accepted (reported ones included).' })
  accepted: number;

  @ApiProperty({ type: 'integer', description: 'With a report (実施報告).' })
  reported: number;

  @ApiProperty({ type: 'integer', description: 'People who came, summed over the reports.' })
  attendees: number;

  @ApiProperty({ type: 'number', nullable: true, description: 'Mean rating 1–5 (one decimal).' })
  averageRating: number | null;
}

export class ReviewQueueDto {
  @ApiProperty({ type: [ReviewQueueItemDto] })
  items: ReviewQueueItemDto[];

  @ApiProperty({ type: 'integer' })
  total: number;

  @ApiProperty({ type: 'integer' })
  page: number;

  @ApiProperty({ type: 'integer' })
  pageSize: number;

  @ApiProperty({ type: StatusCountsDto, description: 'Profiles per status (drafts included).' })
  counts: StatusCountsDto;

  @ApiProperty({ type: RequestFiguresDto })
  figures: RequestFiguresDto;
}

export class ReviewQueueQueryDto {
  @ApiPropertyOptional({ enum: PROFILE_STATUSES, description: 'Default: submitted.' })
  @IsOptional()
  @IsIn(PROFILE_STATUSES)
  @FieldHint('状態の指定が正しくありません。', 'status is not a known status.')
  status?: ProfileStatus;

  @ApiPropertyOptional({ maxLength: 100, description: 'Name, kana, title or registration number.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @FieldHint('検索語は100文字以内で入力してください。', 'Up to 100 characters.')
  q?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @FieldHint('ページは1以上の整数です。', 'page must be a whole number of 1 or more.')
  page?: number;
}

/** The applicant as the reviewer needs them: who they are and why they may apply. */
export class ApplicantDto {
  @ApiProperty({ format: 'uuid' })
  userId: string;

  @ApiProperty()
  name: string;

  @ApiProperty()
  email: string;

  @ApiProperty({ type: 'integer', nullable: true })
  birthYear: number | null;

  @ApiProperty({ enum: TSUKUBA_RELATIONS, isArray: true })
  tsukubaRelations: TsukubaRelation[];

  @ApiProperty({ type: EligibilityDto })
  eligibility: EligibilityDto;
}

export class ReviewProfileDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: PROFILE_STATUSES })
  status: ProfileStatus;

  @ApiProperty({ type: 'integer', description: 'Send it back as expectedVersion.' })
  version: number;

  @ApiProperty({ type: ProfileContentDto, description: 'The submitted (or current) content.' })
  content: ProfileContentDto;

  @ApiProperty({
    type: ProfileContentDto,
    nullable: true,
    description: 'The last registered version, to compare with.',
  })
  approvedContent: ProfileContentDto | null;

  @ApiProperty({
    type: [String],
    description: 'Fields of `content` that differ from `approvedContent` (all when none).',
  })
  changedFields: string[];

  @ApiProperty({ type: 'integer', nullable: true, description: 'The submission under review.' })
  submissionNumber: number | null;

  @ApiProperty({ nullable: true, type: String })
  registrationNumber: string | null;

  @ApiProperty({ nullable: true, type: String, format: 'date' })
  validUntil: string | null;

  @ApiProperty({ nullable: true, type: String })
  photoUrl: string | null;

  @ApiProperty({ type: ApplicantDto })
  applicant: ApplicantDto;

  @ApiProperty({ enum: DECISION_ACTIONS, isArray: true, description: 'What may be decided now.' })
  allowedActions: DecisionAction[];

  @ApiProperty({ type: [ProfileEventDto] })
  history: ProfileEventDto[];
}

export class DecisionInputDto {
  @ApiProperty({ enum: DECISION_ACTIONS })
  @IsIn(DECISION_ACTIONS)
  @FieldHint('判断を選んでください。', 'Choose a decision.')
  action: DecisionAction;

  @ApiProperty({ description: 'To the applicant; required for return, decline and suspend.' })
  @IsString()
  @MaxLength(2000)
  @FieldHint(
    'コメントは2000文字以内で入力してください。',
    'The comment can be up to 2000 characters.',
  )
  comment: string;

  @ApiProperty({ type: 'integer', description: 'The version the reviewer looked at.' })
  @IsInt()
  @Min(1)
  @FieldHint('版数の指定が正しくありません。', 'expectedVersion must be a whole number.')
  expectedVersion: number;
}

export class InstructorSettingsDto {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 90, example: 14 })
  @IsInt()
  @Min(1)
  @Max(90)
  @Type(() => Number)
  @FieldHint('依頼の受付期限は1〜90日で入力してください。', 'The lead time is 1 to 90 days.')
  requestLeadDays: number;
}
