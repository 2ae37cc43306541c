import { ValidateBy, type ValidationOptions } from 'class-validator';
import { japanYear } from './japan-time';

/** The latest birth year one can enter at `now`: the current year in Japan. */
export function latestBirthYear(now: Date): number {
  return japanYear(now);
}

/**
 * A birth year no later than the current year in Japan, judged when the value is validated.
 * (A bound computed once at start-up refuses a baby born after New Year until the next restart,
 * and getFullYear() turns the year at the server's midnight, not Japan's.) class-validator builds
 * its validators outside Nest's injector, so this reads the system time, not the Clock.
 */
export function IsNotAfterThisYear(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isNotAfterThisYear',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'number' && value <= latestBirthYear(new Date()),
        defaultMessage: () => '$property must not be later than this year',
      },
    },
    options,
  );
}
