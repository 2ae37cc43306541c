/**
 * A strict reading of an iCalendar file for tests (RFC 5545): CRLF after every line, no line over
 * 75 octets, folded lines unfolded, components nested and closed, the properties a calendar and
 * each event must have, UTC date-times, TEXT values with their commas and semicolons escaped.
 * Throws on the first fault; returns each VEVENT's properties (values unescaped).
 */
export interface CalendarFile {
  properties: Map<string, string>;
  events: Map<string, string>[];
}

const TEXT_PROPERTIES = new Set(['SUMMARY', 'LOCATION', 'DESCRIPTION', 'X-WR-CALNAME']);
const UTC_DATE_TIME = /^\d{8}T\d{6}Z$/;

function unescapeText(value: string): string {
  if (/(^|[^\\])(\\\\)*[,;]/.test(value)) throw new Error(`unescaped , or ; in "${value}"`);
  return value.replace(/\\([\\;,nN])/g, (_, character: string) =>
    character.toLowerCase() === 'n' ? '\n' : character,
  );
}

export function readCalendar(text: string): CalendarFile {
  if (!text.endsWith('\r\n')) throw new Error('the file does not end in CRLF');
  const physical = text.slice(0, -2).split('\r\n');
  for (const line of physical) {
    if (line.includes('\n') || line.includes('\r')) throw new Error(`a bare line break: ${line}`);
    if (Buffer.byteLength(line, 'utf8') > 75) throw new Error(`over 75 octets: ${line}`);
  }
  const lines = text
    .slice(0, -2)
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n');
  const stack: string[] = [];
  const calendar: CalendarFile = { properties: new Map(), events: [] };
  let event: Map<string, string> | null = null;
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon < 1) throw new Error(`not a content line: ${line}`);
    const name = line.slice(0, colon).split(';')[0];
    const value = line.slice(colon + 1);
    if (name === 'BEGIN') {
      stack.push(value);
      if (value === 'VEVENT') event = new Map();
      continue;
    }
    if (name === 'END') {
      if (stack.pop() !== value) throw new Error(`END:${value} closes nothing open`);
      if (value === 'VEVENT' && event) {
        for (const required of ['UID', 'DTSTAMP', 'DTSTART']) {
          if (!event.has(required)) throw new Error(`a VEVENT without ${required}`);
        }
        for (const time of ['DTSTAMP', 'DTSTART', 'DTEND', 'LAST-MODIFIED']) {
          const at = event.get(time);
          if (at !== undefined && !UTC_DATE_TIME.test(at)) throw new Error(`${time}:${at}`);
        }
        calendar.events.push(event);
        event = null;
      }
      continue;
    }
    if (stack.length === 0) throw new Error(`a property outside VCALENDAR: ${line}`);
    const parsed = TEXT_PROPERTIES.has(name) ? unescapeText(value) : value;
    (event ?? calendar.properties).set(name, parsed);
  }
  if (stack.length > 0) throw new Error(`not closed: ${stack.join(', ')}`);
  if (lines[0] !== 'BEGIN:VCALENDAR') throw new Error('does not begin with VCALENDAR');
  for (const required of ['VERSION', 'PRODID']) {
    if (!calendar.properties.has(required)) throw new Error(`a VCALENDAR without ${required}`);
  }
  return calendar;
}
