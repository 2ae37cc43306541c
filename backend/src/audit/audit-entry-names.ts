import { formatDateTime } from '../common/time/japan-time';
import type { Label } from '../reference/reference-data';
import { ROLE_LABELS } from '../roles/role-mails';
import { AUDIT_ACTION_LABELS } from './audit-action-labels';
import type { AuditRow, AuditTargetRow } from './audit.repository';
import type { AuditEntryDto } from './dto/audit-log.dto';

const DELETED_PERSON: Label = { ja: '削除されたアカウント', en: 'Deleted account' };

/** A person's name in both languages' order (姓 名 / given family). */
export function personLabel(person: {
  familyName: string;
  givenName: string;
  deleted: boolean;
}): Label | null {
  if (person.deleted) return DELETED_PERSON;
  const ja = [person.familyName, person.givenName].filter(Boolean).join(' ');
  const en = [person.givenName, person.familyName].filter(Boolean).join(' ');
  return ja ? { ja, en } : null;
}

/** The object of an entry by name: "Course title (session date)", a facility, "role (where)". */
export function targetLabel(target: AuditTargetRow | null): Label | null {
  if (!target) return null;
  switch (target.kind) {
    case 'named':
      return target.startsAt
        ? {
            ja: `${target.ja}（${formatDateTime(target.startsAt, 'ja')}）`,
            en: `${target.en} (${formatDateTime(target.startsAt, 'en')})`,
          }
        : { ja: target.ja, en: target.en };
    case 'person':
      return personLabel(target);
    case 'role': {
      const role = target.role && ROLE_LABELS[target.role as keyof typeof ROLE_LABELS];
      if (!role) return target.scope;
      return target.scope
        ? { ja: `${role.ja}（${target.scope.ja}）`, en: `${role.en} (${target.scope.en})` }
        : role;
    }
  }
}

/** A row as the API shows it: the action and the object named in both languages. */
export function namedEntry({ target, ...row }: AuditRow): AuditEntryDto {
  return { ...row, actionLabel: AUDIT_ACTION_LABELS[row.action], targetName: targetLabel(target) };
}
