import type { DataSource } from 'typeorm';
import { newBookingCode } from '../bookings/booking-code';
import type { AttendanceStatus } from '../rosters/dto/roster.dto';
import { createBookableCourse, futureWednesday } from '../testing/booking-fixture';

export interface FixtureParticipant {
  userId: string;
  /** Companions' names (booking_participants, positions 1…). */
  companions?: string[];
  /** False when the booker only booked for the companions (a parent booking a child alone). */
  bookerAttends?: boolean;
  /** Per session, in order: present, late, absent, or null (never recorded). */
  attendance: (AttendanceStatus | null)[];
}

/**
 * A published course with `sessions` weekly two-hour sessions starting `startsAt` and a
 * confirmed booking per participant, with their attendance recorded: what the completion job
 * decides on. Needs the catalogue seeded (FIXTURE_PLAN). Bookings are written directly: the
 * booking path is tested on its own.
 */
export async function createAttendedCourse(
  dataSource: DataSource,
  options: {
    sessions: number;
    participants: FixtureParticipant[];
    startsAt?: Date;
    completionRule?: string;
    countsLate?: boolean;
  },
): Promise<{ courseId: string; sessionIds: string[]; bookingIds: string[]; lastEndsAt: Date }> {
  const startsAt = options.startsAt ?? futureWednesday(8);
  const course = await createBookableCourse(dataSource, {
    capacity: 50,
    maxCompanions: 3,
    sessions: options.sessions,
    startsAt,
  });
  await dataSource.query(
    `UPDATE courses SET completion_rule = $2, completion_counts_late = $3 WHERE id = $1`,
    [course.courseId, options.completionRule ?? 'two_thirds', options.countsLate ?? true],
  );
  const bookingIds: string[] = [];
  for (const participant of options.participants) {
    const companions = participant.companions ?? [];
    const bookerAttends = participant.bookerAttends ?? true;
    const [booking] = await dataSource.query(
      `INSERT INTO bookings (course_id, user_id, code, status, party_size, booker_attends,
                             confirmed_at)
       VALUES ($1, $2, $3, 'confirmed', $4, $5, now()) RETURNING id`,
      [
        course.courseId,
        participant.userId,
        newBookingCode(),
        (bookerAttends ? 1 : 0) + companions.length,
        bookerAttends,
      ],
    );
    for (const [index, name] of companions.entries()) {
      await dataSource.query(
        `INSERT INTO booking_participants (booking_id, position, name, birth_year)
         VALUES ($1, $2, $3, 2015)`,
        [booking.id, index + 1, name],
      );
    }
    for (const [index, status] of participant.attendance.entries()) {
      if (status) await recordAttendance(dataSource, course.sessionIds[index]!, booking.id, status);
    }
    bookingIds.push(booking.id);
  }
  const lastEndsAt = new Date(
    startsAt.getTime() + (options.sessions - 1) * 7 * 86_400_000 + 2 * 3_600_000,
  );
  return { courseId: course.courseId, sessionIds: course.sessionIds, bookingIds, lastEndsAt };
}

/** Present, late or absent at a session, as the door's roster records it (or corrects it). */
export async function recordAttendance(
  dataSource: DataSource,
  sessionId: string,
  bookingId: string,
  status: AttendanceStatus,
): Promise<void> {
  await dataSource.query(
    `INSERT INTO session_attendance (session_id, booking_id, status, checked_in_at)
     VALUES ($1, $2, $3, CASE WHEN $3 = 'absent' THEN NULL ELSE now() END)
     ON CONFLICT (session_id, booking_id) DO UPDATE
       SET status = EXCLUDED.status, checked_in_at = EXCLUDED.checked_in_at, recorded_at = now()`,
    [sessionId, bookingId, status],
  );
}
