/**
 * The terms of use (利用規約) and the handling of personal information (個人情報の取扱い), as
 * drafts for the city's legal review: plausible for Tsukuba City and faithful to what the system
 * does (what it stores, for how long, who sees it), but not yet approved. Each section is a
 * heading and its paragraphs, in Japanese and English.
 */
export interface LegalSection {
  heading: string;
  paragraphs: readonly string[];
}

export interface LegalText {
  title: string;
  lead: string;
  sections: readonly LegalSection[];
  updated: string;
}

export const TERMS: Record<'ja' | 'en', LegalText> = {
  ja: {
    title: '利用規約',
    lead: 'この規約は、つくば市が提供する生涯学習講座の予約システム「つむぐ」（以下「本システム」）の利用について定めるものです。',
    sections: [
      {
        heading: '第1条（目的）',
        paragraphs: [
          '本システムは、市民の皆さまが市内で開かれる講座・教室を探し、申し込み、学びを記録できるようにすることで、つくば市の生涯学習を推進することを目的とします。',
        ],
      },
      {
        heading: '第2条（利用者の登録）',
        paragraphs: [
          '講座の申し込みには利用者登録が必要です。登録は無料で、市外にお住まいの方も登録できます（講座によっては、市内在住・在勤・在学の方が優先されます）。',
          '登録の際は、ご本人の正確な情報を入力してください。ご家族（お子さまなど）の情報は、ご本人が同意を得たうえで登録してください。',
        ],
      },
      {
        heading: '第3条（アカウントの管理）',
        paragraphs: [
          'パスワードは第三者に知られないよう、ご自身で管理してください。アカウントが不正に使われたおそれがある場合は、パスワードを変更し、生涯学習推進課へご連絡ください。',
        ],
      },
      {
        heading: '第4条（講座の申し込みと取消し）',
        paragraphs: [
          '申し込みの方法（先着順・抽選）、定員、参加費、取消しの期限は講座ごとに講座のページに示します。申し込みの前に必ずご確認ください。',
          '参加できなくなった場合は、キャンセル待ちの方のため、できるだけ早く本システムから取り消してください。',
          '講座の内容・日程は、主催者の都合や天候などにより変更・中止となることがあります。その場合は登録のメールアドレスにお知らせします。',
        ],
      },
      {
        heading: '第5条（禁止事項）',
        paragraphs: [
          '他人になりすましての登録・申し込み、実際には参加しない目的での大量の申し込み、本システムの運営を妨げる行為、その他法令または公序良俗に反する行為を禁止します。',
        ],
      },
      {
        heading: '第6条（利用の停止）',
        paragraphs: [
          '前条に違反する利用があった場合、市は事前の通知なく、申し込みの取消しやアカウントの利用停止を行うことがあります。',
        ],
      },
      {
        heading: '第7条（サービスの変更・停止）',
        paragraphs: [
          '市は、保守点検や障害、災害などのため、本システムの全部または一部を一時的に停止することがあります。停止による申し込みの遅れなどについて、市は故意または重大な過失がある場合を除き責任を負いません。',
        ],
      },
      {
        heading: '第8条（規約の変更）',
        paragraphs: [
          '市はこの規約を変更することがあります。重要な変更は、本システム上で事前にお知らせします。',
        ],
      },
      {
        heading: '第9条（お問い合わせ）',
        paragraphs: ['つくば市 教育局 生涯学習推進課（電話 029-883-1111 代表）'],
      },
    ],
    updated: '案：2026年12月',
  },
  en: {
    title: 'Terms of use',
    lead: 'These terms govern the use of tsumugu, the lifelong-learning course booking system provided by Tsukuba City (“the system”).',
    sections: [
      {
        heading: 'Article 1 (Purpose)',
        paragraphs: [
          'The system promotes lifelong learning in Tsukuba by letting residents find, book and keep a record of the courses held in the city.',
        ],
      },
      {
        heading: 'Article 2 (Registration)',
        paragraphs: [
          'Booking a course needs an account. Registration is free and open to people living outside the city (some courses give priority to people who live, work or study in Tsukuba).',
          'Please enter accurate information about yourself. Register family members (such as children) only with their consent.',
        ],
      },
      {
        heading: 'Article 3 (Your account)',
        paragraphs: [
          'Keep your password to yourself. If you think your account has been misused, change your password and contact the Lifelong Learning Division.',
        ],
      },
      {
        heading: 'Article 4 (Booking and cancelling)',
        paragraphs: [
          'Each course page states how places are given (first come or lottery), the capacity, the fee and the cancellation deadline. Please read them before you book.',
          'If you cannot come, cancel in the system as early as you can, so that someone on the waiting list can take your place.',
          'Courses may change or be cancelled because of the organiser, the weather or other reasons; you will be told at your registered email address.',
        ],
      },
      {
        heading: 'Article 5 (What is not allowed)',
        paragraphs: [
          'Registering or booking as someone else, booking many places you do not mean to use, disrupting the system, or anything else against the law or public order.',
        ],
      },
      {
        heading: 'Article 6 (Suspension)',
        paragraphs: [
          'If the system is used against Article 5, the city may cancel bookings or suspend the account without notice.',
        ],
      },
      {
        heading: 'Article 7 (Changes to the service)',
        paragraphs: [
          'The city may stop all or part of the system for maintenance, faults or disasters. Except for intent or gross negligence, the city is not liable for delays in booking caused by such a stop.',
        ],
      },
      {
        heading: 'Article 8 (Changes to these terms)',
        paragraphs: [
          'The city may change these terms. Important changes are announced in the system beforehand.',
        ],
      },
      {
        heading: 'Article 9 (Contact)',
        paragraphs: [
          'Lifelong Learning Division, Education Bureau, Tsukuba City (phone 029-883-1111, main line)',
        ],
      },
    ],
    updated: 'Draft: December 2026',
  },
};

export const PRIVACY: Record<'ja' | 'en', LegalText> = {
  ja: {
    title: '個人情報の取扱い',
    lead: 'つくば市は、本システムでお預かりする個人情報を、個人情報の保護に関する法律および市の条例に従い、次のとおり取り扱います。',
    sections: [
      {
        heading: '1. 集める情報',
        paragraphs: [
          '氏名・フリガナ、メールアドレス、電話番号（任意）、生まれ年、つくば市との関わり（在住・在勤・在学）、使う言語、ご家族の氏名と生まれ年、講座の申し込み・出欠の記録、ログインの記録（端末の種類とおおよその時刻）です。',
        ],
      },
      {
        heading: '2. 使う目的',
        paragraphs: [
          '講座の申し込みの受付、抽選、キャンセル待ちの繰り上げ、参加者へのご連絡、受付での本人確認、年齢などの参加条件の確認、および個人を特定しない形での統計（生涯学習推進計画の評価）に使います。これ以外の目的には使いません。',
        ],
      },
      {
        heading: '3. 見ることができる人',
        paragraphs: [
          '講座の名簿（氏名・人数・出欠）は、その講座の主催者・講師と、会場の施設の職員だけが見られます。電話番号とメールアドレスは、緊急の連絡のため主催者と施設職員に限られます。',
          '職員・管理者が個人情報を閲覧・変更した記録（誰が・いつ・何を）はすべて残り、市の管理者が確認します。',
        ],
      },
      {
        heading: '4. 第三者への提供',
        paragraphs: [
          '法令に基づく場合を除き、ご本人の同意なく第三者に提供しません。講座を主催する団体（NPO法人・大学など）には、その講座の申込者の情報に限り、講座の運営のために提供します。',
        ],
      },
      {
        heading: '5. 安全管理',
        paragraphs: [
          '通信は暗号化し、パスワードは復元できない形で保存します。職員の権限は担当する講座・施設に限ります。',
        ],
      },
      {
        heading: '6. 保存期間',
        paragraphs: [
          '申し込みと出欠の記録は、統計と学びの記録のため、講座の終了後5年間保存します。アカウントを削除すると、氏名・連絡先・ご家族の情報はすぐに消去し、統計に必要な生まれ年と市との関わりだけを個人を特定できない形で残します。',
        ],
      },
      {
        heading: '7. 開示・訂正・削除',
        paragraphs: [
          'ご自身の情報は、アカウントの画面からいつでもダウンロード・訂正・削除ができます。それ以外の開示請求は、生涯学習推進課でお受けします。',
        ],
      },
      {
        heading: '8. お問い合わせ',
        paragraphs: ['つくば市 教育局 生涯学習推進課（電話 029-883-1111 代表）'],
      },
    ],
    updated: '案：2026年12月',
  },
  en: {
    title: 'How we handle personal information',
    lead: 'Tsukuba City handles the personal information held in this system as follows, under the Act on the Protection of Personal Information and the city’s ordinance.',
    sections: [
      {
        heading: '1. What we collect',
        paragraphs: [
          'Your name and its reading, email address, phone number (optional), year of birth, relation to Tsukuba (live, work, study), preferred language, your family members’ names and years of birth, your bookings and attendance, and sign-in records (kind of device and approximate time).',
        ],
      },
      {
        heading: '2. What we use it for',
        paragraphs: [
          'Taking bookings, running lotteries, moving people up from the waiting list, contacting participants, checking people in at the door, checking conditions such as age, and statistics that identify nobody (evaluating the lifelong-learning plan). For nothing else.',
        ],
      },
      {
        heading: '3. Who can see it',
        paragraphs: [
          'A course roster (names, party sizes, attendance) is seen only by that course’s organisers and instructors and the staff of the venue. Phone numbers and email addresses are shown only to organisers and venue staff, for urgent contact.',
          'Every time staff or administrators view or change personal information is recorded (who, when, what) and reviewed by the city’s administrators.',
        ],
      },
      {
        heading: '4. Sharing',
        paragraphs: [
          'We do not share your information without your consent, except where the law requires it. Organisations that run a course (NPOs, universities and others) receive only the information of that course’s applicants, to run the course.',
        ],
      },
      {
        heading: '5. Security',
        paragraphs: [
          'Connections are encrypted and passwords are stored in a form that cannot be reversed. Staff access is limited to their own courses and facilities.',
        ],
      },
      {
        heading: '6. How long we keep it',
        paragraphs: [
          'Bookings and attendance are kept for five years after a course ends, for statistics and your learning record. When you delete your account, your name, contact details and family are erased at once; only your year of birth and relation to Tsukuba remain, in a form that identifies nobody, for statistics.',
        ],
      },
      {
        heading: '7. Access, correction and deletion',
        paragraphs: [
          'You can download, correct or delete your information at any time from your account page. Other requests for disclosure are handled by the Lifelong Learning Division.',
        ],
      },
      {
        heading: '8. Contact',
        paragraphs: [
          'Lifelong Learning Division, Education Bureau, Tsukuba City (phone 029-883-1111, main line)',
        ],
      },
    ],
    updated: 'Draft: December 2026',
  },
};
