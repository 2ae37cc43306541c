import { HttpClient, HttpHeaders, HttpResourceRef, httpResource } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type {
  Booking,
  BookingOptions,
  BookingView,
  CalendarFeedCreated,
  CalendarFeedState,
  CreateBookingRequest,
} from '../api/api-types';

/**
 * The citizen's booking API: reads as resources (call them in a field initialiser), writes as
 * promises that reject with the HttpErrorResponse, whose body `apiErrorBody` reads (code and
 * ja/en message).
 */
@Injectable({ providedIn: 'root' })
export class BookingsApi {
  private readonly http = inject(HttpClient);

  /**
   * The signed-in citizen's options for one course (who of the family may come, the window's
   * state, an existing booking); nothing is sent while `courseId` gives undefined.
   */
  options(courseId: () => string | undefined): HttpResourceRef<BookingOptions | undefined> {
    return httpResource<BookingOptions>(() => {
      const value = courseId();
      return value ? `/api/courses/${encodeURIComponent(value)}/booking-options` : undefined;
    });
  }

  /**
   * One booking attempt. The same `idempotencyKey` on a retry (after a timeout or a lost
   * answer) returns the booking already made instead of booking twice.
   */
  book(courseId: string, request: CreateBookingRequest, idempotencyKey: string): Promise<Booking> {
    return firstValueFrom(
      this.http.post<Booking>(`/api/courses/${courseId}/bookings`, request, {
        headers: new HttpHeaders({ 'Idempotency-Key': idempotencyKey }),
      }),
    );
  }

  list(view: () => BookingView): HttpResourceRef<Booking[] | undefined> {
    return httpResource<Booking[]>(() => ({ url: '/api/me/bookings', params: { view: view() } }));
  }

  booking(id: () => string | undefined): HttpResourceRef<Booking | undefined> {
    return httpResource<Booking>(() => {
      const value = id();
      return value ? `/api/me/bookings/${encodeURIComponent(value)}` : undefined;
    });
  }

  /** A promotion from the waiting list: the holder says they come. */
  acceptPromotion(id: string): Promise<Booking> {
    return firstValueFrom(this.http.post<Booking>(`/api/me/bookings/${id}/accept`, {}));
  }

  cancel(id: string): Promise<Booking> {
    return firstValueFrom(this.http.post<Booking>(`/api/me/bookings/${id}/cancel`, {}));
  }

  feedState(): HttpResourceRef<CalendarFeedState | undefined> {
    return httpResource<CalendarFeedState>(() => '/api/me/calendar-feed');
  }

  /** A new private feed URL (any earlier one stops working); shown once. */
  createFeed(): Promise<CalendarFeedCreated> {
    return firstValueFrom(this.http.post<CalendarFeedCreated>('/api/me/calendar-feed', {}));
  }

  deleteFeed(): Promise<unknown> {
    return firstValueFrom(this.http.delete('/api/me/calendar-feed'));
  }
}

/** Addresses the browser loads itself (an image, a download), not through HttpClient. */
export const qrImageUrl = (bookingId: string) => `/api/me/bookings/${bookingId}/qr.svg`;
export const calendarFileUrl = (bookingId: string, language: 'ja' | 'en') =>
  `/api/me/bookings/${bookingId}/calendar.ics?lang=${language}`;
