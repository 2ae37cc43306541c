import {
  displayCode,
  NOTIFICATION_KINDS,
  type NotificationContext,
  type NotificationKind,
  notificationMail,
} from './notification-mails';

const AZUMA = { ja: '吾妻交流センター', en: 'Azuma Community Centre' };

function context(
  kind: NotificationKind,
  language: 'ja' | 'en',
  overrides: Partial<NotificationContext> = {},
): NotificationContext {
  return {
    kind,
    language,
    publicUrl: 'https://tsumugu.example.jp',
    recipient: { email: 'hanako@example.jp', familyName: '山田', givenName: '花子' },
    booking: {
      id: 'b-1',
      code: 'K7M2Q9XD',
      partySize: 3,
      placeInLine: null,
      bookerAttends: true,
      familyAttendees: ['山田 陽太', '山田 結衣'],
      childcareAges: [],
      respondBy: null,
    },
    course: {
      id: 'c-1',
      title: { ja: '親子でつくる木のおもちゃ', en: 'Wooden toys for parents and children' },
      organiser: { ja: '生涯学習推進課', en: 'Lifelong Learning Promotion Division' },
      whatToBring: { ja: '軍手、飲み物', en: 'Work gloves, a drink' },
      cancelDeadlineHours: 24,
      applicationClosesAt: new Date('2026-11-20T15:00:00Z'),
      feeYen: 0,
      payment: null,
    },
    sessions: [
      {
        // 2026-12-03 10:00–12:00 in Japan (a Thursday).
        startsAt: new Date('2026-12-03T01:00:00Z'),
        endsAt: new Date('2026-12-03T03:00:00Z'),
        cancelled: false,
        facility: AZUMA,
        room: { ja: '工作室', en: 'Craft room' },
      },
      {
        startsAt: new Date('2026-12-10T01:00:00Z'),
        endsAt: new Date('2026-12-10T03:00:00Z'),
        cancelled: true,
        facility: AZUMA,
        room: { ja: '工作室', en: 'Craft room' },
      },
    ],
    session: null,
    payload: {},
    now: new Date('2026-11-25T00:00:00Z'),
    ...overrides,
  };
}

describe('notification mails', () => {
  it('has a Japanese and an English mail for every kind, addressed to the recipient', () => {
    for (const kind of NOTIFICATION_KINDS) {
      const ja = notificationMail(context(kind, 'ja'));
      const en = notificationMail(context(kind, 'en'));
      expect(ja.to).toBe('hanako@example.jp');
      expect(ja.subject).toMatch(/^【tsumugu】/);
      expect(en.subject).toMatch(/^\[tsumugu\] /);
      expect(ja.text).toContain('山田 花子 様');
      expect(en.text).toContain('Dear 花子 山田,');
      expect(ja.html).toContain('<html lang="ja">');
      expect(en.html).toContain('<html lang="en">');
      // English mails carry no Japanese sentence of ours (names and places aside).
      expect(en.text.replace(/山田|花子/g, '')).not.toMatch(/[ぁ-ん]/);
    }
  });

  it('confirms a booking with its code, dates, place, what to bring, the cancel deadline and link', () => {
    const mail = notificationMail(context('booking_confirmed', 'ja'));
    expect(mail.subject).toBe('【tsumugu】予約が確定しました：親子でつくる木のおもちゃ');
    expect(mail.text).toContain('予約番号: K7M2-Q9XD');
    expect(mail.text).toContain('参加人数: 3人');
    expect(mail.text).toContain('・2026年12月3日(木) 10:00〜12:00\u3000吾妻交流センター 工作室');
    // A cancelled session is not listed as a date to come.
    expect(mail.text).not.toContain('12月10日');
    expect(mail.text).toContain('持ち物: 軍手、飲み物');
    expect(mail.text).toContain('キャンセルは 2026年12月2日(水) 10:00 まで');
    expect(mail.text).toContain('https://tsumugu.example.jp/bookings/b-1');
    expect(mail.text).toContain('QRコード');
    expect(mail.html).toContain('href="https://tsumugu.example.jp/bookings/b-1"');

    const en = notificationMail(context('booking_confirmed', 'en'));
    expect(en.subject).toBe('[tsumugu] Booking confirmed: Wooden toys for parents and children');
    expect(en.text).toContain('Booking code: K7M2-Q9XD');
    expect(en.text).toContain('Thu 3 Dec 2026, 10:00–12:00 — Azuma Community Centre, Craft room');
    expect(en.text).toContain('by Wed 2 Dec 2026, 10:00');
  });

  it('says when the online cancel deadline has already passed (booked shortly before the start)', () => {
    const late = context('booking_confirmed', 'ja', { now: new Date('2026-12-02T05:00:00Z') });
    const text = notificationMail(late).text;
    expect(text).toContain('オンラインでのキャンセル期限を過ぎています');
    expect(text).not.toContain('まで、上の予約ページ');
    expect(notificationMail({ ...late, language: 'en' }).text).toContain(
      'The deadline for cancelling online has passed.',
    );
  });

  it('gives a promoted person until the answer is due, and says when the place went on', () => {
    const promoted = context('waitlist_promoted', 'ja', {
      booking: {
        ...context('waitlist_promoted', 'ja').booking!,
        // 2026-11-27 09:00 in Japan.
        respondBy: new Date('2026-11-27T00:00:00Z'),
      },
    });
    const text = notificationMail(promoted).text;
    expect(text).toContain(
      '2026年11月27日(金) 09:00までに、予約ページで「参加する」か「辞退する」',
    );
    expect(text).toContain('期限までにお返事がない場合、席は次の方に回ります。');
    expect(text).not.toContain('キャンセルは');
    const en = notificationMail({ ...promoted, language: 'en' }).text;
    expect(en).toContain('by Fri 27 Nov 2026, 09:00');
    const expired = notificationMail(context('promotion_expired', 'ja'));
    expect(expired.subject).toBe(
      '【tsumugu】繰り上がりの期限が過ぎました：親子でつくる木のおもちゃ',
    );
    expect(expired.text).toContain('席は、キャンセル待ちの次の方に回りました');
  });

  it('says who attends and who booked, and the childcare asked for', () => {
    const forChild = context('booking_confirmed', 'ja', {
      booking: {
        ...context('booking_confirmed', 'ja').booking!,
        partySize: 1,
        bookerAttends: false,
        familyAttendees: ['山田 陽太'],
        childcareAges: [1, 3],
      },
    });
    const ja = notificationMail(forChild).text;
    expect(ja).toContain('参加する人: 山田 陽太');
    expect(ja).toContain('ご本人は参加しません（ご家族の予約）。');
    expect(ja).toContain('保育の希望: 2人（1歳・3歳）');
    const en = notificationMail({ ...forChild, language: 'en' }).text;
    expect(en).toContain('Attending: 山田 陽太');
    expect(en).toContain('Childcare asked for: 2 children (ages 1, 3)');
    const together = notificationMail(context('booking_confirmed', 'ja')).text;
    expect(together).toContain('参加する人: 山田 花子（ご本人）、山田 陽太、山田 結衣');
  });

  it('says how and when a paid course is paid, and nothing on a free one', () => {
    const base = context('booking_confirmed', 'ja');
    const atDoor = context('booking_confirmed', 'ja', {
      course: {
        ...base.course!,
        feeYen: 500,
        payment: { method: 'at_door', dueDate: null, note: { ja: '', en: '' } },
      },
    });
    expect(notificationMail(atDoor).text).toContain(
      '参加費: 1人500円（3人で1,500円）。当日、会場の受付でお支払いください。',
    );
    const inAdvance = context('booking_confirmed', 'en', {
      course: {
        ...base.course!,
        feeYen: 1000,
        payment: {
          method: 'in_advance',
          dueDate: '2026-11-26',
          note: { ja: '窓口で現金', en: 'In cash at the counter' },
        },
      },
    });
    const text = notificationMail(inAdvance).text;
    expect(text).toContain(
      'Fee: ¥1,000 per person (¥3,000 for 3). Please pay in advance, by Thu 26 Nov 2026.',
    );
    expect(text).toContain('In cash at the counter');
    expect(notificationMail(base).text).not.toContain('参加費');
  });

  it('gives a lottery result with the entry id of the published draw record', () => {
    const won = context('lottery_won', 'ja', { payload: { entryId: 'E-3F9A', rank: 2 } });
    expect(notificationMail(won).subject).toBe(
      '【tsumugu】抽選の結果（当選）：親子でつくる木のおもちゃ',
    );
    expect(notificationMail(won).text).toContain('抽選の公開記録でのあなたの番号: E-3F9A');
    const waitlisted = context('lottery_waitlisted', 'en', {
      payload: { entryId: 'E-77B0' },
      booking: { ...context('lottery_waitlisted', 'en').booking!, partySize: 2, placeInLine: 3 },
    });
    const text = notificationMail(waitlisted).text;
    expect(text).toContain('You are number 3 on the waiting list.');
    expect(text).toContain('Your entry in the published draw record: E-77B0');
  });

  it('tells a waiting person their place in line', () => {
    const waiting = context('booking_waitlisted', 'ja', {
      booking: { ...context('booking_waitlisted', 'ja').booking!, partySize: 1, placeInLine: 4 },
    });
    expect(notificationMail(waiting).text).toContain('キャンセル待ちの4番目');
    expect(notificationMail({ ...waiting, language: 'en' }).text).toContain(
      'You are number 4 on the waiting list.',
    );
  });

  it('describes a moved session with its old and new time and room', () => {
    const moved = context('course_changed', 'ja', {
      payload: {
        change: 'session_moved',
        before: {
          startsAt: '2026-12-03T10:00:00+09:00',
          endsAt: '2026-12-03T12:00:00+09:00',
          facility: AZUMA,
          room: { ja: '工作室', en: 'Craft room' },
        },
        after: {
          startsAt: '2026-12-04T13:00:00+09:00',
          endsAt: '2026-12-04T15:00:00+09:00',
          facility: AZUMA,
          room: { ja: '多目的室', en: 'Multi-purpose room' },
        },
      },
    });
    const text = notificationMail(moved).text;
    expect(text).toMatch(
      /変更前:\n・2026年12月3日\(木\) 10:00〜12:00\u3000吾妻交流センター 工作室/,
    );
    expect(text).toMatch(
      /変更後:\n・2026年12月4日\(金\) 13:00〜15:00\u3000吾妻交流センター 多目的室/,
    );
    const en = notificationMail({ ...moved, language: 'en' }).text;
    expect(en).toContain(
      'Now:\n・Fri 4 Dec 2026, 13:00–15:00 — Azuma Community Centre, Multi-purpose room',
    );
  });

  it('lists every planned date of a cancelled course, marked as cancelled', () => {
    const text = notificationMail(context('course_cancelled', 'ja')).text;
    expect(text).toContain('中止となりました');
    expect(text).toContain('2026年12月10日(木) 10:00〜12:00\u3000吾妻交流センター 工作室（中止）');
  });

  it('reminds of tomorrow’s session with its time and place', () => {
    const reminder = context('session_reminder', 'ja');
    reminder.session = reminder.sessions[0];
    const mail = notificationMail(reminder);
    expect(mail.subject).toBe('【tsumugu】明日の講座のお知らせ：親子でつくる木のおもちゃ');
    expect(mail.text).toContain('2026年12月3日(木) 10:00〜12:00\u3000吾妻交流センター 工作室');
  });

  it('shows an organiser’s message as plain text inside our layout, marked as theirs', () => {
    const message = context('organiser_message', 'ja', {
      payload: { subject: '持ち物の追加', body: 'エプロンをお持ちください。\n<b>よろしく</b>' },
    });
    const mail = notificationMail(message);
    expect(mail.subject).toBe('【tsumugu】主催者からのお知らせ：持ち物の追加');
    expect(mail.text).toContain('主催者（生涯学習推進課）');
    expect(mail.text).toContain(
      '――― 主催者からのメッセージ ―――\n持ち物の追加\n\nエプロンをお持ちください。',
    );
    // Their text is escaped in HTML: no markup of theirs reaches the mail.
    expect(mail.html).toContain('&lt;b&gt;よろしく&lt;/b&gt;');
    expect(mail.html).not.toContain('<b>よろしく');
  });

  it('tells the holder, or the guardian of a family member, that a certificate was issued, with a link to the learning record', () => {
    const own = notificationMail(
      context('certificate_issued', 'ja', {
        payload: { number: 'TSU-2026-7KQM-3XPA', holderName: '佐藤 花子', family: false },
      }),
    );
    expect(own.subject).toBe('【tsumugu】修了証を発行しました：親子でつくる木のおもちゃ');
    expect(own.text).toContain(
      '「親子でつくる木のおもちゃ」を修了されました。修了証（TSU-2026-7KQM-3XPA）',
    );
    expect(own.text).toContain('https://tsumugu.example.jp/learning');

    const child = notificationMail(
      context('certificate_issued', 'en', {
        payload: { number: 'TSU-2026-7KQM-3XPA', holderName: '佐藤 陽太', family: true },
      }),
    );
    expect(child.subject).toBe(
      '[tsumugu] Certificate of completion: Wooden toys for parents and children',
    );
    expect(child.text).toContain('佐藤 陽太 completed "Wooden toys for parents and children"');
    expect(child.text).toContain('Open my learning record');
    expect(child.html).toContain('href="https://tsumugu.example.jp/learning"');
  });

  it('prints booking codes in two groups of four', () => {
    expect(displayCode('K7M2Q9XD')).toBe('K7M2-Q9XD');
  });
});
