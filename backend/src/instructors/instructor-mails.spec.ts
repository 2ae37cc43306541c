import { notificationMail, type NotificationContext } from '../notifications/notification-mails';
import { INSTRUCTOR_NOTIFICATION_KINDS } from './instructor-mails';

const base: Omit<NotificationContext, 'kind' | 'language'> = {
  publicUrl: 'https://tsumugu.example',
  recipient: { email: 'akira@example.jp', familyName: '星野', givenName: '昭' },
  booking: null,
  course: {
    id: 'c-1',
    title: { ja: '筑波山の星空', en: 'Stars over Mount Tsukuba' },
    organiser: { ja: '生涯学習推進課', en: 'Lifelong Learning Division' },
    whatToBring: { ja: '', en: '' },
    cancelDeadlineHours: 24,
    applicationClosesAt: new Date('2027-01-10T00:00:00Z'),
    feeYen: 0,
    payment: null,
  },
  sessions: [],
  session: null,
  payload: {
    requestId: 'r-1',
    profileId: 'p-1',
    displayName: '星野 昭',
    requesterName: '竹園西小PTA',
    purpose: '星空観察会',
    comment: '活動実績を補ってください。',
    registrationNumber: 'TKB-2026-0001',
    validUntil: '2029-03-31',
    daysLeft: 14,
    startsAt: '2027-01-23T09:00:00.000Z',
  },
  now: new Date('2026-12-07T01:00:00Z'),
};

describe('instructor bank mails', () => {
  it('writes every kind in both languages, with a link and no contact detail', () => {
    for (const kind of INSTRUCTOR_NOTIFICATION_KINDS) {
      for (const language of ['ja', 'en'] as const) {
        const mail = notificationMail({ ...base, kind, language });
        expect({ kind, language, subject: mail.subject.length > 10 }).toEqual({
          kind,
          language,
          subject: true,
        });
        expect(mail.text).toContain('https://tsumugu.example/');
        expect(mail.text).not.toContain('akira@example.jp');
      }
    }
  });

  it('quotes the reviewer’s comment and the dates in Japan time', () => {
    const returned = notificationMail({
      ...base,
      kind: 'instructor_profile_returned',
      language: 'ja',
    });
    expect(returned.text).toContain('活動実績を補ってください。');
    const accepted = notificationMail({
      ...base,
      kind: 'instructor_request_accepted',
      language: 'ja',
    });
    expect(accepted.text).toContain('18:00');
    const registered = notificationMail({
      ...base,
      kind: 'instructor_profile_registered',
      language: 'en',
    });
    expect(registered.text).toContain('TKB-2026-0001');
  });
});
