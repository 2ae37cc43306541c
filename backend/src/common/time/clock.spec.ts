import { SettableClock } from '../../testing/settable-clock';
import { SystemClock } from './clock';

describe('Clock', () => {
  it('the system clock is the real time', () => {
    const before = Date.now();
    const now = new SystemClock().now().getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });

  it('today is the Japanese calendar day: midnight in Japan is 15:00 UTC the day before', () => {
    const clock = new SettableClock('2027-03-31T14:59:59Z');
    expect(clock.today()).toBe('2027-03-31');
    expect(clock.advance(1000).today()).toBe('2027-04-01');
    expect(clock.now().toISOString()).toBe('2027-03-31T15:00:00.000Z');
  });

  it('a settable clock stands still until it is set or advanced', () => {
    const clock = new SettableClock('2026-12-28T09:00:00+09:00');
    expect(clock.now().toISOString()).toBe('2026-12-28T00:00:00.000Z');
    expect(clock.now().toISOString()).toBe('2026-12-28T00:00:00.000Z');
    clock.set('2027-01-04T08:59:59+09:00');
    expect(clock.today()).toBe('2027-01-04');
  });

  it('a caller cannot move the clock by changing the Date it was given', () => {
    const clock = new SettableClock('2027-01-01T00:00:00+09:00');
    clock.now().setFullYear(1999);
    expect(clock.today()).toBe('2027-01-01');
  });

  it('a settable clock built without an instant runs with the real time until set', () => {
    const clock = new SettableClock();
    const before = Date.now();
    expect(clock.now().getTime()).toBeGreaterThanOrEqual(before);
    clock.set('2027-12-28T00:00:00+09:00');
    expect(clock.today()).toBe('2027-12-28');
    clock.reset();
    expect(clock.now().getTime()).toBeGreaterThanOrEqual(before);
    expect(clock.advance(86_400_000).now().getTime()).toBeGreaterThan(Date.now());
  });

  it('refuses what is not an instant', () => {
    expect(() => new SettableClock('31 March, late')).toThrow('not an instant');
  });
});
