import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsUUID,
} from 'class-validator';
import { FieldHint } from '../../common/errors/validation';
import { BOOKING_RULES, type BookingRule } from '../../reference/reference-data';

export const BOOKING_STATUSES = ['applied', 'confirmed', 'waiting', 'cancelled'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

export const BOOKING_VIEWS = ['upcoming', 'waiting', 'past'] as const;
export type BookingView = (typeof BOOKING_VIEWS)[number];

/** Where a course's booking stands right now, for the caller. */
export const BOOKING_WINDOW_STATES = ['not_open_yet', 'open', 'closed', 'not_bookable'] as const;
export type BookingWindowState = (typeof BOOKING_WINDOW_STATES)[number];

export class LabelDto {
  @ApiProperty({ example: '対象年齢は65歳以上です。' })
  ja: string;

  @ApiProperty({ example: 'This course is for ages 65 and over.' })
  en: string;
}

/** Whether one person (the caller or a family member) may take part, and why not. */
export class ParticipantEligibilityDto {
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'null for the caller' })
  familyMemberId: string | null;

  @ApiProperty({ example: '佐藤 花子' })
  name: string;

  @ApiProperty({ nullable: true, type: Number, example: 1985 })
  birthYear: number | null;

  @ApiProperty()
  eligible: boolean;

  @ApiProperty({ type: [LabelDto], description: 'Empty when eligible.' })
  reasons: LabelDto[];
}

export class BookingSessionDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'date-time' })
  startsAt: string;

  @ApiProperty({ format: 'date-time' })
  endsAt: string;

  @ApiProperty({ enum: ['scheduled', 'cancelled'] })
  status: 'scheduled' | 'cancelled';

  @ApiProperty({ format: 'uuid' })
  facilityId: string;

  @ApiProperty({ example: '吾妻交流センター' })
  facilityNameJa: string;

  @ApiProperty({ example: 'Azuma Community Centre' })
  facilityNameEn: string;

  @ApiProperty({ example: '会議室1' })
  roomNameJa: string;

  @ApiProperty({ example: 'Meeting Room 1' })
  roomNameEn: string;
}

export class BookingCourseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  titleJa: string;

  @ApiProperty()
  titleEn: string;

  @ApiProperty({ enum: BOOKING_RULES, enumName: 'BookingRule' })
  bookingRule: BookingRule;

  @ApiProperty({ example: 500 })
  feeYen: number;

  @ApiProperty({ enum: ['draft', 'published', 'cancelled', 'finished'] })
  status: string;

  @ApiProperty({ example: '生涯学習推進課' })
  organisationNameJa: string;

  @ApiProperty({ example: 'Lifelong Learning Promotion Division' })
  organisationNameEn: string;

  @ApiProperty({ example: '筆記用具' })
  whatToBringJa: string;

  @ApiProperty({ example: 'Something to write with' })
  whatToBringEn: string;
}

export class BookingParticipantDto {
  @ApiProperty({ description: '0 is the person who booked; companions follow.' })
  position: number;

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  familyMemberId: string | null;

  @ApiProperty({ example: '佐藤 陽太' })
  name: string;

  @ApiProperty({ nullable: true, type: Number })
  birthYear: number | null;
}

/** A booking as its owner sees it. */
export class BookingDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'K7M2Q9XD', description: 'Shown as K7M2-Q9XD; the QR code holds it.' })
  code: string;

  @ApiProperty({ enum: BOOKING_STATUSES, enumName: 'BookingStatus' })
  status: BookingStatus;

  @ApiProperty({ example: 3, description: 'People in the party, the booker included.' })
  partySize: number;

  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Place on the waiting list (1 = next), while waiting.',
  })
  waitingPosition: number | null;

  @ApiProperty({ type: BookingCourseDto })
  course: BookingCourseDto;

  @ApiProperty({ type: [BookingSessionDto] })
  sessions: BookingSessionDto[];

  @ApiProperty({ type: [BookingParticipantDto] })
  participants: BookingParticipantDto[];

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  confirmedAt: string | null;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  promotedAt: string | null;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  cancelledAt: string | null;

  @ApiProperty({ enum: ['citizen', 'organiser', 'system'], nullable: true, type: String })
  cancelledBy: 'citizen' | 'organiser' | 'system' | null;

  @ApiProperty({
    format: 'date-time',
    nullable: true,
    type: String,
    description: 'Until when the owner may cancel; null when no longer possible.',
  })
  cancellableUntil: string | null;
}

/** What the course page needs to offer a booking to the signed-in citizen. */
export class BookingOptionsDto {
  @ApiProperty({ format: 'uuid' })
  courseId: string;

  @ApiProperty({ enum: BOOKING_RULES, enumName: 'BookingRule' })
  bookingRule: BookingRule;

  @ApiProperty({ enum: BOOKING_WINDOW_STATES, enumName: 'BookingWindowState' })
  state: BookingWindowState;

  @ApiProperty({ format: 'date-time' })
  opensAt: string;

  @ApiProperty({ format: 'date-time' })
  closesAt: string;

  @ApiProperty()
  capacity: number;

  @ApiProperty()
  seatsLeft: number;

  @ApiProperty({ description: 'People waiting (first come) or applications so far (lottery).' })
  queueLength: number;

  @ApiProperty({ description: 'How many family members one booking may bring.' })
  maxCompanions: number;

  @ApiProperty({ type: ParticipantEligibilityDto })
  self: ParticipantEligibilityDto;

  @ApiProperty({ type: [ParticipantEligibilityDto] })
  familyMembers: ParticipantEligibilityDto[];

  @ApiProperty({ type: BookingDto, nullable: true })
  activeBooking: BookingDto | null;

  @ApiPropertyOptional({
    type: LabelDto,
    nullable: true,
    description: 'Why booking is not possible now (window, course state), when it is not.',
  })
  notice: LabelDto | null;
}

export class CreateBookingDto {
  @ApiProperty({
    type: [String],
    format: 'uuid',
    description: 'Family members who come along (the caller always takes part).',
    maxItems: 10,
  })
  @IsArray()
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  @FieldHint(
    '同行する家族を正しく選んでください（最大10人、重複なし）。',
    'Choose the family members who come along (up to 10, each once).',
  )
  companionIds: string[];

  @ApiPropertyOptional({
    description:
      'First come: when the course is full, join its waiting list instead of being refused.',
    default: false,
  })
  @IsOptional()
  @IsBoolean()
  @FieldHint(
    'キャンセル待ちに登録するかどうかを指定してください。',
    'Say whether to join the waiting list.',
  )
  joinWaitlist?: boolean;
}

export class MyBookingsQueryDto {
  @ApiPropertyOptional({ enum: BOOKING_VIEWS, enumName: 'BookingView', default: 'upcoming' })
  @IsOptional()
  @IsIn(BOOKING_VIEWS)
  @FieldHint(
    '表示は upcoming・waiting・past のいずれかです。',
    'view is one of upcoming, waiting, past.',
  )
  view?: BookingView;
}
