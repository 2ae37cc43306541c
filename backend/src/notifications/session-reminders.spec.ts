import { withinReminderHours } from './session-reminders.service';

describe('reminder hours (Japan time)', () => {
  it.each([
    ['2027-06-10T08:59:59+09:00', false],
    ['2027-06-10T09:00:00+09:00', true], // 00:00 UTC
    ['2027-06-10T21:00:00+09:00', true],
    ['2027-06-10T21:59:59+09:00', true],
    ['2027-06-10T22:00:00+09:00', false],
    ['2027-06-11T00:00:00+09:00', false], // midnight in Japan: 15:00 UTC the day before
    ['2027-06-10T15:00:00Z', false],
    ['2027-06-10T03:00:00Z', true], // noon in Japan
  ])('%s: %s', (instant, expected) => {
    expect(withinReminderHours(new Date(instant))).toBe(expected);
  });
});
