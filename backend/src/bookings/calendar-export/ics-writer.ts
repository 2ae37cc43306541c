/**
 * iCalendar (RFC 5545) text for course sessions: what calendar apps import from a booking's
 * .ics file or subscribe to through the private feed. Plain functions, no I/O.
 *
 * - Lines end in CRLF and are folded so that no line is longer than 75 octets (UTF-8 bytes,
 *   never splitting a character): Japanese text is three octets a character.
 * - TEXT values escape backslash, semicolon, comma and newlines.
 * - Times are written in UTC (`20261203T010000Z`), which every calendar converts to the
 *   viewer's zone; Japan has no daylight saving, so nothing is lost.
 */
export interface IcsEvent {
  /** Stable across exports, so a re-import updates the event instead of adding a copy. */
  uid: string;
  startsAt: Date;
  endsAt: Date;
  summary: string;
  location: string;
  description: string;
  url: string;
  /** Only seats are exported, so never TENTATIVE: a place on a list is not an appointment. */
  status: 'CONFIRMED' | 'CANCELLED';
  /** When the thing it describes last changed (SEQUENCE-less clients compare this). */
  lastModified: Date;
}

export interface IcsCalendar {
  name: string;
  events: readonly IcsEvent[];
  /** DTSTAMP of every event: when this file was written. */
  generatedAt: Date;
  /** For a subscription: how often a client should refresh (ISO 8601 duration). */
  refreshInterval?: string;
}

const MAX_LINE_OCTETS = 75;

/** A TEXT value: `\` `;` `,` escaped, newlines as `\n` (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * One content line folded into lines of at most 75 octets: continuation lines start with a
 * single space, which counts towards their 75 (RFC 5545 §3.1). Characters are never split.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let currentOctets = 0;
  for (const character of line) {
    const octets = Buffer.byteLength(character, 'utf8');
    if (currentOctets + octets > MAX_LINE_OCTETS) {
      parts.push(current);
      current = ' ';
      currentOctets = 1;
    }
    current += character;
    currentOctets += octets;
  }
  parts.push(current);
  return parts.join('\r\n');
}

/** `20261203T010000Z` */
export function formatUtc(instant: Date): string {
  return instant
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

function eventLines(event: IcsEvent, generatedAt: Date): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${formatUtc(generatedAt)}`,
    `LAST-MODIFIED:${formatUtc(event.lastModified)}`,
    `DTSTART:${formatUtc(event.startsAt)}`,
    `DTEND:${formatUtc(event.endsAt)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `LOCATION:${escapeText(event.location)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    // A URI value is not TEXT: no escaping (our URLs hold no CR/LF).
    `URL:${event.url}`,
    `STATUS:${event.status}`,
    'END:VEVENT',
  ];
}

/** The whole VCALENDAR, CRLF after every line (the last one included). */
export function writeCalendar(calendar: IcsCalendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Tsukuba City//tsumugu//JA',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    'X-WR-TIMEZONE:Asia/Tokyo',
    ...(calendar.refreshInterval
      ? [
          `REFRESH-INTERVAL;VALUE=DURATION:${calendar.refreshInterval}`,
          `X-PUBLISHED-TTL:${calendar.refreshInterval}`,
        ]
      : []),
    ...calendar.events.flatMap((event) => eventLines(event, calendar.generatedAt)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
