import { formatDate } from '../common/time/japan-time';
import type { MailContent } from '../mail/mail-layout';
import { greeting, type NotificationContext, pick } from '../notifications/notification-mails';
import type { QuestionnaireNotificationKind } from './questionnaire-kinds';

/**
 * What the outbox row of an invitation or reminder holds: the invitation only. The link's token
 * is made when the mail is written (questionnaire-links.ts) and exists only in the mail.
 */
export interface QuestionnaireMailPayload {
  invitationId: string;
  /** Added at send time, never stored. */
  token?: string;
  closesAt?: string;
}

/** The public answer page of a token, as mailed. */
export function questionnaireUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/q/${token}`;
}

export function questionnaireMailContent(
  context: NotificationContext & { kind: QuestionnaireNotificationKind },
): MailContent {
  const en = context.language === 'en';
  const payload = context.payload as unknown as QuestionnaireMailPayload;
  const title = context.course ? pick(context.course.title, context.language) : '';
  const organiser = context.course ? pick(context.course.organiser, context.language) : '';
  const until = payload.closesAt ? formatDate(payload.closesAt, context.language) : '';
  const reminder = context.kind === 'questionnaire_reminder';
  const subject = en
    ? `[tsumugu] ${reminder ? 'Reminder: ' : ''}How was "${title}"?`
    : `【tsumugu】${reminder ? '（再送）' : ''}「${title}」のアンケートにご協力ください`;
  return {
    subject,
    paragraphs: [
      greeting(context),
      en
        ? reminder
          ? `A few days ago we asked how "${title}" went. If you have not had the time yet, your answer would still help: the questionnaire takes about three minutes.`
          : `Thank you for taking part in "${title}" (organised by ${organiser}). Please tell us how it went: the questionnaire takes about three minutes.`
        : reminder
          ? `先日「${title}」のアンケートをお送りしました。まだお済みでなければ、ご協力をお願いします（3分ほどで終わります）。`
          : `「${title}」（主催：${organiser}）にご参加いただき、ありがとうございました。講座の感想をお聞かせください（3分ほどで終わります）。`,
      en
        ? 'Your answers are anonymous: the organiser sees only totals of at least five answers, never who answered what. The city uses them to improve its lifelong-learning courses.'
        : 'ご回答は匿名です。主催者に届くのは5件以上の回答の集計だけで、どなたが何と答えたかは分かりません。市の生涯学習の改善に役立てます。',
    ],
    action: payload.token
      ? {
          label: en ? 'Answer the questionnaire' : 'アンケートに答える',
          url: questionnaireUrl(context.publicUrl, payload.token),
        }
      : undefined,
    notes: [
      en
        ? `The link works once, without logging in, until ${until}. Please do not forward this mail.`
        : `このリンクはログインなしで1回だけ使えます（${until}まで）。このメールは転送しないでください。`,
    ],
  };
}
