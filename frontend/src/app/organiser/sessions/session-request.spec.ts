import { parseSkipDates, toSessionRequest, type SessionFormValue } from './session-request';

const BASE: SessionFormValue = {
  repeat: 'weekly',
  date: '2026-12-08',
  startTime: '10:00',
  endTime: '11:30',
  count: 4,
  skipDates: '',
  roomId: 'room-1',
};

describe('toSessionRequest', () => {
  it('maps a weekly series to the series request with its duration in minutes', () => {
    expect(toSessionRequest(BASE)).toEqual({
      kind: 'series',
      body: {
        firstDate: '2026-12-08',
        startTime: '10:00',
        durationMinutes: 90,
        frequency: 'weekly',
        count: 4,
        roomId: 'room-1',
      },
    });
  });

  it('sends skipped dates normalised and sorted, and a fortnightly frequency', () => {
    const request = toSessionRequest({
      ...BASE,
      repeat: 'biweekly',
      startTime: '9:05',
      endTime: '12:00',
      skipDates: '2027/1/5, 2026-12-29\n2026-12-29',
    });
    expect(request).toEqual({
      kind: 'series',
      body: {
        firstDate: '2026-12-08',
        startTime: '09:05',
        durationMinutes: 175,
        frequency: 'biweekly',
        count: 4,
        skipDates: ['2026-12-29', '2027-01-05'],
        roomId: 'room-1',
      },
    });
  });

  it('maps a one-off session to Japan-time instants, ignoring count and skipped dates', () => {
    expect(toSessionRequest({ ...BASE, repeat: 'once', skipDates: '2026-12-15' })).toEqual({
      kind: 'single',
      body: {
        startsAt: '2026-12-08T10:00:00+09:00',
        endsAt: '2026-12-08T11:30:00+09:00',
        roomId: 'room-1',
      },
    });
  });
});

describe('parseSkipDates', () => {
  it('keeps what is not a date so the API can name it under the field', () => {
    expect(parseSkipDates('2026-12-29、christmas')).toEqual(['2026-12-29', 'christmas']);
    expect(parseSkipDates('  ')).toEqual([]);
  });
});
