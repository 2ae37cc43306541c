import type { Language } from '../common/errors/request-language';
import { renderMail } from '../mail/mail-layout';
import type { MailMessage } from '../mail/mail-message';
import type { EmailTokenPurpose } from './email-token.entity';
import { EMAIL_TOKEN_LIFETIME_HOURS } from './email-tokens.repository';

/** The mails of the accounts feature, in the recipient's language. */
interface Recipient {
  to: string;
  language: Language;
  /** Shown in the greeting when known: family name first in Japanese, last in English. */
  names?: { familyName: string; givenName: string };
}

function greeting({ language, names }: Recipient): string {
  if (language === 'en') return names ? `Dear ${names.givenName} ${names.familyName},` : 'Hello,';
  return names
    ? `${names.familyName} ${names.givenName} 様`
    : 'tsumugu をご利用いただきありがとうございます。';
}

/**
 * How long a mailed link works, from the one constant the tokens are made with (the pages read
 * the same numbers from GET /api/reference).
 */
export function linkLifetime(purpose: EmailTokenPurpose, language: Language): string {
  const hours = EMAIL_TOKEN_LIFETIME_HOURS[purpose];
  if (language === 'ja') return `${hours}時間`;
  return hours === 1 ? 'one hour' : `${hours} hours`;
}

function message(recipient: Recipient, rendered: ReturnType<typeof renderMail>): MailMessage {
  return { to: recipient.to, ...rendered };
}

export function verificationMail(recipient: Recipient, link: string): MailMessage {
  const ja = recipient.language === 'ja';
  return message(
    recipient,
    renderMail(
      {
        subject: ja
          ? '【tsumugu】メールアドレスの確認'
          : '[tsumugu] Please confirm your email address',
        paragraphs: [
          greeting(recipient),
          ja
            ? 'つくば市の生涯学習講座予約システム tsumugu にご登録いただきありがとうございます。下のリンクを開いて、メールアドレスの確認を完了してください。'
            : "Thank you for signing up to tsumugu, Tsukuba City's lifelong-learning course booking system. Open the link below to confirm your email address.",
        ],
        action: { label: ja ? 'メールアドレスを確認する' : 'Confirm my email address', url: link },
        notes: [
          ja
            ? `このリンクの有効期限は${linkLifetime('verify_email', 'ja')}です。お心当たりのない場合は、このメールを破棄してください。`
            : `This link works for ${linkLifetime('verify_email', 'en')}. If you did not sign up, you can ignore this mail.`,
        ],
      },
      recipient.language,
    ),
  );
}

/** Sent instead of a verification mail when someone signs up with a registered address. */
export function alreadyRegisteredMail(
  recipient: Recipient,
  logInLink: string,
  resetLink: string,
): MailMessage {
  const ja = recipient.language === 'ja';
  return message(
    recipient,
    renderMail(
      {
        subject: ja
          ? '【tsumugu】このメールアドレスはすでに登録されています'
          : '[tsumugu] This email address already has an account',
        paragraphs: [
          greeting(recipient),
          ja
            ? 'このメールアドレスで新規登録の手続きがありましたが、すでにアカウントがあります。ログインしてご利用ください。'
            : 'Someone (probably you) tried to sign up with this email address, but it already has an account. Please log in instead.',
          ja
            ? `パスワードをお忘れの場合は、こちらから再設定できます:\n${resetLink}`
            : `If you have forgotten your password, you can reset it here:\n${resetLink}`,
        ],
        action: { label: ja ? 'ログインする' : 'Log in', url: logInLink },
        notes: [
          ja
            ? 'お心当たりのない場合は、このメールを破棄してください。アカウントに変更はありません。'
            : 'If this was not you, you can ignore this mail; nothing has changed in your account.',
        ],
      },
      recipient.language,
    ),
  );
}

export function passwordResetMail(recipient: Recipient, link: string): MailMessage {
  const ja = recipient.language === 'ja';
  return message(
    recipient,
    renderMail(
      {
        subject: ja ? '【tsumugu】パスワードの再設定' : '[tsumugu] Reset your password',
        paragraphs: [
          greeting(recipient),
          ja
            ? 'パスワード再設定の手続きを受け付けました。下のリンクから新しいパスワードを設定してください。'
            : 'We received a request to reset your password. Set a new password with the link below.',
        ],
        action: { label: ja ? '新しいパスワードを設定する' : 'Set a new password', url: link },
        notes: [
          ja
            ? `このリンクの有効期限は${linkLifetime('reset_password', 'ja')}です。再設定すると、すべての端末でログアウトされます。お心当たりのない場合は、このメールを破棄してください（パスワードは変わりません）。`
            : `This link works for ${linkLifetime('reset_password', 'en')}. Resetting signs you out on every device. If you did not ask for this, ignore this mail; your password stays as it is.`,
        ],
      },
      recipient.language,
    ),
  );
}

export function emailChangeMail(recipient: Recipient, link: string): MailMessage {
  const ja = recipient.language === 'ja';
  return message(
    recipient,
    renderMail(
      {
        subject: ja
          ? '【tsumugu】新しいメールアドレスの確認'
          : '[tsumugu] Confirm your new email address',
        paragraphs: [
          greeting(recipient),
          ja
            ? 'tsumugu のメールアドレスをこのアドレスに変更する手続きを受け付けました。下のリンクを開くと変更が完了します。'
            : 'We received a request to change the email address of your tsumugu account to this address. Open the link below to complete the change.',
        ],
        action: { label: ja ? 'メールアドレスを変更する' : 'Change my email address', url: link },
        notes: [
          ja
            ? `このリンクの有効期限は${linkLifetime('change_email', 'ja')}です。お心当たりのない場合は、このメールを破棄してください。`
            : `This link works for ${linkLifetime('change_email', 'en')}. If you did not ask for this, ignore this mail.`,
        ],
      },
      recipient.language,
    ),
  );
}

/**
 * To the owner of a registered address that someone asked to move another account to. The
 * requester is answered as for any address and learns nothing; the owner is told, without the
 * requester's name (free text a stranger chose), that nothing changed.
 */
export function emailTakenNoticeMail(recipient: Recipient): MailMessage {
  const ja = recipient.language === 'ja';
  return message(
    recipient,
    renderMail(
      {
        subject: ja
          ? '【tsumugu】このメールアドレスへの変更の手続きがありました'
          : '[tsumugu] Someone asked to use this email address',
        paragraphs: [
          greeting(recipient),
          ja
            ? '別の tsumugu アカウントのメールアドレスをこのアドレスに変更する手続きがありましたが、このアドレスはすでにあなたのアカウントで使われているため、変更していません。'
            : 'Someone asked to change the email address of another tsumugu account to this address. It already belongs to your account, so nothing was changed.',
        ],
        notes: [
          ja
            ? 'お心当たりのない場合は、このメールを破棄してください。あなたのアカウントに変更はありません。'
            : 'If this was not you, you can ignore this mail; nothing has changed in your account.',
        ],
      },
      recipient.language,
    ),
  );
}

/** To the old address after an email change: the person learns of a change they did not make. */
export function emailChangedNoticeMail(recipient: Recipient, newEmail: string): MailMessage {
  const ja = recipient.language === 'ja';
  return message(
    recipient,
    renderMail(
      {
        subject: ja
          ? '【tsumugu】メールアドレスが変更されました'
          : '[tsumugu] Your email address was changed',
        paragraphs: [
          greeting(recipient),
          ja
            ? `tsumugu のログイン用メールアドレスが ${newEmail} に変更されました。`
            : `The email address you use to log in to tsumugu is now ${newEmail}.`,
          ja
            ? 'お心当たりのない場合は、つくば市 生涯学習推進課までご連絡ください。'
            : 'If you did not make this change, please contact the Lifelong Learning Promotion Division of Tsukuba City.',
        ],
      },
      recipient.language,
    ),
  );
}
