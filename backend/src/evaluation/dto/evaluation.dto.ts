import { ApiProperty } from '@nestjs/swagger';
import { LabelDto } from '../../bookings/dto/booking.dto';
import {
  FIGURE_DIMENSIONS,
  FIGURE_KEYS,
  PARTICIPANT_AGE_BANDS,
  PARTICIPANT_RELATIONS,
  type FigureDimension,
  type FigureKey,
  type FigureUnit,
  type ParticipantAgeBand,
  type ParticipantRelation,
} from '../figure-definitions';
import { FigureFiltersDto } from './evaluation-query.dto';
import { IndicatorDto } from './indicator.dto';

export class FigureValueDto {
  @ApiProperty({ enum: FIGURE_KEYS, enumName: 'FigureKey' })
  key: FigureKey;

  @ApiProperty({ type: LabelDto })
  name: LabelDto;

  @ApiProperty({ enum: ['count', 'percent', 'ratio'], enumName: 'FigureUnit' })
  unit: FigureUnit;

  @ApiProperty({ type: LabelDto, description: 'What is counted and what is not.' })
  definition: LabelDto;

  @ApiProperty({
    type: Number,
    nullable: true,
    description:
      'A count; a percentage 0–100 (one decimal); a ratio (two decimals). null: nothing to divide by, or not applicable under the filters.',
  })
  value: number | null;

  @ApiProperty({ type: Number, nullable: true })
  numerator: number | null;

  @ApiProperty({ type: Number, nullable: true })
  denominator: number | null;

  @ApiProperty({ description: 'false: the figure does not break down by a filter chosen.' })
  applicable: boolean;
}

export class AgeBandCountDto {
  @ApiProperty({ enum: PARTICIPANT_AGE_BANDS, enumName: 'ParticipantAgeBand' })
  band: ParticipantAgeBand;

  @ApiProperty({ type: LabelDto })
  label: LabelDto;

  @ApiProperty({ type: 'integer' })
  count: number;
}

export class RelationCountDto {
  @ApiProperty({ enum: PARTICIPANT_RELATIONS, enumName: 'ParticipantRelation' })
  relation: ParticipantRelation;

  @ApiProperty({ type: LabelDto })
  label: LabelDto;

  @ApiProperty({ type: 'integer' })
  count: number;
}

export class ParticipantProfileDto {
  @ApiProperty({ type: [AgeBandCountDto] })
  byAgeBand: AgeBandCountDto[];

  @ApiProperty({ type: [RelationCountDto] })
  byRelation: RelationCountDto[];

  @ApiProperty({ type: LabelDto })
  definition: LabelDto;
}

export class FiscalYearFiguresDto {
  @ApiProperty({ type: 'integer' })
  fiscalYear: number;

  @ApiProperty({ type: FigureFiltersDto })
  filters: FigureFiltersDto;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'The instant the summary was computed as of (null: never yet).',
  })
  asOf: string | null;

  @ApiProperty({ type: [FigureValueDto] })
  figures: FigureValueDto[];

  @ApiProperty({ type: ParticipantProfileDto })
  participants: ParticipantProfileDto;
}

export class BreakdownGroupDto {
  @ApiProperty({ description: 'The value: an id, a pillar 1–5, a code or a month 1–12.' })
  key: string;

  @ApiProperty({ type: LabelDto })
  label: LabelDto;

  @ApiProperty({ type: [FigureValueDto] })
  figures: FigureValueDto[];
}

export class BreakdownDto {
  @ApiProperty({ type: 'integer' })
  fiscalYear: number;

  @ApiProperty({ enum: FIGURE_DIMENSIONS, enumName: 'FigureDimension' })
  by: FigureDimension;

  @ApiProperty({ type: [BreakdownGroupDto] })
  groups: BreakdownGroupDto[];
}

export class TrendYearDto {
  @ApiProperty({ type: 'integer' })
  fiscalYear: number;

  @ApiProperty({
    description:
      'Whether the system has any course held in the year. A year without (before tsumugu was used, or not begun) is shown as “no data”, not as zeros.',
  })
  hasData: boolean;

  @ApiProperty({ type: [FigureValueDto] })
  figures: FigureValueDto[];
}

export class RoomUseDto {
  @ApiProperty({ format: 'uuid' })
  facilityId: string;

  @ApiProperty({ type: LabelDto })
  name: LabelDto;

  @ApiProperty({ type: 'integer' })
  rooms: number;

  @ApiProperty({ description: 'Opening hours of all rooms on the days open.' })
  openHours: number;

  @ApiProperty()
  courseHours: number;

  @ApiProperty()
  hireHours: number;

  @ApiProperty({ type: Number, nullable: true, description: 'Percent, one decimal.' })
  rate: number | null;
}

export class EvaluationCourseDto {
  @ApiProperty({ format: 'uuid' })
  courseId: string;

  @ApiProperty()
  titleJa: string;

  @ApiProperty()
  titleEn: string;

  @ApiProperty({ type: LabelDto })
  organisation: LabelDto;

  @ApiProperty({ description: 'The Japan date of its first session held.' })
  firstDate: string;

  @ApiProperty({ type: 'integer' })
  pillar: number;

  @ApiProperty({ type: 'integer' })
  sessionsHeld: number;

  @ApiProperty({ type: 'integer' })
  seatsOffered: number;

  @ApiProperty({ type: 'integer' })
  applicants: number;

  @ApiProperty({ type: 'integer' })
  enrolled: number;

  @ApiProperty({ type: 'integer' })
  participants: number;

  @ApiProperty({ type: Number, nullable: true })
  fillRate: number | null;

  @ApiProperty({ type: Number, nullable: true })
  attendanceRate: number | null;

  @ApiProperty({ type: Number, nullable: true })
  satisfactionRate: number | null;
}

export class EvaluationCoursesDto {
  @ApiProperty({ type: 'integer' })
  fiscalYear: number;

  @ApiProperty({
    type: 'integer',
    description: 'All the courses matching (the list stops at 200).',
  })
  total: number;

  @ApiProperty({ type: [EvaluationCourseDto] })
  courses: EvaluationCourseDto[];
}

export class DashboardDto {
  @ApiProperty({ type: 'integer' })
  fiscalYear: number;

  @ApiProperty({ type: 'integer', description: 'The fiscal year of today in Japan.' })
  currentFiscalYear: number;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  asOf: string | null;

  @ApiProperty({ type: [FigureValueDto] })
  figures: FigureValueDto[];

  @ApiProperty({ type: [TrendYearDto], description: 'The five fiscal years up to this one.' })
  trend: TrendYearDto[];

  @ApiProperty({ type: [BreakdownGroupDto] })
  byPillar: BreakdownGroupDto[];

  @ApiProperty({ type: [BreakdownGroupDto] })
  byLifeStage: BreakdownGroupDto[];

  @ApiProperty({ type: ParticipantProfileDto })
  participants: ParticipantProfileDto;

  @ApiProperty({ type: [RoomUseDto], description: 'Community centres only.' })
  roomUse: RoomUseDto[];

  @ApiProperty({ type: [IndicatorDto] })
  indicators: IndicatorDto[];
}

export class RefreshResultDto {
  @ApiProperty({ type: 'integer' })
  courses: number;

  @ApiProperty({ type: 'integer' })
  participations: number;

  @ApiProperty({ type: 'integer' })
  roomUseRows: number;

  @ApiProperty({ type: 'integer' })
  durationMs: number;
}
