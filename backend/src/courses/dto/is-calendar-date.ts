import { ValidatorConstraint, type ValidatorConstraintInterface } from 'class-validator';

/** A real calendar day written YYYY-MM-DD (2026-02-30 and 2026-13-01 are refused). */
@ValidatorConstraint({ name: 'isCalendarDate' })
export class IsCalendarDate implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }
}
