import { inject } from '@angular/core';
import { NOW } from '../core/format/browser-clock';
import { fiscalYear } from '../core/format/date-format';

/** The plan's first fiscal year (平成28年度): no sheet is older. */
export const FIRST_FISCAL_YEAR = 2016;

/** This fiscal year and the four before it, newest first (call in an injection context). */
export function recentFiscalYears(): number[] {
  const current = fiscalYear(inject(NOW)());
  return Array.from({ length: 5 }, (_, back) => current - back).filter(
    (year) => year >= FIRST_FISCAL_YEAR,
  );
}

/** A `?year=` query parameter as a fiscal year, or undefined (the API's default: this one). */
export function fiscalYearParam(value: string | undefined): number | undefined {
  const year = Number(value);
  return Number.isInteger(year) && year >= FIRST_FISCAL_YEAR && year <= 2100 ? year : undefined;
}
