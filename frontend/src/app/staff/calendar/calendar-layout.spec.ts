import type { StaffReservation } from '../../api/api-types';
import { closureOn, placeBlocks, roomDays } from './calendar-layout';

function reservation(
  id: string,
  startsAt: string,
  endsAt: string,
  roomId = 'room-1',
): StaffReservation {
  return {
    id,
    kind: 'hire',
    roomId,
    roomNameJa: '研修室1',
    roomNameEn: 'Seminar Room 1',
    groupName: id,
    purpose: '',
    startsAt,
    endsAt,
  };
}

describe('placeBlocks', () => {
  const day = '2026-12-01';

  it('positions a block within the opening hours', () => {
    const [block] = placeBlocks(
      [reservation('a', '2026-12-01T10:00:00+09:00', '2026-12-01T12:00:00+09:00')],
      day,
      '09:00',
      '21:00',
    );
    expect(block.start).toBe(600);
    expect(block.end).toBe(720);
    expect(block.offset).toBeCloseTo((60 / 720) * 100);
    expect(block.length).toBeCloseTo((120 / 720) * 100);
    expect(block).toMatchObject({ lane: 0, lanes: 1 });
  });

  it('keeps only the blocks of that day, in time order', () => {
    const blocks = placeBlocks(
      [
        reservation('late', '2026-12-01T18:00:00+09:00', '2026-12-01T20:00:00+09:00'),
        reservation('other day', '2026-12-02T10:00:00+09:00', '2026-12-02T12:00:00+09:00'),
        reservation('early', '2026-12-01T09:00:00+09:00', '2026-12-01T10:00:00+09:00'),
      ],
      day,
      '09:00',
      '21:00',
    );
    expect(blocks.map((b) => b.reservation.id)).toEqual(['early', 'late']);
  });

  it('puts back-to-back blocks in one lane and overlapping ones side by side', () => {
    const blocks = placeBlocks(
      [
        reservation('a', '2026-12-01T10:00:00+09:00', '2026-12-01T12:00:00+09:00'),
        reservation('b', '2026-12-01T12:00:00+09:00', '2026-12-01T13:00:00+09:00'),
        reservation('c', '2026-12-01T11:00:00+09:00', '2026-12-01T12:30:00+09:00'),
      ],
      day,
      '09:00',
      '21:00',
    );
    const byId = Object.fromEntries(blocks.map((b) => [b.reservation.id, b]));
    expect(byId['a']).toMatchObject({ lane: 0, lanes: 2 });
    expect(byId['c']).toMatchObject({ lane: 1, lanes: 2 });
    expect(byId['b']).toMatchObject({ lane: 0, lanes: 2 });
  });

  it('cuts a reservation that runs past midnight and clamps it to the opening hours', () => {
    const [evening] = placeBlocks(
      [reservation('night', '2026-12-01T20:00:00+09:00', '2026-12-02T01:00:00+09:00')],
      day,
      '09:00',
      '21:00',
    );
    expect(evening.end).toBe(24 * 60);
    expect(evening.offset + evening.length).toBeCloseTo(100);
    const [next] = placeBlocks(
      [reservation('night', '2026-12-01T20:00:00+09:00', '2026-12-02T01:00:00+09:00')],
      '2026-12-02',
      '09:00',
      '21:00',
    );
    expect(next).toMatchObject({ start: 0, end: 60, length: 0 });
  });
});

describe('roomDays', () => {
  it('gives every room every day, with only its own reservations', () => {
    const result = roomDays(
      ['room-1', 'room-2'],
      [
        reservation('a', '2026-12-01T10:00:00+09:00', '2026-12-01T12:00:00+09:00', 'room-2'),
        reservation('b', '2026-12-02T10:00:00+09:00', '2026-12-02T12:00:00+09:00', 'room-1'),
      ],
      '2026-12-01',
      2,
      '09:00',
      '21:00',
    );
    expect(result.map((d) => [d.date, d.roomId, d.blocks.map((b) => b.reservation.id)])).toEqual([
      ['2026-12-01', 'room-1', []],
      ['2026-12-01', 'room-2', ['a']],
      ['2026-12-02', 'room-1', ['b']],
      ['2026-12-02', 'room-2', []],
    ]);
  });
});

describe('closureOn', () => {
  it('finds the closure covering a date, both ends included', () => {
    const closure = {
      id: 'c',
      kind: 'year_end' as const,
      from: '2026-12-29',
      to: '2027-01-03',
      reasonJa: '年末年始休館',
      reasonEn: 'New Year closure',
    };
    expect(closureOn([closure], '2026-12-29')).toBe(closure);
    expect(closureOn([closure], '2027-01-03')).toBe(closure);
    expect(closureOn([closure], '2027-01-04')).toBeUndefined();
  });
});
