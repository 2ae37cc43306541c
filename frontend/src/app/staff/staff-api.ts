import { HttpClient, HttpResourceRef, httpResource } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type {
  CalendarClosure,
  DoorSessions,
  ClosureInput,
  FacilityDetail,
  HireInput,
  OpeningHours,
  OpeningHoursInput,
  Room,
  RoomInput,
  StaffCalendar,
  StaffReservation,
  WeeklyClosure,
  WeeklyClosureInput,
} from '../api/api-types';

const facility = (id: string) => `/api/staff/facilities/${encodeURIComponent(id)}`;

/**
 * Facility staff's API: reads as resources (call them in a field initialiser; an empty id sends
 * nothing), writes as promises that reject with the HttpErrorResponse `apiErrorBody` reads.
 */
@Injectable({ providedIn: 'root' })
export class StaffApi {
  private readonly http = inject(HttpClient);

  facilities(): HttpResourceRef<FacilityDetail[] | undefined> {
    return httpResource<FacilityDetail[]>(() => '/api/staff/facilities');
  }

  /** Today's and tomorrow's sessions at the caller's facilities (Japan days, by the API). */
  sessions(): HttpResourceRef<DoorSessions | undefined> {
    return httpResource<DoorSessions>(() => '/api/staff/sessions');
  }

  facility(id: () => string): HttpResourceRef<FacilityDetail | undefined> {
    return httpResource<FacilityDetail>(() => (id() ? facility(id()) : undefined));
  }

  openingHours(id: () => string): HttpResourceRef<OpeningHours | undefined> {
    return httpResource<OpeningHours>(() => (id() ? `${facility(id())}/hours` : undefined));
  }

  saveOpeningHours(id: string, hours: OpeningHoursInput): Promise<OpeningHours> {
    return firstValueFrom(this.http.put<OpeningHours>(`${facility(id)}/hours`, hours));
  }

  saveRoom(facilityId: string, roomId: string | undefined, input: RoomInput): Promise<Room> {
    const rooms = `${facility(facilityId)}/rooms`;
    return firstValueFrom(
      roomId
        ? this.http.patch<Room>(`${rooms}/${encodeURIComponent(roomId)}`, input)
        : this.http.post<Room>(rooms, input),
    );
  }

  /** The closures from `from` to `to` (dates, inclusive). */
  closures(
    id: () => string,
    range: () => { from: string; to: string },
  ): HttpResourceRef<CalendarClosure[] | undefined> {
    return httpResource<CalendarClosure[]>(() =>
      id() ? { url: `${facility(id())}/closures`, params: range() } : undefined,
    );
  }

  addClosure(id: string, input: ClosureInput): Promise<CalendarClosure> {
    return firstValueFrom(this.http.post<CalendarClosure>(`${facility(id)}/closures`, input));
  }

  removeClosure(id: string, closureId: string): Promise<unknown> {
    return firstValueFrom(
      this.http.delete(`${facility(id)}/closures/${encodeURIComponent(closureId)}`),
    );
  }

  /** The weekly closing days (毎週月曜休館) in force today or later. */
  weeklyClosures(id: () => string): HttpResourceRef<WeeklyClosure[] | undefined> {
    return httpResource<WeeklyClosure[]>(() =>
      id() ? `${facility(id())}/weekly-closures` : undefined,
    );
  }

  addWeeklyClosure(id: string, input: WeeklyClosureInput): Promise<WeeklyClosure> {
    return firstValueFrom(this.http.post<WeeklyClosure>(`${facility(id)}/weekly-closures`, input));
  }

  removeWeeklyClosure(id: string, ruleId: string): Promise<unknown> {
    return firstValueFrom(
      this.http.delete(`${facility(id)}/weekly-closures/${encodeURIComponent(ruleId)}`),
    );
  }

  /** Every reservation of `days` days from `from` (a Japan date). */
  calendar(
    id: () => string,
    range: () => { from: string; days: number },
  ): HttpResourceRef<StaffCalendar | undefined> {
    return httpResource<StaffCalendar>(() =>
      id() ? { url: `${facility(id())}/calendar`, params: range() } : undefined,
    );
  }

  hire(id: string, input: HireInput): Promise<StaffReservation> {
    return firstValueFrom(this.http.post<StaffReservation>(`${facility(id)}/reservations`, input));
  }

  cancelReservation(id: string, reservationId: string): Promise<unknown> {
    return firstValueFrom(
      this.http.delete(`${facility(id)}/reservations/${encodeURIComponent(reservationId)}`),
    );
  }
}
