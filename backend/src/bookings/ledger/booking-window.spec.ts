import { bookingWindowState } from './booking-window';

describe('the booking window', () => {
  const course = {
    status: 'published',
    opensAt: '2027-01-10T09:00:00+09:00',
    closesAt: '2027-01-20T17:00:00+09:00',
  };

  it('is not open yet until the opening instant, then open', () => {
    expect(bookingWindowState(course, new Date('2027-01-10T08:59:59.999+09:00'))).toBe(
      'not_open_yet',
    );
    expect(bookingWindowState(course, new Date('2027-01-10T09:00:00+09:00'))).toBe('open');
  });

  it('is open until just before the closing instant, which is already closed', () => {
    expect(bookingWindowState(course, new Date('2027-01-20T16:59:59.999+09:00'))).toBe('open');
    expect(bookingWindowState(course, new Date('2027-01-20T17:00:00+09:00'))).toBe('closed');
    expect(bookingWindowState(course, new Date('2027-03-01T00:00:00+09:00'))).toBe('closed');
  });

  it('takes Date values as well as the ISO strings the database hands out', () => {
    const dated = {
      ...course,
      opensAt: new Date(course.opensAt),
      closesAt: new Date(course.closesAt),
    };
    expect(bookingWindowState(dated, new Date('2027-01-15T12:00:00+09:00'))).toBe('open');
  });

  it.each(['draft', 'cancelled', 'finished'])(
    'is never open for a %s course, even inside its dates',
    (status) => {
      expect(bookingWindowState({ ...course, status }, new Date('2027-01-15T12:00:00+09:00'))).toBe(
        'not_bookable',
      );
    },
  );
});
