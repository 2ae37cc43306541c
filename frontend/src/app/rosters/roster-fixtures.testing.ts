import { NOW } from '../core/format/browser-clock';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { Roster, RosterEntry } from '../api/api-types';
import { I18nService } from '../core/i18n/i18n.service';

/** The fixtures' session day, 24 December 2026, 09:00 in Japan: "today" unless a spec says. */
export const SESSION_DAY_MORNING = new Date('2026-12-24T00:00:00Z');

/** A rosters page rendered alone in Japanese against a fake API, at `now`. */
export function setUpPage(now: Date = SESSION_DAY_MORNING): HttpTestingController {
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter([]),
      { provide: NOW, useValue: () => now },
    ],
  });
  void TestBed.inject(I18nService).setLanguage('ja');
  return TestBed.inject(HttpTestingController);
}

/** Lets the component run (signals, effects, pending promises) without waiting for HTTP. */
export async function settle(fixture: ComponentFixture<unknown>): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  TestBed.tick();
  fixture.detectChanges();
  await new Promise((resolve) => setTimeout(resolve));
}

export const hanako: RosterEntry = {
  bookingId: 'b-1',
  code: 'K7M2-Q9XD',
  name: '佐藤 花子',
  nameKana: 'サトウ ハナコ',
  age: 41,
  bookerAttends: true,
  partySize: 3,
  childcareAges: [],
  companions: [
    { name: '佐藤 ひなた', age: 4 },
    { name: '佐藤 そら', age: 1 },
  ],
  attendance: null,
};

export function roster(entries: RosterEntry[]): Roster {
  return {
    course: {
      id: 'c-1',
      titleJa: 'はじめての俳句',
      titleEn: 'Haiku',
      capacity: 12,
      bookedCount: 3,
      childcareOffered: false,
      guardianRule: 'none',
    },
    session: {
      id: 's-1',
      startsAt: '2026-12-24T04:30:00Z',
      endsAt: '2026-12-24T06:30:00Z',
      status: 'scheduled',
      number: 1,
      facilityId: 'f-1',
      facilityNameJa: '吾妻交流センター',
      facilityNameEn: 'Azuma',
      roomNameJa: '和室',
      roomNameEn: 'Washitsu',
    },
    viewer: { kind: 'facility_staff', canSeeContacts: false, canMessage: false },
    entries,
    waitingList: { count: 0, people: 0, entries: [] },
    walkIns: [],
    totals: {
      bookings: 1,
      people: 3,
      present: 0,
      late: 0,
      absent: 0,
      notYet: 3,
      walkIns: 0,
      childcare: 0,
    },
  };
}
