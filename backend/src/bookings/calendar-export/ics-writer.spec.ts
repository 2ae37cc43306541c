import { escapeText, foldLine, formatUtc, writeCalendar, type IcsEvent } from './ics-writer';

const unfold = (text: string) => text.replace(/\r\n /g, '');

describe('ics writer', () => {
  describe('escapeText', () => {
    it('escapes backslash, semicolon, comma and newlines (RFC 5545 TEXT)', () => {
      expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
    });

    it('leaves colons and Japanese text alone', () => {
      expect(escapeText('会場: 吾妻交流センター')).toBe('会場: 吾妻交流センター');
    });
  });

  describe('foldLine', () => {
    it('keeps a line of 75 octets whole', () => {
      const line = 'X'.repeat(75);
      expect(foldLine(line)).toBe(line);
    });

    it('folds a longer ASCII line into lines of at most 75 octets, continuations starting with a space', () => {
      const line = 'SUMMARY:' + 'a'.repeat(200);
      const folded = foldLine(line);
      const parts = folded.split('\r\n');
      expect(parts.length).toBe(3);
      for (const part of parts) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
      expect(parts[0]).toHaveLength(75);
      expect(parts.slice(1).every((part) => part.startsWith(' '))).toBe(true);
      expect(unfold(folded)).toBe(line);
    });

    it('counts octets, not characters, and never splits a Japanese character', () => {
      const line = 'SUMMARY:' + '親子でたのしむ英語あそび'.repeat(5);
      const folded = foldLine(line);
      const parts = folded.split('\r\n');
      expect(parts.length).toBeGreaterThan(2);
      for (const part of parts) {
        expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
        // A split character would decode to U+FFFD.
        expect(Buffer.from(part, 'utf8').toString('utf8')).not.toContain('\uFFFD');
      }
      expect(unfold(folded)).toBe(line);
    });

    it('keeps a surrogate pair (emoji) together', () => {
      const line = 'X'.repeat(73) + '😀' + 'Y';
      const parts = foldLine(line).split('\r\n');
      expect(parts[0]).toBe('X'.repeat(73));
      expect(parts[1]).toBe(' 😀Y');
    });
  });

  it('writes UTC times in the basic format', () => {
    expect(formatUtc(new Date('2026-12-03T10:00:00+09:00'))).toBe('20261203T010000Z');
  });

  describe('writeCalendar', () => {
    const event: IcsEvent = {
      uid: 'booking-1-session-1@tsumugu',
      startsAt: new Date('2026-12-03T10:00:00+09:00'),
      endsAt: new Date('2026-12-03T12:00:00+09:00'),
      summary: '親子で英語, 第1回; 入門',
      location: '吾妻交流センター 会議室1',
      description: '持ち物: 筆記用具\n予約番号: K7M2-Q9XD',
      url: 'https://tsumugu.example.jp/bookings/1',
      status: 'CANCELLED',
      lastModified: new Date('2026-11-01T00:00:00Z'),
    };
    const text = writeCalendar({
      name: 'tsumugu',
      events: [event],
      generatedAt: new Date('2026-11-26T00:00:00Z'),
    });

    it('ends every line with CRLF and has no bare LF', () => {
      expect(text.endsWith('\r\n')).toBe(true);
      expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    });

    it('has one VEVENT with the escaped fields, the times in UTC and its status', () => {
      const lines = unfold(text).split('\r\n');
      expect(lines[0]).toBe('BEGIN:VCALENDAR');
      expect(lines).toContain('VERSION:2.0');
      expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
      expect(lines).toContain('UID:booking-1-session-1@tsumugu');
      expect(lines).toContain('DTSTART:20261203T010000Z');
      expect(lines).toContain('DTEND:20261203T030000Z');
      expect(lines).toContain('DTSTAMP:20261126T000000Z');
      expect(lines).toContain('SUMMARY:親子で英語\\, 第1回\\; 入門');
      expect(lines).toContain('LOCATION:吾妻交流センター 会議室1');
      expect(lines).toContain('DESCRIPTION:持ち物: 筆記用具\\n予約番号: K7M2-Q9XD');
      expect(lines).toContain('URL:https://tsumugu.example.jp/bookings/1');
      expect(lines).toContain('STATUS:CANCELLED');
      expect(lines.at(-2)).toBe('END:VCALENDAR');
    });

    it('folds long lines of the calendar', () => {
      for (const line of text.split('\r\n')) {
        expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      }
    });

    it('says how often to refresh only for a subscription', () => {
      expect(text).not.toContain('REFRESH-INTERVAL');
      const feed = writeCalendar({
        name: 'feed',
        events: [],
        generatedAt: new Date(),
        refreshInterval: 'PT6H',
      });
      expect(feed).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT6H\r\n');
    });
  });
});
