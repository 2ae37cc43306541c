import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Max,
  Min,
} from 'class-validator';
import { FieldHint } from '../../common/errors/validation';
import {
  BOOKING_RULES,
  type BookingRule,
  GUARDIAN_RULES,
  type GuardianRule,
  PAYMENT_METHODS,
  type PaymentMethod,
} from '../../reference/reference-data';

/** Childcare (保育) is for children of this age at most; one booking asks for this many. */
export const CHILDCARE_MAX_AGE = 12;
export const CHILDCARE_MAX_CHILDREN = 5;

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

/** How a course's fee is paid; null on a free course. */
export class PaymentDto {
  @ApiProperty({ enum: PAYMENT_METHODS, enumName: 'PaymentMethod' })
  method: PaymentMethod;

  @ApiProperty({
    nullable: true,
    type: String,
    format: 'date',
    example: '2027-01-10',
    description: 'In advance: the last day (Japan) to pay, days before the first session.',
  })
  dueDate: string | null;

  @ApiProperty({ nullable: true, type: Number, example: 7 })
  deadlineDays: number | null;

  @ApiProperty({ example: '生涯学習推進課の窓口（市役所4階）で現金でお支払いください。' })
  noteJa: string;

  @ApiProperty({ example: 'Pay in cash at the Lifelong Learning Division (City Hall, 4F).' })
  noteEn: string;
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

  @ApiProperty({ description: 'Childcare (保育) is offered during the course.' })
  childcareOffered: boolean;

  @ApiProperty({ enum: GUARDIAN_RULES, enumName: 'GuardianRule' })
  guardianRule: GuardianRule;

  @ApiProperty({ format: 'date-time', description: 'The lottery is drawn at this moment.' })
  applicationClosesAt: string;

  @ApiProperty({ type: PaymentDto, nullable: true, description: 'null: the course is free.' })
  payment: PaymentDto | null;
}

/** Someone who attends: the booker (position 0, when they attend) or a family member. */
export class BookingParticipantDto {
  @ApiProperty({ description: '0 is the person who booked (when they attend); family follow.' })
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

  @ApiProperty({ example: 3, description: 'People who attend (the seats the booking takes).' })
  partySize: number;

  @ApiProperty({ description: 'Whether the person who booked attends.' })
  bookerAttends: boolean;

  @ApiProperty({ example: '佐藤 花子', description: 'Who booked (the account holder).' })
  bookerName: string;

  @ApiProperty({
    type: [Number],
    example: [2, 4],
    description: 'Childcare asked for: one age per child (empty: none).',
  })
  childcareAges: number[];

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

  @ApiProperty({ type: [BookingParticipantDto], description: 'Who attends.' })
  participants: BookingParticipantDto[];

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  confirmedAt: string | null;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  promotedAt: string | null;

  @ApiProperty({
    format: 'date-time',
    nullable: true,
    type: String,
    description:
      'A promotion from the waiting list waits for the answer until then (null: none asked, ' +
      'or answered). Unanswered, the place goes to the next in line.',
  })
  respondBy: string | null;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  acceptedAt: string | null;

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

  @ApiProperty({ description: 'How many people (the booker and/or family) one booking seats.' })
  maxAttendees: number;

  @ApiProperty({ enum: GUARDIAN_RULES, enumName: 'GuardianRule' })
  guardianRule: GuardianRule;

  @ApiProperty({ description: 'Childcare (保育) may be asked for.' })
  childcareOffered: boolean;

  @ApiProperty({
    type: [LabelDto],
    description: 'Why nobody of this household may book (residency); empty when they may.',
  })
  householdReasons: LabelDto[];

  @ApiProperty({
    format: 'date-time',
    nullable: true,
    type: String,
    description: 'Until when a booking confirmed now could be cancelled online.',
  })
  cancellableUntil: string | null;

  @ApiProperty({ type: PaymentDto, nullable: true, description: 'null: the course is free.' })
  payment: PaymentDto | null;

  @ApiProperty({ type: ParticipantEligibilityDto, description: 'The caller, as an attendee.' })
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
  @ApiPropertyOptional({
    description: 'Whether the caller attends (false: booking for family members only).',
    default: true,
  })
  @IsOptional()
  @IsBoolean()
  @FieldHint('ご本人が参加するかどうかを指定してください。', 'Say whether you attend yourself.')
  bookerAttends?: boolean;

  @ApiProperty({
    type: [String],
    format: 'uuid',
    description: 'Family members who attend.',
    maxItems: 10,
  })
  @IsArray()
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  @FieldHint(
    '参加するご家族を正しく選んでください（最大10人、重複なし）。',
    'Choose the family members who attend (up to 10, each once).',
  )
  companionIds: string[];

  @ApiPropertyOptional({
    type: [Number],
    description: `Childcare (保育) asked for, one age (0–${CHILDCARE_MAX_AGE}) per child; courses with childcare only.`,
    maxItems: CHILDCARE_MAX_CHILDREN,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(CHILDCARE_MAX_CHILDREN)
  @IsInt({ each: true })
  @Min(0, { each: true })
  @Max(CHILDCARE_MAX_AGE, { each: true })
  @FieldHint(
    `保育を希望するお子さんの年齢を、1人ずつ0〜${CHILDCARE_MAX_AGE}歳で入力してください（${CHILDCARE_MAX_CHILDREN}人まで）。`,
    `Give the age (0–${CHILDCARE_MAX_AGE}) of each child for childcare (up to ${CHILDCARE_MAX_CHILDREN}).`,
  )
  childcareAges?: number[];

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
