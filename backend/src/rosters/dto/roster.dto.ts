import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { GUARDIAN_RULES, type GuardianRule } from '../../reference/reference-data';
import { BookingSessionDto } from '../../bookings/dto/booking.dto';

export const ATTENDANCE_STATUSES = ['present', 'late', 'absent'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

/** Why the caller may open this roster: decides what they see and may do. */
export const ROSTER_VIEWER_KINDS = ['organiser', 'facility_staff', 'instructor'] as const;
export type RosterViewerKind = (typeof ROSTER_VIEWER_KINDS)[number];

/** A session as its roster shows it: the booking's view of a session, with its number. */
export class RosterSessionDto extends BookingSessionDto {
  @ApiProperty({ description: '1 for the first session of the course, and so on.' })
  number: number;
}

export class RosterCourseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'シニアのためのスマホ教室' })
  titleJa: string;

  @ApiProperty({ description: 'The Japanese title when there is no English one.' })
  titleEn: string;

  @ApiProperty({ example: 12 })
  capacity: number;

  @ApiProperty({ description: 'Seats taken by confirmed parties.' })
  bookedCount: number;

  @ApiProperty({ description: 'Childcare (保育) is offered during the course.' })
  childcareOffered: boolean;

  @ApiProperty({ enum: GUARDIAN_RULES, enumName: 'GuardianRule' })
  guardianRule: GuardianRule;
}

export class RosterViewerDto {
  @ApiProperty({ enum: ROSTER_VIEWER_KINDS, enumName: 'RosterViewerKind' })
  kind: RosterViewerKind;

  @ApiProperty({
    description:
      "Phone and email are shown to the course's organisers only: they run the course and " +
      'contact participants; staff and instructors work from names and codes at the door.',
  })
  canSeeContacts: boolean;

  @ApiProperty({ description: 'Organisers and instructors may message everyone booked.' })
  canMessage: boolean;
}

export class RosterCompanionDto {
  @ApiProperty({ example: '佐藤 ひなた' })
  name: string;

  @ApiProperty({
    example: 4,
    description: "Age in the session's year (from the birth year; may be one more than today).",
  })
  age: number;
}

export class RosterAttendanceDto {
  @ApiProperty({ enum: ATTENDANCE_STATUSES, enumName: 'AttendanceStatus' })
  status: AttendanceStatus;

  @ApiProperty({
    format: 'date-time',
    nullable: true,
    type: String,
    description: 'When the person arrived (present or late); null when absent.',
  })
  checkedInAt: string | null;

  @ApiProperty({ format: 'date-time' })
  recordedAt: string;

  @ApiProperty({ example: '受付 太郎', description: 'Who recorded it; empty when unknown.' })
  recordedByName: string;
}

export class RosterEntryDto {
  @ApiProperty({ format: 'uuid' })
  bookingId: string;

  @ApiProperty({ example: 'K7M2-Q9XD' })
  code: string;

  @ApiProperty({ example: '佐藤 花子', description: 'Who booked (the contact person).' })
  name: string;

  @ApiProperty({ example: 'サトウ ハナコ' })
  nameKana: string;

  @ApiProperty({ nullable: true, type: Number, description: "The booker's age, when known." })
  age: number | null;

  @ApiProperty({ description: 'Whether the booker attends (false: booked for family only).' })
  bookerAttends: boolean;

  @ApiProperty({ description: 'People who attend: the booker when attending, and companions.' })
  partySize: number;

  @ApiProperty({ type: [RosterCompanionDto], description: 'Family members who attend.' })
  companions: RosterCompanionDto[];

  @ApiProperty({ type: [Number], description: 'Childcare asked for: one age per child.' })
  childcareAges: number[];

  @ApiPropertyOptional({ description: 'Organisers only (viewer.canSeeContacts).' })
  phone?: string;

  @ApiPropertyOptional({ description: 'Organisers only (viewer.canSeeContacts).' })
  email?: string;

  @ApiProperty({ type: RosterAttendanceDto, nullable: true })
  attendance: RosterAttendanceDto | null;
}

export class RosterWaitingEntryDto {
  @ApiProperty({ description: 'Place on the waiting list, from 1.' })
  position: number;

  @ApiProperty({ example: '鈴木 一郎' })
  name: string;

  @ApiProperty()
  partySize: number;
}

export class RosterWaitingListDto {
  @ApiProperty({ description: 'Parties waiting.' })
  count: number;

  @ApiProperty({ description: 'People waiting (parties × their sizes).' })
  people: number;

  @ApiProperty({
    type: [RosterWaitingEntryDto],
    description: 'In the order they will be offered a seat.',
  })
  entries: RosterWaitingEntryDto[];
}

export class WalkInDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: '山田 さくら' })
  name: string;

  @ApiProperty({ example: 2 })
  partySize: number;

  @ApiProperty({ example: '見学のみ' })
  note: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

export class RosterTotalsDto {
  @ApiProperty({ description: 'Confirmed bookings.' })
  bookings: number;

  @ApiProperty({ description: 'People in the confirmed bookings.' })
  people: number;

  @ApiProperty({ description: 'People in bookings checked in on time.' })
  present: number;

  @ApiProperty({ description: 'People in bookings checked in late.' })
  late: number;

  @ApiProperty({ description: 'People in bookings marked absent.' })
  absent: number;

  @ApiProperty({ description: 'People in bookings with nothing recorded yet.' })
  notYet: number;

  @ApiProperty({ description: 'People who came without a booking.' })
  walkIns: number;

  @ApiProperty({ description: 'Children to be looked after in childcare (保育), booked.' })
  childcare: number;
}

/** Who is booked for one session, who has come, and who waits. */
export class RosterDto {
  @ApiProperty({ type: RosterCourseDto })
  course: RosterCourseDto;

  @ApiProperty({ type: RosterSessionDto })
  session: RosterSessionDto;

  @ApiProperty({ type: RosterViewerDto })
  viewer: RosterViewerDto;

  @ApiProperty({ type: [RosterEntryDto], description: 'Confirmed bookings, by kana then name.' })
  entries: RosterEntryDto[];

  @ApiProperty({ type: RosterWaitingListDto })
  waitingList: RosterWaitingListDto;

  @ApiProperty({ type: [WalkInDto] })
  walkIns: WalkInDto[];

  @ApiProperty({ type: RosterTotalsDto })
  totals: RosterTotalsDto;
}

/** A session the caller may open the roster of (the instructor's list). */
export class TeachingSessionDto {
  @ApiProperty({ format: 'uuid' })
  sessionId: string;

  @ApiProperty({ format: 'uuid' })
  courseId: string;

  @ApiProperty()
  courseTitleJa: string;

  @ApiProperty()
  courseTitleEn: string;

  @ApiProperty({ format: 'date-time' })
  startsAt: string;

  @ApiProperty({ format: 'date-time' })
  endsAt: string;

  @ApiProperty()
  facilityNameJa: string;

  @ApiProperty()
  facilityNameEn: string;

  @ApiProperty()
  roomNameJa: string;

  @ApiProperty()
  roomNameEn: string;

  @ApiProperty({ enum: ['scheduled', 'cancelled'] })
  status: 'scheduled' | 'cancelled';
}

/** A session at one of the caller's facilities, for the door's 今日 page. */
export class DoorSessionDto extends TeachingSessionDto {
  @ApiProperty({ format: 'uuid' })
  facilityId: string;

  @ApiProperty({ type: 'integer', description: 'People booked (confirmed bookings, with party).' })
  people: number;

  @ApiProperty({
    type: 'integer',
    description: 'People of the bookings checked in so far (present or late).',
  })
  checkedIn: number;

  @ApiProperty({ description: 'The course offers childcare (保育) during its sessions.' })
  childcareOffered: boolean;

  @ApiProperty({
    type: 'integer',
    description: 'Children the confirmed bookings ask childcare for: the nursery room to prepare.',
  })
  childcareChildren: number;
}

/** Today's and tomorrow's sessions at the caller's facilities (Japan days by the app clock). */
export class DoorSessionsDto {
  @ApiProperty({ example: '2026-12-07', description: "Today's Japan date." })
  today: string;

  @ApiProperty({ example: '2026-12-08', description: "Tomorrow's Japan date." })
  tomorrow: string;

  @ApiProperty({
    type: [DoorSessionDto],
    description: 'In time order; cancelled sessions too (status cancelled), drafts never.',
  })
  sessions: DoorSessionDto[];
}

/** A course the caller teaches, for the instructor's start page (担当する講座). */
export class TeachingCourseDto {
  @ApiProperty({ format: 'uuid' })
  courseId: string;

  @ApiProperty()
  titleJa: string;

  @ApiProperty({ description: 'The English title, or the Japanese one when none is given.' })
  titleEn: string;

  @ApiProperty()
  organiserJa: string;

  @ApiProperty({ description: 'The English name, or the Japanese one when none is given.' })
  organiserEn: string;

  @ApiProperty({
    description: 'Whether the course has a public page (published); drafts are being prepared.',
  })
  public: boolean;

  @ApiProperty({ type: 'integer', description: 'Sessions not cancelled.' })
  sessionCount: number;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  firstStartsAt: string | null;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  lastEndsAt: string | null;

  @ApiProperty({ format: 'date-time', description: 'When the caller was linked to the course.' })
  linkedAt: string;

  @ApiProperty({
    description: 'Linked in the last 14 days: the start page points it out as new.',
  })
  isNew: boolean;
}
