import type { Label } from '../reference/reference-data';
import type { AuditAction } from './audit-action';

/**
 * What each recorded action means, in words an administrator reads at a glance. The one place
 * the names live: the console's table and filter and the CSV export all take them from here
 * (a Record, so a new action without a name does not compile).
 */
export const AUDIT_ACTION_LABELS: Record<AuditAction, Label> = {
  'people.searched': { ja: '利用者を検索', en: 'Searched people' },
  'person.viewed': { ja: '利用者の情報を閲覧', en: 'Viewed a person' },
  'role.granted': { ja: '役割を付与', en: 'Granted a role' },
  'role.revoked': { ja: '役割を取り消し', en: 'Revoked a role' },
  'invitation.created': { ja: '招待を作成', en: 'Created an invitation' },
  'invitation.revoked': { ja: '招待を取り消し', en: 'Revoked an invitation' },
  'invitation.accepted': { ja: '招待を承諾', en: 'Accepted an invitation' },
  'organisation.created': { ja: '団体を追加', en: 'Added an organisation' },
  'organisation.updated': { ja: '団体を変更', en: 'Changed an organisation' },
  'organisation.members_viewed': {
    ja: '団体のメンバーを閲覧',
    en: "Viewed an organisation's members",
  },
  'facility.created': { ja: '施設を追加', en: 'Added a facility' },
  'facility.updated': { ja: '施設を変更', en: 'Changed a facility' },
  'room.created': { ja: '部屋を追加', en: 'Added a room' },
  'room.updated': { ja: '部屋を変更', en: 'Changed a room' },
  'facility.hours_updated': { ja: '開館時間を変更', en: 'Changed opening hours' },
  'closure.created': { ja: '休館日を登録', en: 'Added a closure' },
  'closure.deleted': { ja: '休館日を削除', en: 'Removed a closure' },
  'reservation.created': { ja: '部屋の貸出を登録', en: 'Booked a room hire' },
  'reservation.cancelled': { ja: '部屋の貸出を取り消し', en: 'Cancelled a room hire' },
  'roster.viewed': { ja: '名簿を閲覧', en: 'Viewed a roster' },
  'roster.exported': { ja: '名簿をダウンロード', en: 'Downloaded a roster' },
  'attendance.recorded': { ja: '出欠を記録', en: 'Recorded attendance' },
  'attendance.cleared': { ja: '出欠の記録を取り消し', en: 'Cleared attendance' },
  'walk_in.added': { ja: '当日参加者を追加', en: 'Added a walk-in' },
  'walk_in.removed': { ja: '当日参加者を削除', en: 'Removed a walk-in' },
  'message.sent': { ja: '参加者に連絡を送信', en: 'Messaged participants' },
  'instructor.added': { ja: '講座に講師を追加', en: 'Added an instructor to a course' },
  'instructor.removed': { ja: '講座から講師を外す', en: 'Removed an instructor from a course' },
  'instructor_profiles.listed': { ja: '人材バンクの一覧を閲覧', en: 'Listed bank profiles' },
  'instructor_profile.viewed': { ja: '人材バンクの登録を閲覧', en: 'Viewed a bank profile' },
  'instructor_profile.decided': {
    ja: '人材バンクの審査結果を記録',
    en: 'Decided on a bank profile',
  },
  'instructor_settings.updated': { ja: '人材バンクの設定を変更', en: 'Changed bank settings' },
  'account.exported': { ja: '自分のデータをダウンロード', en: 'Downloaded own data' },
  'account.deleted': { ja: 'アカウントを削除', en: 'Deleted own account' },
  'audit_log.exported': { ja: '操作記録をCSVで書き出し', en: 'Exported the audit log (CSV)' },
};
