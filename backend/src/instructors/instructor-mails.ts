import { formatDate, formatDateTime } from '../common/time/japan-time';
import type { MailContent } from '../mail/mail-layout';
import { courseBlock, pick, type NotificationContext } from '../notifications/notification-mails';

/**
 * The instructor bank's notification kinds. They go through the notifications outbox like every
 * other notice (written in the transaction of the step, sent by the drain in the recipient's
 * language); notification-mails.ts hands these kinds to instructorMailContent.
 */
export const INSTRUCTOR_NOTIFICATION_KINDS = [
  'instructor_profile_received',
  'instructor_profile_returned',
  'instructor_profile_registered',
  'instructor_profile_declined',
  'instructor_profile_suspended',
  'instructor_profile_expired',
  'instructor_renewal_reminder',
  'instructor_request_received',
  'instructor_request_message',
  'instructor_request_accepted',
  'instructor_request_declined',
  'instructor_request_cancelled',
  'instructor_request_reported',
  'instructor_course_linked',
  'instructor_course_unlinked',
] as const;
export type InstructorNotificationKind = (typeof INSTRUCTOR_NOTIFICATION_KINDS)[number];

export function isInstructorKind(kind: string): kind is InstructorNotificationKind {
  return (INSTRUCTOR_NOTIFICATION_KINDS as readonly string[]).includes(kind);
}

/**
 * What a notification of the bank carries in its payload: ids, and the words it repeats (the
 * reviewer's comment, a message). Never contact details: those are shown on the request page to
 * the two parties once accepted, and never mailed.
 */
export interface InstructorPayload {
  profileId?: string;
  requestId?: string;
  displayName?: string;
  requesterName?: string;
  purpose?: string;
  comment?: string;
  registrationNumber?: string;
  validUntil?: string;
  daysLeft?: number;
  startsAt?: string;
  /** The course was published when the link changed: its public page can be linked. */
  coursePublic?: boolean;
}

function greeting(context: NotificationContext): string {
  const { familyName, givenName } = context.recipient;
  if (context.language === 'en') return `Dear ${givenName} ${familyName},`.replace(/\s+,/, ',');
  return `${familyName} ${givenName} 様`;
}

function subject(context: NotificationContext, ja: string, en: string): string {
  return context.language === 'en' ? `[tsumugu] ${en}` : `【tsumugu】${ja}`;
}

/** The instructor's start page, where the courses they teach are listed. */
function teaching(context: NotificationContext): { label: string; url: string } {
  return {
    label: context.language === 'en' ? 'Open "Courses you teach"' : '「担当する講座」を開く',
    url: `${context.publicUrl}/rosters`,
  };
}

/** The public course page, when there is one (a draft has none yet). */
function coursePage(context: NotificationContext, payload: InstructorPayload): string[] {
  if (!context.course || !payload.coursePublic) return [];
  const url = `${context.publicUrl}/courses/${context.course.id}`;
  return [context.language === 'en' ? `Course page: ${url}` : `講座のページ: ${url}`];
}

function quoted(context: NotificationContext, label: { ja: string; en: string }, text: string) {
  if (!text.trim()) return [];
  const en = context.language === 'en';
  return [`${en ? label.en : label.ja}:\n――――\n${text.trim()}\n――――`];
}

const REVIEWER_COMMENT = { ja: '担当課からのコメント', en: 'Comment from the section' };

export function instructorMailContent(
  context: NotificationContext & { kind: InstructorNotificationKind },
): MailContent {
  const en = context.language === 'en';
  const payload = context.payload as InstructorPayload;
  const teach = {
    label: en ? 'Open my instructor page' : '講師登録のページを開く',
    url: `${context.publicUrl}/teach`,
  };
  const requestLink = {
    label: en ? 'Open the request' : '依頼のページを開く',
    url: `${context.publicUrl}/instructor-requests/${payload.requestId ?? ''}`,
  };
  const name = payload.displayName ?? '';
  const requester = payload.requesterName ?? '';
  const purpose = payload.purpose ?? '';
  const validUntil = payload.validUntil ? formatDate(payload.validUntil, context.language) : '';
  switch (context.kind) {
    case 'instructor_profile_received':
      return {
        subject: subject(
          context,
          '人材バンクへの申請を受け付けました',
          'Instructor bank application received',
        ),
        paragraphs: [
          greeting(context),
          en
            ? 'We have received your application to the instructor bank. The lifelong-learning section will review it and mail you the result.'
            : '人材バンクへの登録申請を受け付けました。生涯学習推進課で内容を確認し、結果をメールでお知らせします。',
        ],
        action: teach,
      };
    case 'instructor_profile_returned':
      return {
        subject: subject(
          context,
          '人材バンクの申請が差し戻されました',
          'Your application was returned for changes',
        ),
        paragraphs: [
          greeting(context),
          en
            ? 'The lifelong-learning section has returned your instructor bank application with comments. Please change it and submit it again.'
            : '人材バンクへの申請について、担当課からコメントがあります。内容を修正して、もう一度申請してください。',
          ...quoted(context, REVIEWER_COMMENT, payload.comment ?? ''),
        ],
        action: teach,
      };
    case 'instructor_profile_registered':
      return {
        subject: subject(
          context,
          '人材バンクに登録されました',
          'You are registered in the instructor bank',
        ),
        paragraphs: [
          greeting(context),
          en
            ? `Your profile is registered in the instructor bank and appears in the public directory. Registration number: ${payload.registrationNumber ?? ''}, valid until ${validUntil}.`
            : `人材バンクに登録されました。講師一覧に掲載されています。登録番号: ${payload.registrationNumber ?? ''}、有効期限: ${validUntil}`,
          ...quoted(context, REVIEWER_COMMENT, payload.comment ?? ''),
        ],
        action: teach,
      };
    case 'instructor_profile_declined':
      return {
        subject: subject(
          context,
          '人材バンクの申請について',
          'About your instructor bank application',
        ),
        paragraphs: [
          greeting(context),
          en
            ? 'We are sorry: your application to the instructor bank was not approved this time.'
            : '誠に申し訳ありませんが、今回の人材バンクへの登録申請は承認されませんでした。',
          ...quoted(context, { ja: '理由', en: 'Reason' }, payload.comment ?? ''),
        ],
        action: teach,
      };
    case 'instructor_profile_suspended':
      return {
        subject: subject(
          context,
          '人材バンクの登録を停止しました',
          'Your registration has been suspended',
        ),
        paragraphs: [
          greeting(context),
          en
            ? 'The city has suspended your instructor bank registration. Your profile is no longer shown in the directory.'
            : '人材バンクの登録を停止しました。講師一覧には掲載されません。',
          ...quoted(context, { ja: '理由', en: 'Reason' }, payload.comment ?? ''),
        ],
        action: teach,
      };
    case 'instructor_profile_expired':
      return {
        subject: subject(
          context,
          '人材バンクの登録期限が切れました',
          'Your registration has expired',
        ),
        paragraphs: [
          greeting(context),
          en
            ? `Your instructor bank registration expired after ${validUntil}. It is no longer shown in the directory; you can apply again from your instructor page.`
            : `人材バンクの登録は ${validUntil} で有効期限を過ぎました。講師一覧には掲載されません。講師登録のページから再度申請できます。`,
        ],
        action: teach,
      };
    case 'instructor_renewal_reminder':
      return {
        subject: subject(
          context,
          '人材バンク登録の更新のお願い',
          'Please renew your instructor registration',
        ),
        paragraphs: [
          greeting(context),
          en
            ? `Your instructor bank registration is valid until ${validUntil} (${payload.daysLeft ?? ''} days left). If nothing has changed, renew it in one step on your instructor page; if something has, edit your profile and submit it.`
            : `人材バンクの登録の有効期限は ${validUntil} です（残り${payload.daysLeft ?? ''}日）。内容に変更がなければ、講師登録のページの「変更なしで更新」から手続きできます。変更がある場合は、内容を修正して申請してください。`,
        ],
        action: teach,
      };
    case 'instructor_request_received':
      return {
        subject: subject(context, '講師依頼が届きました', 'You have a new instructor request'),
        paragraphs: [
          greeting(context),
          en
            ? `${requester} has sent you a request: "${purpose}". Please accept one of the dates, decline, or ask a question on the request page. Contact details are exchanged only once you accept.`
            : `${requester}から講師依頼が届きました（${purpose}）。依頼のページで候補日を選んで承諾するか、お断りするか、質問をしてください。連絡先は承諾後にお互いに表示されます。`,
        ],
        action: requestLink,
      };
    case 'instructor_request_message':
      return {
        subject: subject(
          context,
          '講師依頼に新しいメッセージがあります',
          'New message about a request',
        ),
        paragraphs: [
          greeting(context),
          en
            ? `There is a new message about the request "${purpose}". Read and answer it on the request page.`
            : `講師依頼（${purpose}）に新しいメッセージがあります。依頼のページでご確認ください。`,
        ],
        action: requestLink,
        notes: [
          en
            ? 'Replies to this mail are not read: please answer on the request page.'
            : 'このメールに返信しても相手には届きません。依頼のページからお返事ください。',
        ],
      };
    case 'instructor_request_accepted':
      return {
        subject: subject(context, '講師依頼が承諾されました', 'Your request was accepted'),
        paragraphs: [
          greeting(context),
          en
            ? `${name} has accepted your request "${purpose}" for ${payload.startsAt ? formatDateTime(payload.startsAt, 'en') : ''}. Each of you can now see the other's contact details on the request page.`
            : `${name}さんが講師依頼（${purpose}）を承諾しました。実施日時: ${payload.startsAt ? formatDateTime(payload.startsAt, 'ja') : ''}。依頼のページでお互いの連絡先が見られるようになりました。`,
        ],
        action: requestLink,
        notes: [
          en
            ? 'After the date, please file a short report on the request page: it helps the city support instructors.'
            : '実施後は、依頼のページから実施報告をお願いします。市の人材バンクの運営に役立てます。',
        ],
      };
    case 'instructor_request_declined':
      return {
        subject: subject(context, '講師依頼についてのお返事', 'Reply to your request'),
        paragraphs: [
          greeting(context),
          en
            ? `We are sorry: ${name} cannot take on your request "${purpose}".`
            : `${name}さんから、講師依頼（${purpose}）はお受けできないとのお返事がありました。`,
          ...quoted(context, { ja: '理由', en: 'Reason' }, payload.comment ?? ''),
        ],
        action: {
          label: en ? 'Find other instructors' : 'ほかの講師を探す',
          url: `${context.publicUrl}/instructors`,
        },
      };
    case 'instructor_request_cancelled':
      return {
        subject: subject(context, '講師依頼が取り消されました', 'A request was cancelled'),
        paragraphs: [
          greeting(context),
          en
            ? `The request "${purpose}" has been cancelled by the other party.`
            : `講師依頼（${purpose}）は、相手方により取り消されました。`,
        ],
        action: requestLink,
      };
    case 'instructor_request_reported':
      return {
        subject: subject(context, '実施報告が届きました', 'The requester filed their report'),
        paragraphs: [
          greeting(context),
          en
            ? `${requester} has filed the report of "${purpose}". Thank you for teaching.`
            : `${requester}から「${purpose}」の実施報告が届きました。ご指導ありがとうございました。`,
        ],
        action: requestLink,
      };
    case 'instructor_course_linked': {
      const title = context.course ? pick(context.course.title, context.language) : '';
      return {
        subject: subject(
          context,
          `講座の講師になりました：${title}`,
          `You teach a course: ${title}`,
        ),
        paragraphs: [
          greeting(context),
          en
            ? `The organiser has listed you as an instructor of the course below. Its rosters and check-in are now on your page "Courses you teach"${payload.coursePublic ? ', and the course page shows your instructor card' : ''}.`
            : `主催者が、あなたを次の講座の講師として登録しました。「担当する講座」のページから、この講座の名簿と受付を開けます${payload.coursePublic ? '。講座のページにはあなたの講師カードが表示されます' : ''}。`,
          ...courseBlock(context, { withCancelled: false }),
          ...coursePage(context, payload),
          en
            ? 'If this is not right, please contact the organiser.'
            : 'お心当たりがない場合は、主催者へご連絡ください。',
        ],
        action: teaching(context),
      };
    }
    case 'instructor_course_unlinked': {
      const title = context.course ? pick(context.course.title, context.language) : '';
      return {
        subject: subject(
          context,
          `講座の講師から外れました：${title}`,
          `You no longer teach a course: ${title}`,
        ),
        paragraphs: [
          greeting(context),
          en
            ? 'The organiser has removed you from the instructors of the course below. Its rosters and check-in are no longer on your pages.'
            : '主催者が、次の講座の講師からあなたを外しました。この講座の名簿と受付は、あなたのページから開けなくなりました。',
          ...courseBlock(context, { withCancelled: false }),
          en
            ? 'If this is not right, please contact the organiser.'
            : 'お心当たりがない場合は、主催者へご連絡ください。',
        ],
        action: teaching(context),
      };
    }
  }
}
