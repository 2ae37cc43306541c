import type { Language } from '../common/errors/request-language';
import {
  formatDate,
  formatDateTime,
  formatSessionTime,
  startOfJapanDay,
} from '../common/time/japan-time';
import { type MailContent, renderMail } from '../mail/mail-layout';
import type { MailMessage } from '../mail/mail-message';
import {
  INSTRUCTOR_NOTIFICATION_KINDS,
  instructorMailContent,
  isInstructorKind,
} from '../instructors/instructor-mails';
import {
  QUESTIONNAIRE_NOTIFICATION_KINDS,
  isQuestionnaireKind,
} from '../questionnaires/questionnaire-kinds';
import { questionnaireMailContent } from '../questionnaires/questionnaire-mails';

export const NOTIFICATION_KINDS = [
  'booking_confirmed',
  'booking_waitlisted',
  'booking_cancelled',
  'waitlist_promoted',
  'promotion_expired',
  'lottery_applied',
  'lottery_won',
  'lottery_waitlisted',
  'session_reminder',
  'course_changed',
  'course_cancelled',
  'organiser_message',
  'certificate_issued',
  ...INSTRUCTOR_NOTIFICATION_KINDS,
  ...QUESTIONNAIRE_NOTIFICATION_KINDS,
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export interface Bilingual {
  ja: string;
  en: string;
}

export interface NotificationSession {
  startsAt: Date;
  endsAt: Date;
  cancelled: boolean;
  facility: Bilingual;
  room: Bilingual;
}

/** A session as a course change describes it (payload.before / payload.after). */
export interface SessionSnapshot {
  startsAt: string;
  endsAt: string;
  facility: Bilingual;
  room: Bilingual;
}

/**
 * Everything a notification mail says, read at send time (the outbox row holds only ids and the
 * event's own details in `payload`).
 */
export interface NotificationContext {
  kind: NotificationKind;
  language: Language;
  publicUrl: string;
  recipient: { email: string; familyName: string; givenName: string };
  booking: {
    id: string;
    code: string;
    /** The attendees, who take seats. */
    partySize: number;
    placeInLine: number | null;
    /** The recipient (who booked) attends. */
    bookerAttends: boolean;
    /** Family members who attend, by name. */
    familyAttendees: string[];
    /** Childcare asked for: one age per child. */
    childcareAges: number[];
    /** A promotion waits for the answer until then (null: none asked, or answered). */
    respondBy: Date | null;
  } | null;
  course: {
    id: string;
    title: Bilingual;
    organiser: Bilingual;
    whatToBring: Bilingual;
    cancelDeadlineHours: number;
    applicationClosesAt: Date;
    /** Per attendee; 0: free. */
    feeYen: number;
    /** How the fee is paid (null when free); dueDate is a Japan date, YYYY-MM-DD. */
    payment: { method: 'at_door' | 'in_advance'; dueDate: string | null; note: Bilingual } | null;
  } | null;
  /** The course's sessions in time order (cancelled ones flagged). */
  sessions: NotificationSession[];
  /** The session a reminder is about. */
  session: NotificationSession | null;
  payload: Record<string, unknown>;
  /** When the mail is written (the Clock's now): decides whether the cancel deadline has passed. */
  now: Date;
}

/** K7M2Q9XD → K7M2-Q9XD, as printed and read aloud at the door. */
export function displayCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

export function pick(value: Bilingual, language: Language): string {
  return language === 'en' && value.en.trim() ? value.en : value.ja;
}

export function greeting(context: NotificationContext): string {
  const { familyName, givenName } = context.recipient;
  if (context.language === 'en') return `Dear ${givenName} ${familyName},`.replace(/\s+,/, ',');
  return `${familyName} ${givenName} 様`;
}

function sessionLine(session: NotificationSession | SessionSnapshot, language: Language): string {
  const time = formatSessionTime(new Date(session.startsAt), new Date(session.endsAt), language);
  const place =
    language === 'en'
      ? ` — ${pick(session.facility, language)}, ${pick(session.room, language)}`
      : `\u3000${pick(session.facility, language)} ${pick(session.room, language)}`;
  const cancelled = 'cancelled' in session && session.cancelled;
  const mark = cancelled ? (language === 'en' ? ' (cancelled)' : '（中止）') : '';
  return `・${time}${place}${mark}`;
}

/** The course block: title, dates and places, what to bring (when given). */
export function courseBlock(
  context: NotificationContext,
  options: { withCancelled?: boolean } = {},
) {
  const { course, language } = context;
  if (!course) return [];
  const en = language === 'en';
  const sessions = context.sessions.filter((s) => options.withCancelled || !s.cancelled);
  const lines = [
    `${en ? 'Course' : '講座'}: ${pick(course.title, language)}`,
    `${en ? 'Organised by' : '主催'}: ${pick(course.organiser, language)}`,
  ];
  if (sessions.length) {
    lines.push(
      `${en ? 'Dates and place' : '日程・会場'}:\n${sessions.map((s) => sessionLine(s, language)).join('\n')}`,
    );
  }
  const bring = pick(course.whatToBring, language).trim();
  if (bring) lines.push(`${en ? 'What to bring' : '持ち物'}: ${bring}`);
  return [lines.join('\n')];
}

/** Who attends, by name: the recipient ("you") when they do, and their family members. */
function attendeeNames(context: NotificationContext): string {
  const { booking, recipient, language } = context;
  if (!booking) return '';
  const self =
    language === 'en'
      ? `${recipient.givenName} ${recipient.familyName} (you)`.trim()
      : `${recipient.familyName} ${recipient.givenName}（ご本人）`.trim();
  const names = [...(booking.bookerAttends ? [self] : []), ...booking.familyAttendees];
  return names.join(language === 'en' ? ', ' : '、');
}

/** 「2人（1歳・3歳）」 / "2 children (ages 1, 3)". */
export function childcareLabel(ages: readonly number[], language: Language): string {
  if (language === 'en') {
    const children = ages.length === 1 ? '1 child' : `${ages.length} children`;
    return `${children} (age${ages.length === 1 ? '' : 's'} ${ages.join(', ')})`;
  }
  return `${ages.length}人（${ages.map((age) => `${age}歳`).join('・')}）`;
}

function bookingLines(context: NotificationContext): string[] {
  const { booking, language } = context;
  if (!booking) return [];
  const en = language === 'en';
  return [
    [
      `${en ? 'Booking code' : '予約番号'}: ${displayCode(booking.code)}`,
      `${en ? 'Attending' : '参加する人'}: ${attendeeNames(context)}`,
      `${en ? 'People' : '参加人数'}: ${booking.partySize}${en ? '' : '人'}`,
      ...(booking.bookerAttends
        ? []
        : [
            en
              ? 'You booked for your family and do not attend yourself.'
              : 'ご本人は参加しません（ご家族の予約）。',
          ]),
      ...(booking.childcareAges.length > 0
        ? [
            `${en ? 'Childcare asked for' : '保育の希望'}: ${childcareLabel(booking.childcareAges, language)}`,
          ]
        : []),
    ].join('\n'),
  ];
}

/** How and when the fee is paid, for a booking with a seat. Nothing for a free course. */
function paymentLines(context: NotificationContext): string[] {
  const { course, booking, language } = context;
  if (!course?.payment || course.feeYen <= 0) return [];
  const en = language === 'en';
  const people = booking?.partySize ?? 1;
  const total = course.feeYen * people;
  const fee = en
    ? `Fee: ¥${course.feeYen.toLocaleString('en')} per person${people > 1 ? ` (¥${total.toLocaleString('en')} for ${people})` : ''}.`
    : `参加費: 1人${course.feeYen.toLocaleString('ja')}円${people > 1 ? `（${people}人で${total.toLocaleString('ja')}円）` : ''}。`;
  const how =
    course.payment.method === 'at_door'
      ? en
        ? 'Please pay at the reception on the day.'
        : '当日、会場の受付でお支払いください。'
      : en
        ? `Please pay in advance, by ${course.payment.dueDate ? formatDate(startOfJapanDay(course.payment.dueDate), 'en') : 'the deadline'}.`
        : `${course.payment.dueDate ? formatDate(startOfJapanDay(course.payment.dueDate), 'ja') : '期限'}までに事前にお支払いください。`;
  const note = pick(course.payment.note, language).trim();
  return [[fee + (en ? ' ' : '') + how, ...(note ? [note] : [])].join('\n')];
}

/** Until when the booking may be cancelled online: N hours before the first session. */
function cancelNote(context: NotificationContext): string[] {
  const { course, language } = context;
  const first = context.sessions.find((s) => !s.cancelled);
  if (!course || !first) return [];
  const until = new Date(first.startsAt.getTime() - course.cancelDeadlineHours * 3_600_000);
  const organiser = pick(course.organiser, language);
  if (until <= context.now) {
    // Booked after the online deadline (a course starting soon): only the organiser can help.
    return language === 'en'
      ? [
          `The deadline for cancelling online has passed. If you cannot come, please contact the organiser (${organiser}) so that someone on the waiting list can take your place.`,
        ]
      : [
          `オンラインでのキャンセル期限を過ぎています。参加できなくなった場合は、キャンセル待ちの方のために主催者（${organiser}）へご連絡ください。`,
        ];
  }
  return language === 'en'
    ? [
        `To cancel, open your booking page (link above) and choose "Cancel booking" by ${formatDateTime(until, 'en')}. After that, please contact the organiser (${organiser}). Cancelling frees the place for someone on the waiting list.`,
      ]
    : [
        `キャンセルは ${formatDateTime(until, 'ja')} まで、上の予約ページの「予約をキャンセル」からできます。それ以降は主催者（${organiser}）へご連絡ください。キャンセルすると、キャンセル待ちの方に席が回ります。`,
      ];
}

function bookingLink(context: NotificationContext) {
  const en = context.language === 'en';
  if (!context.booking) return undefined;
  return {
    label: en ? 'Open my booking' : '予約を確認する',
    url: `${context.publicUrl}/bookings/${context.booking.id}`,
  };
}

function learningLink(context: NotificationContext) {
  return {
    label: context.language === 'en' ? 'Open my learning record' : '学びの記録を開く',
    url: `${context.publicUrl}/learning`,
  };
}

function courseLink(context: NotificationContext) {
  if (!context.course) return undefined;
  return {
    label: context.language === 'en' ? 'See the course' : '講座のページを見る',
    url: `${context.publicUrl}/courses/${context.course.id}`,
  };
}

function subject(context: NotificationContext, ja: string, en: string): string {
  const title = context.course ? pick(context.course.title, context.language) : '';
  return context.language === 'en'
    ? `[tsumugu] ${en}${title ? `: ${title}` : ''}`
    : `【tsumugu】${ja}${title ? `：${title}` : ''}`;
}

const QR_NOTE: Bilingual = {
  ja: '当日は受付で予約番号をお伝えいただくか、予約ページのQRコードをお見せください。',
  en: 'On the day, tell the reception your booking code or show the QR code on your booking page.',
};

function confirmedMail(context: NotificationContext, intro: Bilingual, title: Bilingual) {
  const language = context.language;
  return {
    subject: subject(context, title.ja, title.en),
    paragraphs: [
      greeting(context),
      pick(intro, language),
      ...bookingLines(context),
      ...courseBlock(context),
      ...paymentLines(context),
      pick(QR_NOTE, language),
    ],
    action: bookingLink(context),
    notes: cancelNote(context),
  };
}

/** The pseudonymous entry id of a lottery result, which the published draw record lists. */
function lotteryEntry(context: NotificationContext): string[] {
  const entryId = context.payload['entryId'];
  if (typeof entryId !== 'string' || !entryId) return [];
  return context.language === 'en'
    ? [`Your entry in the published draw record: ${entryId} (anyone can check the draw there).`]
    : [
        `抽選の公開記録でのあなたの番号: ${entryId}（抽選が正しく行われたことを誰でも確かめられます）`,
      ];
}

function placeInLine(context: NotificationContext): Bilingual {
  const place = context.booking?.placeInLine;
  return place
    ? {
        ja: `現在、キャンセル待ちの${place}番目です。`,
        en: `You are number ${place} on the waiting list.`,
      }
    : { ja: '', en: '' };
}

function changeParagraphs(context: NotificationContext): string[] {
  const language = context.language;
  const en = language === 'en';
  const before = context.payload['before'] as SessionSnapshot | undefined;
  const after = context.payload['after'] as SessionSnapshot | undefined;
  const change = context.payload['change'];
  if (change === 'session_moved' && before && after) {
    return [
      en ? 'The organiser has moved a session of this course.' : 'この講座の日程が変更されました。',
      `${en ? 'Before' : '変更前'}:\n${sessionLine(before, language)}\n${en ? 'Now' : '変更後'}:\n${sessionLine(after, language)}`,
    ];
  }
  if (change === 'session_cancelled' && before) {
    return [
      en
        ? 'The organiser has cancelled one session of this course. Your booking for the other sessions stays as it is.'
        : 'この講座の次の回が中止になりました。ほかの回のご予約はそのままです。',
      `${en ? 'Cancelled' : '中止になった回'}:\n${sessionLine(before, language)}`,
    ];
  }
  return [en ? 'The organiser has changed this course.' : 'この講座の内容が変更されました。'];
}

/** The mail for one notification, in the recipient's language. */
export function notificationMail(context: NotificationContext): MailMessage {
  return {
    to: context.recipient.email,
    ...renderMail(notificationContent(context), context.language),
  };
}

export function notificationContent(context: NotificationContext): MailContent {
  // The instructor bank writes its own mails (instructors/instructor-mails.ts).
  if (isInstructorKind(context.kind)) {
    return instructorMailContent({ ...context, kind: context.kind });
  }
  // The questionnaire's invitation and reminder (questionnaires/questionnaire-mails.ts).
  if (isQuestionnaireKind(context.kind)) {
    return questionnaireMailContent({ ...context, kind: context.kind });
  }
  const language = context.language;
  const en = language === 'en';
  const courseTitle = context.course ? pick(context.course.title, language) : '';
  switch (context.kind) {
    case 'booking_confirmed':
      return confirmedMail(
        context,
        {
          ja: `「${courseTitle}」のご予約が確定しました。`,
          en: `Your booking for "${courseTitle}" is confirmed.`,
        },
        { ja: '予約が確定しました', en: 'Booking confirmed' },
      );
    case 'waitlist_promoted': {
      const respondBy = context.booking?.respondBy ?? null;
      const promoted = confirmedMail(
        context,
        respondBy
          ? {
              ja: `キャンセルが出たため、「${courseTitle}」のキャンセル待ちから繰り上がりました。席はお取りしています。${formatDateTime(respondBy, 'ja')}までに、予約ページで「参加する」か「辞退する」を選んでください。期限までにお返事がない場合、席は次の方に回ります。`,
              en: `A place came free: you have moved up from the waiting list for "${courseTitle}" and the place is held for you. Please choose "I will come" or "Decline" on your booking page by ${formatDateTime(respondBy, 'en')}. Without an answer by then, the place goes to the next person.`,
            }
          : {
              ja: `キャンセルが出たため、「${courseTitle}」のキャンセル待ちから繰り上がり、ご予約が確定しました。参加できない場合は、予約ページからキャンセルしてください。`,
              en: `A place came free: you have moved up from the waiting list and your booking for "${courseTitle}" is now confirmed. If you cannot come, please cancel on your booking page.`,
            },
        { ja: 'キャンセル待ちから予約が確定しました', en: 'Your place is confirmed' },
      );
      // Until the answer is due, declining is always possible: no cancellation deadline then.
      return respondBy ? { ...promoted, notes: [] } : promoted;
    }
    case 'promotion_expired':
      return {
        subject: subject(
          context,
          '繰り上がりの期限が過ぎました',
          'The time to answer your promotion has passed',
        ),
        paragraphs: [
          greeting(context),
          en
            ? `We did not hear from you in time, so the place in "${courseTitle}" that came free for you has gone to the next person on the waiting list. Your booking is cancelled; there is nothing you need to do.`
            : `期限までにお返事がなかったため、「${courseTitle}」で繰り上がった席は、キャンセル待ちの次の方に回りました。ご予約は取り消されました。お手続きは必要ありません。`,
          ...bookingLines(context),
        ],
        action: courseLink(context),
      };
    case 'lottery_won': {
      const won = confirmedMail(
        context,
        {
          ja: `「${courseTitle}」の抽選の結果、当選しました。ご予約が確定しました。`,
          en: `Good news: you were drawn in the lottery for "${courseTitle}". Your booking is confirmed.`,
        },
        { ja: '抽選の結果（当選）', en: 'Lottery result: you have a place' },
      );
      return { ...won, paragraphs: [...won.paragraphs, ...lotteryEntry(context)] };
    }
    case 'booking_waitlisted':
      return {
        subject: subject(context, 'キャンセル待ちに登録しました', 'You are on the waiting list'),
        paragraphs: [
          greeting(context),
          en
            ? `"${courseTitle}" is full, so you are on its waiting list. ${placeInLine(context).en}`
            : `「${courseTitle}」は満席のため、キャンセル待ちに登録しました。${placeInLine(context).ja}`,
          en
            ? 'When a place comes free, your booking is confirmed automatically and we will send you a mail. You can leave the waiting list at any time on your booking page.'
            : '席が空くと自動的に予約が確定し、メールでお知らせします。キャンセル待ちは予約ページからいつでも取り消せます。',
          ...bookingLines(context),
          ...courseBlock(context),
        ],
        action: bookingLink(context),
      };
    case 'lottery_waitlisted':
      return {
        subject: subject(context, '抽選の結果（キャンセル待ち）', 'Lottery result: waiting list'),
        paragraphs: [
          greeting(context),
          en
            ? `We are sorry: you were not drawn for a place in "${courseTitle}". You are on the waiting list instead. ${placeInLine(context).en}`
            : `「${courseTitle}」の抽選の結果、今回は当選となりませんでした。キャンセル待ちに登録しています。${placeInLine(context).ja}`,
          en
            ? 'If a place comes free, your booking is confirmed automatically and we will send you a mail.'
            : '席が空くと自動的に予約が確定し、メールでお知らせします。',
          ...bookingLines(context),
          ...lotteryEntry(context),
          ...courseBlock(context),
        ],
        action: bookingLink(context),
      };
    case 'lottery_applied': {
      const drawAt =
        typeof context.payload['drawAt'] === 'string'
          ? new Date(context.payload['drawAt'])
          : context.course?.applicationClosesAt;
      const when = drawAt ? formatDateTime(drawAt, language) : '';
      return {
        subject: subject(context, '抽選に申し込みました', 'Lottery application received'),
        paragraphs: [
          greeting(context),
          en
            ? `We have received your application for "${courseTitle}". Places are drawn by lottery${when ? ` after applications close (${when})` : ''}; we will mail you the result.`
            : `「${courseTitle}」への抽選のお申し込みを受け付けました。${when ? `申込締切（${when}）の後に` : ''}抽選を行い、結果をメールでお知らせします。`,
          ...bookingLines(context),
          ...courseBlock(context),
        ],
        action: bookingLink(context),
      };
    }
    case 'booking_cancelled':
      return {
        subject: subject(context, '予約をキャンセルしました', 'Booking cancelled'),
        paragraphs: [
          greeting(context),
          en
            ? `Your booking for "${courseTitle}" has been cancelled.`
            : `「${courseTitle}」のご予約をキャンセルしました。`,
          ...bookingLines(context),
          en
            ? 'If you did not cancel it yourself, please contact the organiser.'
            : 'お心当たりのない場合は、主催者へお問い合わせください。',
        ],
        action: courseLink(context),
      };
    case 'session_reminder': {
      const session = context.session;
      return {
        subject: subject(context, '明日の講座のお知らせ', 'Your course is tomorrow'),
        paragraphs: [
          greeting(context),
          en
            ? `A reminder: "${courseTitle}" is tomorrow.`
            : `明日は「${courseTitle}」の日です。お気をつけてお越しください。`,
          ...(session ? [sessionLine(session, language).slice(1)] : []),
          ...bookingLines(context),
          ...(context.course && pick(context.course.whatToBring, language).trim()
            ? [`${en ? 'What to bring' : '持ち物'}: ${pick(context.course.whatToBring, language)}`]
            : []),
          pick(QR_NOTE, language),
        ],
        action: bookingLink(context),
        notes: [
          en
            ? 'If you cannot come, please cancel on your booking page so that someone on the waiting list can take your place.'
            : 'ご都合が悪くなった場合は、キャンセル待ちの方のために予約ページからキャンセルしてください。',
        ],
      };
    }
    case 'course_changed':
      return {
        subject: subject(context, '日程変更のお知らせ', 'A change to your course'),
        paragraphs: [
          greeting(context),
          ...changeParagraphs(context),
          ...bookingLines(context),
          ...courseBlock(context),
        ],
        action: bookingLink(context),
        notes: [
          en
            ? 'If you can no longer come, please cancel on your booking page.'
            : 'ご都合が合わなくなった場合は、予約ページからキャンセルしてください。',
        ],
      };
    case 'course_cancelled':
      return {
        subject: subject(context, '講座中止のお知らせ', 'Course cancelled'),
        paragraphs: [
          greeting(context),
          en
            ? `We are sorry: the organiser has cancelled "${courseTitle}". Your booking has been cancelled; there is nothing you need to do.`
            : `誠に申し訳ありませんが、「${courseTitle}」は主催者の都合により中止となりました。ご予約は取り消されました。お手続きは必要ありません。`,
          ...bookingLines(context),
          ...courseBlock(context, { withCancelled: true }),
        ],
        notes: [
          en
            ? `For questions, please contact the organiser (${context.course ? pick(context.course.organiser, language) : ''}).`
            : `ご不明な点は主催者（${context.course ? pick(context.course.organiser, language) : ''}）へお問い合わせください。`,
        ],
      };
    case 'organiser_message': {
      const organiser = context.course ? pick(context.course.organiser, language) : '';
      const messageSubject = String(context.payload['subject'] ?? '').trim();
      const body = String(context.payload['body'] ?? '').trim();
      return {
        subject: en
          ? `[tsumugu] Message from the organiser${messageSubject ? `: ${messageSubject}` : ''}`
          : `【tsumugu】主催者からのお知らせ${messageSubject ? `：${messageSubject}` : ''}`,
        paragraphs: [
          greeting(context),
          en
            ? `The organiser of "${courseTitle}" (${organiser}) has sent this message to the people booked on it. It was written by the organiser, not by tsumugu.`
            : `「${courseTitle}」の主催者（${organiser}）から、予約されている方へのメッセージです。以下は主催者が書いた文面です。`,
          `${en ? '――― Message from the organiser ―――' : '――― 主催者からのメッセージ ―――'}\n${messageSubject ? `${messageSubject}\n\n` : ''}${body}\n――――――――――――――――`,
        ],
        action: bookingLink(context),
        notes: [
          en
            ? 'Replies to this address are not read: to answer, contact the organiser.'
            : 'このメールに返信しても主催者には届きません。お問い合わせは主催者へ直接どうぞ。',
        ],
      };
    }
    case 'certificate_issued': {
      const holder = String(context.payload['holderName'] ?? '').trim();
      const number = String(context.payload['number'] ?? '');
      const forFamily = context.payload['family'] === true;
      return {
        subject: en
          ? `[tsumugu] Certificate of completion: ${courseTitle}`
          : `【tsumugu】修了証を発行しました：${courseTitle}`,
        paragraphs: [
          greeting(context),
          en
            ? forFamily
              ? `${holder} completed "${courseTitle}". Their certificate of completion (${number}) has been issued.`
              : `You completed "${courseTitle}". Your certificate of completion (${number}) has been issued.`
            : forFamily
              ? `${holder}さんが「${courseTitle}」を修了されました。修了証（${number}）を発行しました。`
              : `「${courseTitle}」を修了されました。修了証（${number}）を発行しました。`,
          en
            ? 'Your learning record has the certificate as a PDF and as a digital badge, and lets you choose what it shows.'
            : '学びの記録から、修了証のPDFとデジタルバッジをダウンロードできます。記載する内容もそこで選べます。',
        ],
        action: learningLink(context),
        notes: [],
      };
    }
  }
}
