import { japanDate, japanTime } from '../common/time/japan-time';
import type { AttendanceStatus, RosterDto } from './dto/roster.dto';

/**
 * A roster as a CSV file that Excel opens correctly in Japanese: UTF-8 with a byte-order mark
 * (without it Excel reads Shift_JIS and garbles every name), CRLF line ends and RFC 4180
 * quoting. A cell that starts with = + - @ (or a tab or carriage return) would be run by Excel
 * as a formula (CSV injection: a name typed as "=HYPERLINK(...)"); it gets a leading apostrophe.
 */

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

const ATTENDANCE_JA: Record<AttendanceStatus, string> = {
  present: '出席',
  late: '遅刻',
  absent: '欠席',
};

/** One cell: formula-guarded, quoted when it holds a comma, quote or line break. */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRows(rows: readonly (readonly (string | number | null)[])[]): string {
  return BOM + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function rosterCsv(roster: RosterDto): string {
  const contacts = roster.viewer.canSeeContacts;
  const header = [
    '区分',
    '予約者',
    'フリガナ',
    '人数',
    '参加者',
    '保育',
    '予約番号',
    '出欠',
    '受付時刻',
    ...(contacts ? ['電話番号', 'メールアドレス'] : []),
    '備考',
  ];
  const booked = roster.entries.map((entry) => [
    '予約',
    entry.name,
    entry.nameKana,
    entry.partySize,
    [
      ...(entry.bookerAttends ? [`${entry.name}（本人）`] : []),
      ...entry.companions.map((c) => `${c.name}（${c.age}歳）`),
    ].join('、'),
    childcareCell(entry.childcareAges),
    entry.code,
    entry.attendance ? ATTENDANCE_JA[entry.attendance.status] : '未受付',
    entry.attendance?.checkedInAt ? japanTime(entry.attendance.checkedInAt) : '',
    ...(contacts ? [entry.phone ?? '', entry.email ?? ''] : []),
    '',
  ]);
  const walkIns = roster.walkIns.map((walkIn) => [
    '当日参加',
    walkIn.name,
    '',
    walkIn.partySize,
    '',
    '',
    '',
    '出席',
    japanTime(walkIn.createdAt),
    ...(contacts ? ['', ''] : []),
    walkIn.note,
  ]);
  return csvRows([header, ...booked, ...walkIns]);
}

/**
 * The download's Content-Disposition: an ASCII fallback name and the Japanese one in RFC 5987
 * `filename*` (roster-2026-12-03-スマホ講座.csv). Characters that are not allowed in file names
 * on Windows or macOS become '_'.
 */
export function rosterFileName(roster: RosterDto): { ascii: string; utf8: string } {
  const date = japanDate(roster.session.startsAt);
  const title = roster.course.titleJa
    .normalize('NFC')
    .replace(/[\\/:*?"<>|]/g, '_')
    .replace(/\p{Cc}/gu, '_')
    .replace(/\s+/g, '_')
    .slice(0, 40);
  return { ascii: `roster-${date}.csv`, utf8: `roster-${date}-${title}.csv` };
}

export function contentDisposition(fileName: { ascii: string; utf8: string }): string {
  const encoded = encodeURIComponent(fileName.utf8).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fileName.ascii}"; filename*=UTF-8''${encoded}`;
}

/** 「2人（1歳・3歳）」: the children asked for childcare, or nothing. */
function childcareCell(ages: readonly number[]): string {
  if (ages.length === 0) return '';
  return `${ages.length}人（${ages.map((age) => `${age}歳`).join('・')}）`;
}
