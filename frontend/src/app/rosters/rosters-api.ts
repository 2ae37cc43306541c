import { HttpClient, HttpResourceRef, httpResource } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type {
  AttendanceStatus,
  CheckInResult,
  CourseInstructor,
  CourseMessageInput,
  CourseMessageResult,
  Roster,
  RosterEntry,
  TeachingCourse,
  TeachingSession,
  WalkIn,
  WalkInInput,
} from '../api/api-types';

const session = (id: string) => `/api/sessions/${encodeURIComponent(id)}`;

/** Rosters, the door and course messages: reads as resources (field initialisers), writes as promises. */
@Injectable({ providedIn: 'root' })
export class RostersApi {
  private readonly http = inject(HttpClient);

  roster(sessionId: () => string | undefined): HttpResourceRef<Roster | undefined> {
    return httpResource<Roster>(() => {
      const id = sessionId();
      return id ? `${session(id)}/roster` : undefined;
    });
  }

  csvUrl(sessionId: string): string {
    return `${session(sessionId)}/roster.csv`;
  }

  teaching(): HttpResourceRef<TeachingSession[] | undefined> {
    return httpResource<TeachingSession[]>(() => '/api/instructor/sessions');
  }

  /** The courses the caller teaches, the newly linked ones marked (the start page's notice). */
  teachingCourses(): HttpResourceRef<TeachingCourse[] | undefined> {
    return httpResource<TeachingCourse[]>(() => '/api/instructor/courses');
  }

  checkIn(sessionId: string, code: string): Promise<CheckInResult> {
    return firstValueFrom(
      this.http.post<CheckInResult>(`${session(sessionId)}/check-ins`, { code }),
    );
  }

  mark(sessionId: string, bookingId: string, status: AttendanceStatus): Promise<RosterEntry> {
    return firstValueFrom(
      this.http.put<RosterEntry>(
        `${session(sessionId)}/attendance/${encodeURIComponent(bookingId)}`,
        { status },
      ),
    );
  }

  undo(sessionId: string, bookingId: string): Promise<RosterEntry> {
    return firstValueFrom(
      this.http.delete<RosterEntry>(
        `${session(sessionId)}/attendance/${encodeURIComponent(bookingId)}`,
      ),
    );
  }

  addWalkIn(sessionId: string, walkIn: WalkInInput): Promise<WalkIn> {
    return firstValueFrom(this.http.post<WalkIn>(`${session(sessionId)}/walk-ins`, walkIn));
  }

  removeWalkIn(sessionId: string, walkInId: string): Promise<unknown> {
    return firstValueFrom(
      this.http.delete(`${session(sessionId)}/walk-ins/${encodeURIComponent(walkInId)}`),
    );
  }

  sendMessage(courseId: string, message: CourseMessageInput): Promise<CourseMessageResult> {
    return firstValueFrom(
      this.http.post<CourseMessageResult>(
        `/api/courses/${encodeURIComponent(courseId)}/messages`,
        message,
      ),
    );
  }

  instructors(courseId: () => string | undefined): HttpResourceRef<CourseInstructor[] | undefined> {
    return httpResource<CourseInstructor[]>(() => {
      const id = courseId();
      return id ? `/api/organiser/courses/${encodeURIComponent(id)}/instructors` : undefined;
    });
  }

  addInstructor(courseId: string, email: string): Promise<CourseInstructor[]> {
    return firstValueFrom(
      this.http.post<CourseInstructor[]>(
        `/api/organiser/courses/${encodeURIComponent(courseId)}/instructors`,
        { email },
      ),
    );
  }

  removeInstructor(courseId: string, userId: string): Promise<unknown> {
    return firstValueFrom(
      this.http.delete(
        `/api/organiser/courses/${encodeURIComponent(courseId)}/instructors/${encodeURIComponent(userId)}`,
      ),
    );
  }
}
