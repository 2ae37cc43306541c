import { ValidateBy, type ValidationOptions } from 'class-validator';
import { japanYear } from './japan-time';

/** The latest birth year one can enter at `now`: the current year in Japan. */
export function latestBirthYear(now: Date): number {
  return japanYear(now);
}

/** How many years back a birth year may go: nobody booking a course is older. */
export const OLDEST_AGE = 120;

/** The earliest birth year one can enter at `now`: OLDEST_AGE years before this year in Japan. */
export function earliestBirthYear(now: Date): number {
  return latestBirthYear(now) - OLDEST_AGE;
}

/**
 * A plausible birth year: from OLDEST_AGE years back to this year in Japan, both judged when the
 * value is validated (on the system time: class-validator builds its validators outside Nest's injector, so this
 * cannot read the Clock). A bound computed once at start-up would refuse a baby born after New
 * Year until the next restart, and getFullYear() turns the year at the server's midnight, not
 * Japan's.
 */
export function IsPlausibleBirthYear(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isPlausibleBirthYear',
      validator: {
        validate: (value: unknown) => {
          const now = new Date();
          return (
            typeof value === 'number' &&
            value >= earliestBirthYear(now) &&
            value <= latestBirthYear(now)
          );
        },
        defaultMessage: () => `$property must be within the last ${OLDEST_AGE} years`,
      },
    },
    options,
  );
}
