/**
 * The questionnaire's notification kinds (a file of its own, without imports, because
 * notification-mails.ts lists them in NOTIFICATION_KINDS).
 */
export const QUESTIONNAIRE_NOTIFICATION_KINDS = [
  'questionnaire_invitation',
  'questionnaire_reminder',
] as const;
export type QuestionnaireNotificationKind = (typeof QUESTIONNAIRE_NOTIFICATION_KINDS)[number];

export function isQuestionnaireKind(kind: string): kind is QuestionnaireNotificationKind {
  return (QUESTIONNAIRE_NOTIFICATION_KINDS as readonly string[]).includes(kind);
}
