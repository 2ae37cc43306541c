import { emailChangeMail, passwordResetMail, verificationMail } from './account-mails';
import { EMAIL_TOKEN_LIFETIME_HOURS } from './email-tokens.repository';

/** The mails state the lifetime the tokens are made with (the pages read the same constant). */
describe('account mails: the link lifetime', () => {
  const ja = { to: 'hanako@example.jp', language: 'ja' as const };
  const en = { to: 'hanako@example.jp', language: 'en' as const };

  it('says the verification link works as long as the token does, in both languages', () => {
    const hours = EMAIL_TOKEN_LIFETIME_HOURS.verify_email;
    expect(verificationMail(ja, 'https://x/verify').text).toContain(
      `このリンクの有効期限は${hours}時間です。`,
    );
    expect(verificationMail(en, 'https://x/verify').text).toContain(
      `This link works for ${hours} hours.`,
    );
  });

  it('says the same for a password reset and an email change', () => {
    expect(EMAIL_TOKEN_LIFETIME_HOURS.reset_password).toBe(1);
    expect(passwordResetMail(ja, 'https://x/reset').text).toContain('有効期限は1時間です');
    expect(passwordResetMail(en, 'https://x/reset').text).toContain('works for one hour');
    const hours = EMAIL_TOKEN_LIFETIME_HOURS.change_email;
    expect(emailChangeMail(ja, 'https://x/change').text).toContain(`有効期限は${hours}時間です`);
  });
});
