import { expandSeries } from './session-series';

describe('expandSeries', () => {
  it('plans four weekly sessions in Japan time', () => {
    const sessions = expandSeries({
      firstDate: '2027-01-14',
      startTime: '10:00',
      durationMinutes: 90,
      frequency: 'weekly',
      count: 4,
    });
    expect(sessions.map((s) => s.startsAt.toISOString())).toEqual([
      '2027-01-14T01:00:00.000Z',
      '2027-01-21T01:00:00.000Z',
      '2027-01-28T01:00:00.000Z',
      '2027-02-04T01:00:00.000Z',
    ]);
    expect(sessions[0].endsAt.toISOString()).toBe('2027-01-14T02:30:00.000Z');
  });

  it('skips exception dates without counting them, every other week', () => {
    const sessions = expandSeries({
      firstDate: '2027-01-07',
      startTime: '19:30',
      durationMinutes: 60,
      frequency: 'biweekly',
      count: 3,
      skipDates: ['2027-01-21'],
    });
    expect(sessions.map((s) => s.startsAt.toISOString())).toEqual([
      '2027-01-07T10:30:00.000Z',
      '2027-02-04T10:30:00.000Z',
      '2027-02-18T10:30:00.000Z',
    ]);
  });

  it('stops at the until date (inclusive) and across a month end', () => {
    const sessions = expandSeries({
      firstDate: '2027-01-28',
      startTime: '09:00',
      durationMinutes: 30,
      frequency: 'weekly',
      until: '2027-02-18',
    });
    expect(sessions.map((s) => s.startsAt.toISOString().slice(0, 10))).toEqual([
      '2027-01-28',
      '2027-02-04',
      '2027-02-11',
      '2027-02-18',
    ]);
  });

  it('plans nothing when the until date is before the first date', () => {
    expect(
      expandSeries({
        firstDate: '2027-02-01',
        startTime: '09:00',
        durationMinutes: 30,
        frequency: 'weekly',
        until: '2027-01-01',
      }),
    ).toEqual([]);
  });
});
