import type { AttendanceStatus, Roster, RosterEntry } from '../api/api-types';
import { type RangeInMessage, formatTime, sessionRangeText } from '../core/format/date-format';
import type { Language } from '../core/i18n/i18n.service';
import type { Translator } from '../core/i18n/scoped-translator';
import type { RostersKey } from './rosters-messages';

export const STATUS_KEYS: Record<AttendanceStatus | 'none', RostersKey> = {
  present: 'status.present',
  late: 'status.late',
  absent: 'status.absent',
  none: 'status.none',
};

/** What the door can do to a booking: mark an attendance, or undo the mark. */
export type DoorAction = AttendanceStatus | 'undo';

/** The buttons beside a person at the door, by their attendance so far. */
export const DOOR_ACTIONS: Record<AttendanceStatus | 'none', readonly DoorAction[]> = {
  none: ['present', 'late', 'absent'],
  present: ['late', 'undo'],
  late: ['present', 'undo'],
  absent: ['present', 'late', 'undo'],
};

export const ACTION_KEYS: Record<DoorAction, RostersKey> = {
  present: 'checkIn.markPresent',
  late: 'checkIn.markLate',
  absent: 'checkIn.markAbsent',
  undo: 'checkIn.undo',
};

/** Where "back" leads: the page the viewer came from for this session. */
export function backLink(roster: Roster): { path: unknown[]; label: RostersKey } {
  switch (roster.viewer.kind) {
    case 'organiser':
      return { path: ['/organiser/courses', roster.course.id], label: 'back.organiser' };
    case 'facility_staff':
      return {
        path: ['/staff/facilities', roster.session.facilityId, 'calendar'],
        label: 'back.staff',
      };
    default:
      return { path: ['/rosters'], label: 'back.teaching' };
  }
}

/** 「第1回 2026年12月3日(木) 10:00〜12:00 吾妻交流センター 和室」, its dates drawn as a range. */
export function sessionLine(
  roster: Roster,
  t: Translator<RostersKey>,
  language: Language,
  pick: (ja: string, en: string) => string,
): RangeInMessage {
  const session = roster.session;
  return {
    before: `${t('session.nth', { n: session.number })} `,
    range: sessionRangeText(session.startsAt, session.endsAt, language),
    after: ` ${pick(session.facilityNameJa, session.facilityNameEn)} ${pick(session.roomNameJa, session.roomNameEn)}`,
  };
}

/** 「出席（10:02受付）」 / "Present (in at 10:02)" */
export function attendanceText(entry: RosterEntry, t: Translator<RostersKey>): string {
  const attendance = entry.attendance;
  if (!attendance) return t('status.none');
  const label = t(STATUS_KEYS[attendance.status]);
  return attendance.checkedInAt
    ? t('status.at', { status: label, time: formatTime(attendance.checkedInAt) })
    : label;
}

/** Who attends: the booker (when they do) and the family members, with ages. */
export function companionsText(entry: RosterEntry, t: Translator<RostersKey>): string {
  const people = [
    ...(entry.bookerAttends ? [t('roster.self', { name: entry.name })] : []),
    ...entry.companions.map((c) => t('roster.companion', { name: c.name, age: c.age })),
  ];
  const attendees = people.join(t('roster.separator'));
  return entry.bookerAttends ? attendees : `${attendees}${t('roster.bookerAbsent')}`;
}

/** Childcare asked for on a booking: 「保育 2人（1歳・3歳）」, or null. */
export function childcareText(entry: RosterEntry, t: Translator<RostersKey>): string | null {
  if (entry.childcareAges.length === 0) return null;
  return t('roster.childcare', {
    count: entry.childcareAges.length,
    ages: entry.childcareAges
      .map((age) => t('roster.childcareAge', { age }))
      .join(t('roster.separator')),
  });
}
