import { IsInt, validate } from 'class-validator';
import { earliestBirthYear, IsPlausibleBirthYear, latestBirthYear } from './birth-year';

describe('birth year bounds', () => {
  it('turns at midnight Japan time on 1 January, which is 15:00 UTC on 31 December', () => {
    expect(latestBirthYear(new Date('2027-12-31T23:59:59+09:00'))).toBe(2027);
    expect(latestBirthYear(new Date('2027-12-31T15:00:00Z'))).toBe(2028);
    expect(latestBirthYear(new Date('2028-01-01T00:00:00+09:00'))).toBe(2028);
  });

  it('goes back 120 years from the year in Japan', () => {
    expect(earliestBirthYear(new Date('2027-12-31T23:59:59+09:00'))).toBe(1907);
    expect(earliestBirthYear(new Date('2028-01-01T00:00:00+09:00'))).toBe(1908);
  });

  it('accepts this year and 120 years back, refuses the next and older, as of the moment of validation', async () => {
    class Person {
      @IsInt()
      @IsPlausibleBirthYear()
      birthYear!: number;
    }
    const thisYear = latestBirthYear(new Date());
    const check = (birthYear: number) =>
      validate(Object.assign(new Person(), { birthYear })).then((errors) => errors.length);
    expect(await check(thisYear)).toBe(0);
    expect(await check(thisYear + 1)).toBe(1);
    expect(await check(thisYear - 120)).toBe(0);
    expect(await check(thisYear - 121)).toBe(1);
    expect(await check(1900)).toBe(1);
  });
});
