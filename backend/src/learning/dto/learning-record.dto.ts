import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { FieldHint } from '../../common/errors/validation';
import { LIFE_STAGES, PILLARS, type LifeStage, type Pillar } from '../../reference/reference-data';

/** `self`, or the id of a family member on the caller's account. */
const PERSON_KEY = /^(self|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

export class LearningRecordQueryDto {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 2000,
    maximum: 2100,
    description:
      'The fiscal year (April–March in Japan), named by the year it begins in. Default: this one.',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  @FieldHint(
    '年度は2000〜2100の整数（例: 2026）で指定してください。',
    'fiscalYear must be a whole number from 2000 to 2100, such as 2026.',
  )
  fiscalYear?: number;

  @ApiPropertyOptional({
    description: '`self`, or a family member’s id: only that person’s record. Default: everyone.',
    example: 'self',
  })
  @IsOptional()
  @Matches(PERSON_KEY)
  @FieldHint(
    '対象者は self または家族のIDで指定してください。',
    'person must be self or the id of a family member.',
  )
  person?: string;
}

export class LearningPersonDto {
  @ApiProperty({
    description: '`self`, or the family member’s id (the value of the `person` query).',
  })
  key: string;

  @ApiProperty({ enum: ['self', 'family_member'] })
  kind: 'self' | 'family_member';

  @ApiProperty({ description: 'The name on the account, or the family member’s name.' })
  name: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'For a family member: child, partner, parent, … (as on the family page).',
  })
  relationship: string | null;
}

export class LearningFiguresDto {
  @ApiProperty({ type: 'integer', description: 'Courses completed (修了) in the year.' })
  coursesCompleted: number;

  @ApiProperty({
    type: 'integer',
    description: 'Courses with at least one session attended in the year (completed included).',
  })
  coursesAttended: number;

  @ApiProperty({ type: 'integer', description: 'Sessions attended (present or late).' })
  sessionsAttended: number;

  @ApiProperty({ type: 'integer', description: 'Scheduled minutes of the sessions attended.' })
  minutes: number;
}

export class LearningByPillarDto extends LearningFiguresDto {
  @ApiProperty({ enum: PILLARS, enumName: 'Pillar', type: 'integer' })
  pillar: Pillar;
}

export class LearningByLifeStageDto extends LearningFiguresDto {
  @ApiProperty({ enum: LIFE_STAGES, enumName: 'LifeStage' })
  lifeStage: LifeStage;
}

export const LEARNING_OUTCOMES = ['completed', 'attended'] as const;
export type LearningOutcome = (typeof LEARNING_OUTCOMES)[number];

export class LearnedCertificateDto {
  @ApiProperty({ example: 'TSU-2026-7KQM-3XPA' })
  number: string;

  @ApiProperty({ enum: ['valid', 'revoked'] })
  status: 'valid' | 'revoked';
}

export class LearnedCourseDto {
  @ApiProperty({ format: 'uuid' })
  courseId: string;

  @ApiProperty()
  titleJa: string;

  @ApiProperty()
  titleEn: string;

  @ApiProperty()
  organisationNameJa: string;

  @ApiProperty()
  organisationNameEn: string;

  @ApiProperty({ enum: PILLARS, enumName: 'Pillar', type: 'integer' })
  pillar: Pillar;

  @ApiProperty({ enum: LIFE_STAGES, enumName: 'LifeStage', isArray: true })
  lifeStages: LifeStage[];

  @ApiProperty({ format: 'date', description: 'First session attended in the year (Japan date).' })
  firstDate: string;

  @ApiProperty({ format: 'date', description: 'Last session attended in the year (Japan date).' })
  lastDate: string;

  @ApiProperty({ type: 'integer', description: 'Sessions attended in the year.' })
  sessionsAttended: number;

  @ApiProperty({ type: 'integer', description: 'Sessions the course held (not cancelled).' })
  sessionsHeld: number;

  @ApiProperty({ type: 'integer' })
  minutes: number;

  @ApiProperty({ enum: LEARNING_OUTCOMES, enumName: 'LearningOutcome' })
  outcome: LearningOutcome;

  @ApiProperty({
    type: LearnedCertificateDto,
    nullable: true,
    description:
      'The certificate (修了証) of this completion: the valid one, else the latest revoked; its PDF, badge and share settings are under /api/me/certificates/:number.',
  })
  certificate: LearnedCertificateDto | null;
}

export class PersonLearningRecordDto {
  @ApiProperty({ type: LearningPersonDto })
  person: LearningPersonDto;

  @ApiProperty({ type: LearningFiguresDto })
  totals: LearningFiguresDto;

  @ApiProperty({
    type: [LearningByPillarDto],
    description: 'Every pillar, in order (zeros included).',
  })
  byPillar: LearningByPillarDto[];

  @ApiProperty({
    type: [LearningByLifeStageDto],
    description:
      'Every life stage, in order; a course of several life stages counts under each of them.',
  })
  byLifeStage: LearningByLifeStageDto[];

  @ApiProperty({ type: [LearnedCourseDto], description: 'Newest first.' })
  courses: LearnedCourseDto[];
}

export class LearningRecordDto {
  @ApiProperty({ type: 'integer' })
  fiscalYear: number;

  @ApiProperty({
    type: 'integer',
    isArray: true,
    description: 'Fiscal years in which anyone on the account attended a session, newest first.',
  })
  fiscalYears: number[];

  @ApiProperty({ type: LearningFiguresDto, description: 'Everyone on the account together.' })
  totals: LearningFiguresDto;

  @ApiProperty({
    type: [PersonLearningRecordDto],
    description: 'The account holder first, then each family member (also without records).',
  })
  people: PersonLearningRecordDto[];
}

/** One course of one person in one fiscal year, for the personal data export. */
export class ExportedLearnedCourseDto extends LearnedCourseDto {
  @ApiProperty({ type: 'integer' })
  fiscalYear: number;

  @ApiProperty({ type: LearningPersonDto })
  person: LearningPersonDto;
}
