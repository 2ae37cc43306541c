import { defineFeatureErrors } from '../common/errors/error-definition';

/** Role assignments and invitations. */
export enum RolesErrorCode {
  RoleAssignmentNotFound = 'ROLE_ASSIGNMENT_NOT_FOUND',
  InvitationNotFound = 'INVITATION_NOT_FOUND',
  InvitationEmailMismatch = 'INVITATION_EMAIL_MISMATCH',
  LastCityAdmin = 'LAST_CITY_ADMIN',
}

/** Status and a message a person can act on, in Japanese and English, for each code. */
export const ROLES_ERRORS = defineFeatureErrors('roles', RolesErrorCode, {
  [RolesErrorCode.RoleAssignmentNotFound]: {
    status: 404,
    message: {
      ja: '役割の割り当てが見つかりません。すでに取り消された可能性があります。一覧を更新してください。',
      en: 'Role assignment not found. It may already have been revoked; please reload the list.',
    },
  },
  [RolesErrorCode.InvitationNotFound]: {
    status: 404,
    message: {
      ja: '招待が見つからないか、期限切れ・取り消し済みです。招待した方に再送を依頼してください。',
      en: 'This invitation was not found, has expired or was withdrawn. Ask the sender for a new one.',
    },
  },
  [RolesErrorCode.InvitationEmailMismatch]: {
    status: 403,
    message: {
      ja: 'この招待は別のメールアドレス宛てです。招待メールを受け取ったアドレスでログインしてください。',
      en: 'This invitation was sent to another email address. Log in with the address that received it.',
    },
  },
  [RolesErrorCode.LastCityAdmin]: {
    status: 409,
    message: {
      ja: '最後の市の管理者の役割は取り消せません。先に別の方を市の管理者にしてください。',
      en: 'The last city administrator cannot be removed. Make someone else a city administrator first.',
    },
  },
});

/** Field messages for a role's scope (role-scope.ts). */
export const ROLES_MESSAGES = {
  organiserNeedsOrganisation: {
    ja: '主催者には団体を指定してください。',
    en: 'An organiser needs an organisation.',
  },
  staffNeedsFacility: {
    ja: '施設職員には施設を指定してください。',
    en: 'Facility staff need a facility.',
  },
  fieldNotForRole: {
    ja: 'この役割には指定できない項目です。',
    en: 'This role does not take this field.',
  },
  organisationAdminMustBeOrganiser: {
    ja: '団体の管理者にできるのは主催者だけです。',
    en: 'Only an organiser can be an organisation admin.',
  },
} as const;
