import { InjectionToken } from '@angular/core';

/**
 * The browser's clock, the frontend's one source of "now" for pages that compare with today (the
 * door's "not today" warning, staff's 今日 page). Specs provide a fixed instant:
 * `{ provide: NOW, useValue: () => new Date('2026-12-24T01:00:00Z') }`.
 */
export const NOW = new InjectionToken<() => Date>('the browser clock', {
  providedIn: 'root',
  factory: () => () => new Date(),
});
