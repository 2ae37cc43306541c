import { Injectable } from '@angular/core';
import { NativeDateAdapter } from '@angular/material/core';

/**
 * The native adapter parses typed dates with `Date.parse`, which reads `3/12/2026` the American
 * way (12 March) even though the English picker displays British `03/12/2026` (3 December).
 * This parser reads what residents type in each language and only then falls back:
 *   year first (both): 2026/12/3, 2026-12-03, 2026年12月3日, 2026.12.3
 *   day first (English only, as the picker writes it): 3/12/2026, 03-12-2026
 */
@Injectable()
export class CalendarDateAdapter extends NativeDateAdapter {
  override parse(value: unknown, parseFormat?: unknown): Date | null {
    if (typeof value === 'string') {
      const parsed = parseCalendarDate(value, this.locale);
      if (parsed !== undefined) return parsed;
    }
    return super.parse(value, parseFormat);
  }
}

/**
 * A typed calendar date as a local date; `null` for a date that does not exist (31/2/2026) and
 * `undefined` when the text is in none of the known shapes.
 */
export function parseCalendarDate(text: string, locale: string): Date | null | undefined {
  const value = text.trim();
  if (value === '') return null;
  const yearFirst = /^(\d{4})\s*[/.\-年]\s*(\d{1,2})\s*[/.\-月]\s*(\d{1,2})\s*日?$/.exec(value);
  if (yearFirst) return validDate(+yearFirst[1], +yearFirst[2], +yearFirst[3]);
  const dayFirst = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(value);
  if (dayFirst && locale.startsWith('en'))
    return validDate(+dayFirst[3], +dayFirst[2], +dayFirst[1]);
  return undefined;
}

function validDate(year: number, month: number, day: number): Date | null {
  const date = new Date(year, month - 1, day);
  const exists =
    date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day;
  return exists ? date : null;
}
