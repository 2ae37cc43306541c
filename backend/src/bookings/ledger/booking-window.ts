import type { BookingWindowState } from '../dto/booking.dto';

/** What the booking window depends on: the course's status and its application window. */
export interface BookingWindowCourse {
  status: string;
  opensAt: Date | string;
  closesAt: Date | string;
}

/**
 * The booking window, decided once: at instant `at`, a course takes bookings (or lottery
 * applications) when it is published and `opensAt <= at < closesAt` (half-open: the closing
 * instant is already closed).
 *
 * Which judgement is authoritative: tsumugu_take_seats (bookings/ledger/sql/take-seats.v1.sql)
 * applies this same rule again under the course's row lock, on the database's
 * clock_timestamp(), and that verdict is the one that books or refuses a seat — it is made at
 * the instant the seat is taken, after any wait for the lock, and the lottery's draw takes the
 * same lock after the close, so no application can land after a draw has seen the list. This
 * function, on the app's Clock, answers the booking options and refuses early (with the precise
 * reason) what the database would refuse anyway; when the two disagree at an edge the database
 * wins and the service re-reads to say why (BookingsService.book, outcome 'closed'). Outside
 * tests both clocks are the machine's real time and judge the edges alike
 * (booking-window-clocks.integration.ts).
 */
export function bookingWindowState(course: BookingWindowCourse, at: Date): BookingWindowState {
  if (course.status !== 'published') return 'not_bookable';
  if (at < new Date(course.opensAt)) return 'not_open_yet';
  if (at >= new Date(course.closesAt)) return 'closed';
  return 'open';
}
