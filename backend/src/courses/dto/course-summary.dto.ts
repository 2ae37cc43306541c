import { ApiProperty } from '@nestjs/swagger';
import {
  AUDIENCES,
  type Audience,
  BOOKING_RULES,
  type BookingRule,
  CATEGORIES,
  type Category,
  COURSE_STATUSES,
  type CourseStatus,
  LIFE_STAGES,
  type LifeStage,
  ORGANISATION_KINDS,
  type OrganisationKind,
} from '../../reference/reference-data';

export class NamedRefDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  nameJa: string;

  @ApiProperty()
  nameEn: string;
}

/** The facility where a course's first session is held. */
export class FacilityRefDto extends NamedRefDto {}

export class OrganisationRefDto extends NamedRefDto {
  @ApiProperty({ enum: ORGANISATION_KINDS, enumName: 'OrganisationKind' })
  kind: OrganisationKind;
}

/**
 * Whether a course takes applications now: not yet (from applicationOpensAt), open (bookings,
 * first come), lotteryOpen (entries for a lottery) or closed (the window has passed, or the
 * course is cancelled or finished). Decided by bookingWindowState at the request's instant.
 */
export const APPLICATION_STATES = ['notYetOpen', 'open', 'lotteryOpen', 'closed'] as const;
export type ApplicationState = (typeof APPLICATION_STATES)[number];

/** A course as listed in the catalogue. */
export class CourseSummaryDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'シニアのためのスマホ教室' })
  titleJa: string;

  @ApiProperty({ example: 'Smartphone class for seniors' })
  titleEn: string;

  @ApiProperty()
  summaryJa: string;

  @ApiProperty()
  summaryEn: string;

  @ApiProperty({ enum: LIFE_STAGES, enumName: 'LifeStage', isArray: true })
  lifeStages: LifeStage[];

  @ApiProperty({ enum: CATEGORIES, enumName: 'Category' })
  category: Category;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 5 })
  pillar: number;

  @ApiProperty({ type: 'integer', description: '0 means free' })
  feeYen: number;

  @ApiProperty()
  childcareOffered: boolean;

  @ApiProperty({ enum: BOOKING_RULES, enumName: 'BookingRule' })
  bookingRule: BookingRule;

  @ApiProperty({ enum: AUDIENCES, enumName: 'Audience' })
  audience: Audience;

  @ApiProperty({ type: 'integer' })
  capacity: number;

  @ApiProperty({ type: 'integer' })
  seatsLeft: number;

  @ApiProperty({ type: 'integer', nullable: true })
  targetAgeMin: number | null;

  @ApiProperty({ type: 'integer', nullable: true })
  targetAgeMax: number | null;

  @ApiProperty({ type: 'integer' })
  sessionCount: number;

  @ApiProperty({ format: 'date-time' })
  firstSessionStartsAt: string;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  nextSessionStartsAt: string | null;

  @ApiProperty({ format: 'date-time' })
  lastSessionEndsAt: string;

  @ApiProperty({ type: FacilityRefDto, description: 'Where the first session is held.' })
  facility: FacilityRefDto;

  @ApiProperty({ type: OrganisationRefDto })
  organisation: OrganisationRefDto;

  @ApiProperty({ enum: COURSE_STATUSES, enumName: 'CourseStatus' })
  status: CourseStatus;

  @ApiProperty({
    enum: APPLICATION_STATES,
    enumName: 'ApplicationState',
    description: 'Whether applications are open at the time of the request.',
  })
  applicationState: ApplicationState;

  @ApiProperty({ format: 'date-time', description: 'When applications open.' })
  applicationOpensAt: string;

  @ApiProperty({ format: 'date-time', description: 'When applications close (exclusive).' })
  applicationClosesAt: string;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The course picture (changes with the picture), or null when it has none.',
  })
  imageUrl: string | null;

  @ApiProperty({
    description: 'What the picture shows (its alt text) in Japanese; empty: none, or decorative.',
  })
  imageAltJa: string;

  @ApiProperty({ description: 'The same in English; empty when not given.' })
  imageAltEn: string;
}

export class CourseCountDto {
  @ApiProperty({ type: 'integer' })
  total: number;

  @ApiProperty({ description: 'true when total is an estimate (more than 1,000).' })
  totalEstimated: boolean;
}

export class WordAloneDto extends CourseCountDto {
  @ApiProperty({ description: 'One of the words searched for, as searched.' })
  word: string;
}

/** What a search that found nothing can try instead. */
export class NoResultHelpDto {
  @ApiProperty({
    type: [WordAloneDto],
    description:
      'With several words (all must match): how many courses each word finds alone, with the ' +
      'same filters. Empty for one word.',
  })
  eachWord: WordAloneDto[];

  @ApiProperty({
    type: CourseCountDto,
    nullable: true,
    description: 'How many courses the same words find without the other filters (null: none set).',
  })
  withoutFilters: CourseCountDto | null;
}

export class CourseListDto {
  @ApiProperty({ type: [CourseSummaryDto] })
  items: CourseSummaryDto[];

  @ApiProperty({
    type: 'integer',
    description:
      'Courses matching the filters, on all pages: counted exactly up to 1,000, else an ' +
      'estimate rounded to two significant figures (then totalEstimated is true).',
  })
  total: number;

  @ApiProperty({
    description: 'true when total is an estimate (more than 1,000 courses match).',
  })
  totalEstimated: boolean;

  @ApiProperty({
    type: NoResultHelpDto,
    nullable: true,
    description: 'When nothing matches (total 0): each word alone, and without the filters.',
  })
  noResultHelp: NoResultHelpDto | null;

  @ApiProperty({ type: 'integer' })
  page: number;

  @ApiProperty({ type: 'integer' })
  pageSize: number;

  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'Send as `after` with page + 1 for the next page (same filters): null on the last page.',
  })
  nextCursor: string | null;
}
