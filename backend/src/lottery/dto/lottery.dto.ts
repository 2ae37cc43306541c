import { ApiProperty } from '@nestjs/swagger';
import { BOOKING_STATUSES, type BookingStatus } from '../../bookings/dto/booking.dto';
import {
  LOTTERY_OUTCOMES,
  LOTTERY_PRIORITIES,
  type LotteryOutcome,
  type LotteryPriority,
} from '../lottery-draw';

/**
 * Where a lottery stands: applications not open yet, being taken, closed and waiting for the
 * draw (which runs by itself within moments), drawn, or the course was cancelled undrawn.
 */
export const LOTTERY_STATES = [
  'not_open_yet',
  'accepting',
  'awaiting_draw',
  'drawn',
  'cancelled',
] as const;
export type LotteryState = (typeof LOTTERY_STATES)[number];

export class LotteryEntryDto {
  @ApiProperty({
    example: '3f9a0c21b7e4',
    description: 'First 12 hex digits of SHA-256 of the booking id: a pseudonym.',
  })
  entryId: string;

  @ApiProperty({ type: 'integer', minimum: 1, description: 'People in the party.' })
  partySize: number;

  @ApiProperty({
    type: 'integer',
    minimum: 0,
    description: 'Drawn first: 0 meets every priority of the course (see priorityGroup).',
  })
  priorityGroup: number;
}

export class LotteryResultDto extends LotteryEntryDto {
  @ApiProperty({ type: 'integer', minimum: 1, description: '1 = drawn first.' })
  rank: number;

  @ApiProperty({ enum: LOTTERY_OUTCOMES, enumName: 'LotteryOutcome' })
  outcome: LotteryOutcome;

  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: 'Place on the waiting list (the drawn rank); null for a winner.',
  })
  queuePosition: number | null;
}

export class LotteryHowToVerifyDto {
  @ApiProperty()
  ja: string;

  @ApiProperty()
  en: string;

  @ApiProperty({
    example: 'https://manabi.city.tsukuba.lg.jp/api/courses/0b6f…/lottery',
    description: "This record's data at the app's public address (config publicUrl).",
  })
  recordUrl: string;

  @ApiProperty({ example: 'node backend/src/lottery/verify-draw.ts <recordUrl>' })
  command: string;
}

/** The public record of a course's lottery: the commitment before, everything after. */
export class LotteryRecordDto {
  @ApiProperty({ format: 'uuid' })
  courseId: string;

  @ApiProperty()
  courseTitleJa: string;

  @ApiProperty()
  courseTitleEn: string;

  @ApiProperty({ enum: LOTTERY_STATES, enumName: 'LotteryState' })
  state: LotteryState;

  @ApiProperty({ example: 'tsumugu-lottery-v1' })
  algorithm: string;

  @ApiProperty({ description: 'SHA-256 of the seed (hex), published before the window closes.' })
  commitment: string;

  @ApiProperty({ format: 'date-time' })
  committedAt: string;

  @ApiProperty({ format: 'date-time' })
  applicationOpensAt: string;

  @ApiProperty({ format: 'date-time' })
  applicationClosesAt: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  drawnAt: string | null;

  @ApiProperty({
    enum: LOTTERY_PRIORITIES,
    enumName: 'LotteryPriority',
    isArray: true,
    description: 'In order of precedence; after the draw, the ones it used.',
  })
  priorities: LotteryPriority[];

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The 32-byte seed in hex, after the draw.',
  })
  seed: string | null;

  @ApiProperty({ type: 'integer', nullable: true, description: 'Free seats the draw filled.' })
  seats: number | null;

  @ApiProperty({ type: [LotteryEntryDto], nullable: true, description: 'By entry id.' })
  entries: LotteryEntryDto[] | null;

  @ApiProperty({ type: [LotteryResultDto], nullable: true, description: 'In drawn order.' })
  results: LotteryResultDto[] | null;

  @ApiProperty({ type: 'integer', nullable: true })
  entryCount: number | null;

  @ApiProperty({ type: 'integer', nullable: true })
  winnerCount: number | null;

  @ApiProperty({ type: 'integer', nullable: true })
  waitlistedCount: number | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: "The caller's own entry id on this course, when signed in and applied.",
  })
  yourEntryId: string | null;

  @ApiProperty({ type: LotteryHowToVerifyDto })
  howToVerify: LotteryHowToVerifyDto;
}

/** A citizen's own booking's place in its course's lottery. */
export class MyLotteryEntryDto {
  @ApiProperty({ format: 'uuid' })
  bookingId: string;

  @ApiProperty({ format: 'uuid' })
  courseId: string;

  @ApiProperty({ example: '3f9a0c21b7e4' })
  lotteryEntryId: string;

  @ApiProperty({ enum: BOOKING_STATUSES, enumName: 'BookingStatus' })
  bookingStatus: BookingStatus;

  @ApiProperty({ enum: LOTTERY_STATES, enumName: 'LotteryState' })
  state: LotteryState;

  @ApiProperty({ enum: LOTTERY_OUTCOMES, enumName: 'LotteryOutcome', nullable: true })
  outcome: LotteryOutcome | null;

  @ApiProperty({ type: 'integer', nullable: true })
  rank: number | null;

  @ApiProperty({ type: 'integer', nullable: true })
  queuePosition: number | null;
}

/** One applicant as the organiser sees them: the person behind the entry id. */
export class LotteryApplicantDto {
  @ApiProperty({ example: '3f9a0c21b7e4' })
  entryId: string;

  @ApiProperty({ format: 'uuid' })
  bookingId: string;

  @ApiProperty({ example: 'K7M2Q9XD' })
  bookingCode: string;

  @ApiProperty({ example: '佐藤 花子' })
  name: string;

  @ApiProperty({ type: 'integer' })
  partySize: number;

  @ApiProperty({ enum: BOOKING_STATUSES, enumName: 'BookingStatus', description: 'As it is now.' })
  bookingStatus: BookingStatus;

  @ApiProperty({ type: 'integer', nullable: true })
  priorityGroup: number | null;

  @ApiProperty({ type: 'integer', nullable: true })
  rank: number | null;

  @ApiProperty({ enum: LOTTERY_OUTCOMES, enumName: 'LotteryOutcome', nullable: true })
  outcome: LotteryOutcome | null;

  @ApiProperty({ type: 'integer', nullable: true })
  queuePosition: number | null;
}

export class OrganiserLotteryDto extends LotteryRecordDto {
  @ApiProperty({
    type: [LotteryApplicantDto],
    description: 'Before the draw the applications so far; after it, in drawn order.',
  })
  applicants: LotteryApplicantDto[];
}
