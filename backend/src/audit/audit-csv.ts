import type { Language } from '../common/errors/request-language';
import { formatDateTime } from '../common/time/japan-time';
import { csvRows } from '../rosters/roster-csv';
import { personLabel } from './audit-entry-names';
import type { AuditEntryDto, AuditPersonDto } from './dto/audit-log.dto';

const HEADER: Record<Language, string[]> = {
  ja: [
    '日時',
    '操作した人',
    '操作した人のメール',
    '操作',
    '対象の人',
    '対象',
    '操作コード',
    '記録番号',
  ],
  en: [
    'When (JST)',
    'By',
    'By (e-mail)',
    'Action',
    'Person concerned',
    'Object',
    'Action code',
    'Entry',
  ],
};
const SYSTEM: Record<Language, string> = { ja: 'システム', en: 'System' };

function name(person: AuditPersonDto | null, language: Language): string {
  if (!person) return '';
  return personLabel(person)?.[language] ?? person.email ?? person.id;
}

/**
 * The audit log as a file for Excel (UTF-8 with BOM, CRLF, formula-guarded cells: the roster's
 * CSV rules), in the reader's language, times in Japan time. The action's code is kept beside
 * its name so that a file can be filtered the same way in any language.
 */
export function auditCsv(entries: readonly AuditEntryDto[], language: Language): string {
  return csvRows([
    HEADER[language],
    ...entries.map((entry) => [
      formatDateTime(entry.occurredAt, language),
      entry.actor ? name(entry.actor, language) : SYSTEM[language],
      entry.actor?.email ?? '',
      entry.actionLabel[language],
      name(entry.subject, language),
      entry.targetName?.[language] ?? '',
      entry.action,
      entry.id,
    ]),
  ]);
}
