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

  it('names the course, its organiser and dates when an instructor is linked or unlinked', () => {
    const sessions = [
      {
        startsAt: new Date('2027-01-23T01:00:00Z'),
        endsAt: new Date('2027-01-23T03:00:00Z'),
        cancelled: false,
        facility: { ja: '吾妻交流センター', en: 'Azuma Community Centre' },
        room: { ja: '和室', en: 'Japanese room' },
      },
    ];
    const linked = notificationMail({
      ...base,
      sessions,
      payload: { coursePublic: false },
      kind: 'instructor_course_linked',
      language: 'ja',
    });
    expect(linked.subject).toBe('【tsumugu】講座の講師になりました：筑波山の星空');
    expect(linked.text).toContain('主催: 生涯学習推進課');
    expect(linked.text).toMatch(/日程・会場:\n・2027年1月23日\(土\) 10:00.*吾妻交流センター 和室/);
    expect(linked.text).toContain('https://tsumugu.example/rosters');
    // A draft has no public page yet: no link to it.
    expect(linked.text).not.toContain('/courses/c-1');
    const published = notificationMail({
      ...base,
      sessions,
      payload: { coursePublic: true },
      kind: 'instructor_course_linked',
      language: 'en',
    });
    expect(published.text).toContain('Course page: https://tsumugu.example/courses/c-1');
    const unlinked = notificationMail({
      ...base,
      sessions,
      kind: 'instructor_course_unlinked',
      language: 'en',
    });
    expect(unlinked.subject).toBe(
      '[tsumugu] You no longer teach a course: Stars over Mount Tsukuba',
    );
    expect(unlinked.text).toContain('Organised by: Lifelong Learning Division');
  });
});
