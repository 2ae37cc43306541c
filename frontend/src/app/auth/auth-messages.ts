/**
 * Strings of the sign-up, log-in, verification and reset pages, in this lazy feature's chunk
 * (see `scopedTranslator`). English is typed against Japanese: a missing key fails the build.
 */
export const authJa = {
  'field.email': 'メールアドレス',
  'field.password': 'パスワード',
  'field.newPassword': '新しいパスワード',
  'field.newPasswordAgain': '新しいパスワード（確認）',
  'field.familyName': '姓',
  'field.givenName': '名',
  'field.familyNameKana': 'せい（ふりがな）',
  'field.givenNameKana': 'めい（ふりがな）',
  'field.preferredLanguage': 'メールや画面の言語',
  'field.tsukubaRelations': 'つくば市との関わり',
  'field.tsukubaRelationsHint':
    '当てはまるものをすべて選んでください。市民向け（在住・在勤・在学の方が対象）の講座に申し込むときに使います。',
  'relation.live': '市内に住んでいる（在住）',
  'relation.work': '市内で働いている（在勤）',
  'relation.study': '市内の学校に通っている（在学）',
  'language.ja': '日本語',
  'language.en': 'English（英語）',
  'password.rulesTitle': 'パスワードの決まり',
  'password.ruleLength': '10文字以上',
  'password.ruleEmail': 'メールアドレスを含まない',
  'password.ruleCommon': 'よく使われるパスワード（password123 など）は使えません',
  'password.ruleTip': '長い文（例：「つくばの春は筑波山が見える」をローマ字で）がおすすめです。',
  'logIn.heading': 'ログイン',
  'logIn.lead': '利用者登録したメールアドレスとパスワードでログインしてください。',
  'logIn.submit': 'ログイン',
  'logIn.forgot': 'パスワードを忘れた方',
  'logIn.noAccount': 'はじめての方は',
  'logIn.signUp': '利用者登録（無料）',
  'logIn.notVerified':
    'メールアドレスの確認が済んでいません。届いたメールのリンクを開いてください。メールが見つからない場合は、確認メールを送り直せます。',
  'logIn.resend': '確認メールを送り直す',
  'logIn.resent': '確認メールを送りました。届いたメールのリンクを開いてください。',
  'signUp.heading': '利用者登録',
  'signUp.lead':
    '登録すると、講座の申し込みや、お子さんといっしょに参加する親子講座の申し込みができます。登録は無料です。',
  'signUp.nameSection': 'お名前',
  'signUp.accountSection': 'ログインに使う情報',
  'signUp.aboutYouSection': 'つくば市との関わりと言語',
  'signUp.submit': '登録して確認メールを受け取る',
  'signUp.haveAccount': 'すでに登録済みの方は',
  'signUp.readFirst': '登録の前に、',
  'signUp.and': 'と',
  'signUp.newTab': 'をお読みください（新しいタブで開きます）。',
  'signUp.linkLifetime':
    '登録すると確認メールが届きます。メールのリンクの有効期限は{hours}時間です。',
  'signUp.privacy':
    'ご登録の情報は、講座の申し込みと連絡のためにつくば市が利用します。アカウントの画面から、いつでも情報のダウンロードや登録の削除ができます。',
  'sent.heading': '確認メールを送りました',
  'sent.text':
    '{email} あてにメールを送りました。メールに書かれたリンクを開くと、登録が完了します。',
  'sent.lifetime': 'リンクの有効期限は{hours}時間です。',
  'sent.textNoEmail':
    'ご入力のメールアドレスあてにメールを送りました。メールに書かれたリンクを開くと、登録が完了します。',
  'sent.noMail':
    'メールが届かない場合は、迷惑メールのフォルダもご確認ください。数分待っても届かない場合は、送り直せます。',
  'sent.resend': '確認メールを送り直す',
  'sent.resent': 'もう一度送りました。',
  'verify.heading': 'メールアドレスの確認',
  'verify.working': '確認しています…',
  'verify.done': 'メールアドレスを確認しました。登録が完了し、ログインしました。',
  'verify.next': 'アカウントの設定へ（ご家族の登録など）',
  'verify.keptOther':
    '{verified} の確認が済みました。この端末は、今までどおり {current} でログインしたままです。{verified} で使うには、いったんログアウトしてから {verified} でログインしてください。',
  'verify.toAccount': '今のアカウントへ',
  'verify.failed': 'このリンクは使えません。有効期限が切れたか、すでに使われた可能性があります。',
  'verify.missingToken':
    'リンクが正しくありません。メールに書かれたリンクをそのまま開いてください。',
  'verify.resendHint': 'ログイン画面から確認メールを送り直せます。',
  'reset.heading': 'パスワードの再設定',
  'reset.lead':
    '登録したメールアドレスを入力してください。パスワードを再設定するためのリンクをお送りします。',
  'reset.submit': '再設定のリンクを送る',
  'reset.sent':
    '{email} が登録されていれば、再設定のリンクを送りました。メールのリンクは1時間有効です。',
  'reset.backToLogIn': 'ログイン画面へ戻る',
  'resetConfirm.heading': '新しいパスワードの設定',
  'resetConfirm.submit': 'パスワードを設定する',
  'resetConfirm.done':
    'パスワードを変更しました。安全のため、すべての端末でログアウトしました。新しいパスワードでログインしてください。',
  'confirmEmail.heading': 'メールアドレス変更の確認',
  'confirmEmail.working': '確認しています…',
  'confirmEmail.done': '新しいメールアドレスに変更しました。',
  'confirmEmail.toAccount': 'アカウントへ',
  'confirmEmail.failed':
    'このリンクは使えません。有効期限が切れたか、すでに使われた可能性があります。アカウントの画面からもう一度変更してください。',
} as const;

export type AuthMessageKey = keyof typeof authJa;

export const authEn: Record<AuthMessageKey, string> = {
  'field.email': 'Email address',
  'field.password': 'Password',
  'field.newPassword': 'New password',
  'field.newPasswordAgain': 'New password (again)',
  'field.familyName': 'Family name',
  'field.givenName': 'Given name',
  'field.familyNameKana': 'Family name in kana',
  'field.givenNameKana': 'Given name in kana',
  'field.preferredLanguage': 'Language for emails and pages',
  'field.tsukubaRelations': 'Your connection to Tsukuba',
  'field.tsukubaRelationsHint':
    'Choose all that apply. Some courses are for people who live, work or study in Tsukuba.',
  'relation.live': 'I live in Tsukuba',
  'relation.work': 'I work in Tsukuba',
  'relation.study': 'I study in Tsukuba',
  'language.ja': '日本語 (Japanese)',
  'language.en': 'English',
  'password.rulesTitle': 'Password rules',
  'password.ruleLength': 'At least 10 characters',
  'password.ruleEmail': 'Does not contain your email address',
  'password.ruleCommon': 'Not a common password (such as password123)',
  'password.ruleTip': 'A long sentence you can remember works well.',
  'logIn.heading': 'Log in',
  'logIn.lead': 'Log in with the email address and password you signed up with.',
  'logIn.submit': 'Log in',
  'logIn.forgot': 'Forgot your password?',
  'logIn.noAccount': 'New here?',
  'logIn.signUp': 'Sign up (free)',
  'logIn.notVerified':
    'Your email address is not confirmed yet. Please open the link in the email we sent. If you cannot find it, we can send it again.',
  'logIn.resend': 'Send the confirmation email again',
  'logIn.resent': 'We have sent the email. Please open the link in it.',
  'signUp.heading': 'Sign up',
  'signUp.lead':
    'With an account you can book courses, including parent-and-child courses with your children. It is free.',
  'signUp.nameSection': 'Your name',
  'signUp.accountSection': 'How you will log in',
  'signUp.aboutYouSection': 'Your connection to Tsukuba and your language',
  'signUp.submit': 'Sign up and get the confirmation email',
  'signUp.readFirst': 'Before signing up, please read the',
  'signUp.and': 'and',
  'signUp.newTab': '(they open in a new tab).',
  'signUp.linkLifetime': 'We will send you a confirmation mail. Its link works for {hours} hours.',
  'signUp.haveAccount': 'Already have an account?',
  'signUp.privacy':
    'Tsukuba City uses what you enter to handle your bookings and contact you about them. From your account page you can download your data or delete your account at any time.',
  'sent.heading': 'Check your email',
  'sent.text': 'We have sent an email to {email}. Open the link in it to finish signing up.',
  'sent.lifetime': 'The link works for {hours} hours.',
  'sent.textNoEmail':
    'We have sent an email to the address you entered. Open the link in it to finish signing up.',
  'sent.noMail':
    'If it does not arrive, please look in your spam folder. If it still has not arrived after a few minutes, we can send it again.',
  'sent.resend': 'Send the email again',
  'sent.resent': 'We have sent it again.',
  'verify.heading': 'Confirm your email address',
  'verify.working': 'Confirming…',
  'verify.done': 'Your email address is confirmed. You are signed up and logged in.',
  'verify.next': 'Go to your account (add family members and more)',
  'verify.keptOther':
    '{verified} is confirmed. This device stays logged in as {current}, as before. To use {verified}, log out and then log in with {verified}.',
  'verify.toAccount': 'Go to the current account',
  'verify.failed': 'This link cannot be used. It may have expired or been used already.',
  'verify.missingToken':
    'This link is incomplete. Please open the link exactly as it is in the email.',
  'verify.resendHint': 'You can ask for a new confirmation email on the log-in page.',
  'reset.heading': 'Reset your password',
  'reset.lead':
    'Enter the email address you signed up with and we will send you a link to reset your password.',
  'reset.submit': 'Send the reset link',
  'reset.sent':
    'If {email} has an account, we have sent it a reset link. The link works for one hour.',
  'reset.backToLogIn': 'Back to log in',
  'resetConfirm.heading': 'Choose a new password',
  'resetConfirm.submit': 'Set the password',
  'resetConfirm.done':
    'Your password has been changed. For your safety you have been logged out on every device. Please log in with the new password.',
  'confirmEmail.heading': 'Confirm your new email address',
  'confirmEmail.working': 'Confirming…',
  'confirmEmail.done': 'Your email address has been changed.',
  'confirmEmail.toAccount': 'Go to my account',
  'confirmEmail.failed':
    'This link cannot be used. It may have expired or been used already. Please change your email again from your account page.',
};
