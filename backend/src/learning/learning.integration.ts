import request from 'supertest';
import { SettableClock } from '../testing/settable-clock';
import { createTestApp, type TestApp } from '../testing/test-app';
import { callAs, createTestPerson, signIn, type TestPerson } from '../testing/test-people';

/**
 * The learning record on a small fixture whose every figure was worked out by hand:
 *
 * - スマホ教室 (pillar 1; seniors, all ages), 11 Nov 2026 onwards, four sessions, the fourth
 *   cancelled: hanako books herself and her daughter はる; present at the first (10:00–12:00),
 *   late at the second (10:00–12:00), absent at the third (10:00–11:30); a stray "present" on
 *   the cancelled fourth must not count. → 2 sessions, 240 minutes each; 3 sessions held.
 * - 星空観察 (pillar 4; youth), the fiscal-year edge: one session at 23:59–24:00 on 31 March
 *   2027 (fiscal 2026, 1 minute) and one at 00:00–01:00 on 1 April 2027 (fiscal 2027, 60
 *   minutes); hanako alone, present at both.
 * - Another citizen's booking of スマホ教室 with their own child, present: never in hanako's
 *   record, and their child is no "person" of hers.
 *
 * The clock stands at 31 March 2027 23:59:59 in Japan: "this fiscal year" is 2026.
 */
describe('the learning record (学びの記録)', () => {
  let t: TestApp;
  let hanako: TestPerson;
  let other: TestPerson;
  let stranger: TestPerson;
  let haruId: string;
  let otherChildId: string;
  let phoneCourseId: string;
  let starsCourseId: string;

  const sql = (text: string, params: unknown[] = []) => t.database.dataSource.query(text, params);
  const as = (person: TestPerson | null, path: string) =>
    callAs(t.http, t.database.dataSource, person, 'get', path);

  async function session(
    courseId: string,
    roomId: string,
    from: string,
    to: string,
    status = 'scheduled',
  ) {
    const [row] = await sql(
      `INSERT INTO course_sessions (course_id, room_id, starts_at, ends_at, status)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [courseId, roomId, from, to, status],
    );
    return row.id as string;
  }

  async function book(
    person: TestPerson,
    courseId: string,
    code: string,
    memberIds: string[] = [],
    bookerAttends = true,
  ) {
    const [row] = await sql(
      `INSERT INTO bookings (course_id, user_id, code, status, party_size, booker_attends,
                             confirmed_at)
       VALUES ($1, $2, $3, 'confirmed', $4, $5, now()) RETURNING id`,
      [courseId, person.userId, code, (bookerAttends ? 1 : 0) + memberIds.length, bookerAttends],
    );
    for (const [index, memberId] of memberIds.entries()) {
      await sql(
        `INSERT INTO booking_participants (booking_id, position, family_member_id, name, birth_year)
         SELECT $1, $2, id, name, birth_year FROM family_members WHERE id = $3`,
        [row.id, index + 1, memberId],
      );
    }
    return row.id as string;
  }

  async function attend(
    sessionId: string,
    bookingId: string,
    status: 'present' | 'late' | 'absent',
  ) {
    await sql(
      `INSERT INTO session_attendance (session_id, booking_id, status, checked_in_at)
       VALUES ($1, $2, $3, CASE WHEN $3 = 'absent' THEN NULL ELSE now() END)`,
      [sessionId, bookingId, status],
    );
  }

  beforeAll(async () => {
    t = await createTestApp({ clock: new SettableClock('2027-03-31T23:59:59+09:00') });
    hanako = await createTestPerson(t.database.dataSource);
    other = await createTestPerson(t.database.dataSource);
    stranger = await createTestPerson(t.database.dataSource);
    await sql(`UPDATE users SET family_name = '筑波', given_name = '花子' WHERE id = $1`, [
      hanako.userId,
    ]);
    [{ id: haruId }] = await sql(
      `INSERT INTO family_members (user_id, name, birth_year, relationship)
       VALUES ($1, '筑波 はる', 2018, 'child') RETURNING id`,
      [hanako.userId],
    );
    [{ id: otherChildId }] = await sql(
      `INSERT INTO family_members (user_id, name, birth_year, relationship)
       VALUES ($1, '他人の子', 2017, 'child') RETURNING id`,
      [other.userId],
    );
    const [{ id: organisationId }] = await sql(
      `INSERT INTO organisations (kind, name_ja, name_en)
       VALUES ('city_department', '生涯学習推進課', 'Lifelong Learning Division') RETURNING id`,
    );
    // Open round the clock, so that the fiscal year's last minute can hold a session.
    const [{ id: facilityId }] = await sql(
      `INSERT INTO facilities (kind, name_ja, name_en, postal_code, address_ja, address_en,
                               phone, latitude, longitude, opens_at, closes_at)
       VALUES ('community_centre', '吾妻交流センター', 'Azuma Community Centre', '305-0031',
               'つくば市吾妻1-10-1', 'Azuma, Tsukuba', '029-851-0001', 36.08, 140.11, '00:00', '24:00')
       RETURNING id`,
    );
    const [{ id: roomId }] = await sql(
      `INSERT INTO rooms (facility_id, name_ja, name_en, capacity) VALUES ($1, '和室', 'Tatami room', 30)
       RETURNING id`,
      [facilityId],
    );
    const course = async (title: string, pillar: number, lifeStages: string[], opens: string) => {
      const [row] = await sql(
        `INSERT INTO courses (organisation_id, title_ja, title_en, life_stages, category, pillar,
                              capacity, max_companions, booking_rule, application_opens_at,
                              application_closes_at, status, published_at)
         VALUES ($1, $2, $2, $3, 'digital', $4, 20, 2, 'first_come', $5,
                 $5::timestamptz + interval '7 days', 'published', $5)
         RETURNING id`,
        [organisationId, title, lifeStages, pillar, opens],
      );
      return row.id as string;
    };
    phoneCourseId = await course(
      'スマホ教室',
      1,
      ['seniors', 'all_ages'],
      '2026-10-01T09:00:00+09:00',
    );
    starsCourseId = await course('星空観察', 4, ['youth'], '2027-03-01T09:00:00+09:00');

    const phone = [
      await session(phoneCourseId, roomId, '2026-11-11T10:00+09:00', '2026-11-11T12:00+09:00'),
      await session(phoneCourseId, roomId, '2026-11-18T10:00+09:00', '2026-11-18T12:00+09:00'),
      await session(phoneCourseId, roomId, '2026-11-25T10:00+09:00', '2026-11-25T11:30+09:00'),
      await session(
        phoneCourseId,
        roomId,
        '2026-12-02T10:00+09:00',
        '2026-12-02T12:00+09:00',
        'cancelled',
      ),
    ];
    const stars = [
      await session(starsCourseId, roomId, '2027-03-31T23:59+09:00', '2027-04-01T00:00+09:00'),
      await session(starsCourseId, roomId, '2027-04-01T00:00+09:00', '2027-04-01T01:00+09:00'),
    ];

    const hanakoPhone = await book(hanako, phoneCourseId, 'H2A3N4K5', [haruId]);
    await attend(phone[0]!, hanakoPhone, 'present');
    await attend(phone[1]!, hanakoPhone, 'late');
    await attend(phone[2]!, hanakoPhone, 'absent');
    await attend(phone[3]!, hanakoPhone, 'present');
    const hanakoStars = await book(hanako, starsCourseId, 'H2S3T4R5');
    await attend(stars[0]!, hanakoStars, 'present');
    await attend(stars[1]!, hanakoStars, 'present');
    // What the completion job decided when each course finished (written here as it writes it):
    // hanako completed both; はる's completion was withdrawn after a correction (revoked).
    const complete = async (
      bookingId: string,
      position: number,
      memberId: string | null,
      completed: boolean,
      certificate: { number: string; status: 'valid' | 'revoked' } | null,
    ) => {
      const [{ id }] = await sql(
        `INSERT INTO course_completions (course_id, booking_id, participant_position, user_id,
                                         family_member_id, holder_name, sessions_held,
                                         sessions_attended, minutes_attended, completed, decided_at)
         SELECT b.course_id, b.id, $2, b.user_id, $3, 'テスト', 2, 2, 120, $4, now()
           FROM bookings b WHERE b.id = $1 RETURNING id`,
        [bookingId, position, memberId, completed],
      );
      if (!certificate) return;
      await sql(
        `INSERT INTO certificates (completion_id, number, status, issued_at, revoked_at, revoked_reason)
         VALUES ($1, $2, $3, now(), CASE WHEN $3 = 'revoked' THEN now() END,
                 CASE WHEN $3 = 'revoked' THEN 'attendance_corrected' END)`,
        [id, certificate.number, certificate.status],
      );
    };
    await complete(hanakoPhone, 0, null, true, { number: 'TSU-2026-AAAA-2222', status: 'valid' });
    await complete(hanakoPhone, 1, haruId, false, {
      number: 'TSU-2026-BBBB-3333',
      status: 'revoked',
    });
    await complete(hanakoStars, 0, null, true, { number: 'TSU-2027-CCCC-4444', status: 'valid' });

    const otherPhone = await book(other, phoneCourseId, 'P2Q3R4S5', [otherChildId]);
    for (const id of phone.slice(0, 3)) await attend(id, otherPhone, 'present');
  });

  afterAll(async () => {
    await t.close();
  });

  const figures = (courses: number, completed: number, sessions: number, minutes: number) => ({
    coursesAttended: courses,
    coursesCompleted: completed,
    sessionsAttended: sessions,
    minutes,
  });

  it('shows this fiscal year (2026 until 1 April 00:00 in Japan) for her and her daughter', async () => {
    const response = await as(hanako, '/api/me/learning');
    expect(response.status).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const record = response.body;
    expect(record.fiscalYear).toBe(2026);
    expect(record.fiscalYears).toEqual([2027, 2026]);
    expect(record.people.map((entry: { person: object }) => entry.person)).toEqual([
      { key: 'self', kind: 'self', name: '筑波 花子', relationship: null },
      { key: haruId, kind: 'family_member', name: '筑波 はる', relationship: 'child' },
    ]);

    const [self, haru] = record.people;
    // Newest first: the stars' last minute of the year, then the phone course.
    expect(self.courses).toEqual([
      {
        courseId: starsCourseId,
        titleJa: '星空観察',
        titleEn: '星空観察',
        organisationNameJa: '生涯学習推進課',
        organisationNameEn: 'Lifelong Learning Division',
        pillar: 4,
        lifeStages: ['youth'],
        firstDate: '2027-03-31',
        lastDate: '2027-03-31',
        sessionsAttended: 1,
        sessionsHeld: 2,
        minutes: 1,
        outcome: 'attended',
        certificate: null,
      },
      expect.objectContaining({
        courseId: phoneCourseId,
        firstDate: '2026-11-11',
        lastDate: '2026-11-18',
        sessionsAttended: 2,
        sessionsHeld: 3,
        minutes: 240,
        outcome: 'completed',
        certificate: { number: 'TSU-2026-AAAA-2222', status: 'valid' },
      }),
    ]);
    expect(self.totals).toEqual(figures(2, 1, 3, 241));
    expect(self.byPillar.map((row: { pillar: number }) => row)).toEqual([
      { pillar: 1, ...figures(1, 1, 2, 240) },
      { pillar: 2, ...figures(0, 0, 0, 0) },
      { pillar: 3, ...figures(0, 0, 0, 0) },
      { pillar: 4, ...figures(1, 0, 1, 1) },
      { pillar: 5, ...figures(0, 0, 0, 0) },
    ]);
    expect(
      Object.fromEntries(
        self.byLifeStage.map((row: { lifeStage: string; coursesAttended: number }) => [
          row.lifeStage,
          row.coursesAttended,
        ]),
      ),
    ).toEqual({ parenting: 0, youth: 1, career: 0, seniors: 1, all_ages: 1 });

    // はる came with her mother to the phone course: her own record, not her mother's.
    // Her completion was withdrawn: attended, with the revoked certificate still shown as such.
    expect(haru.courses).toEqual([
      expect.objectContaining({
        courseId: phoneCourseId,
        outcome: 'attended',
        certificate: { number: 'TSU-2026-BBBB-3333', status: 'revoked' },
      }),
    ]);
    expect(haru.totals).toEqual(figures(1, 0, 2, 240));
    expect(record.totals).toEqual(figures(3, 1, 5, 481));
  });

  it('puts 1 April 00:00 in Japan in the next fiscal year', async () => {
    const response = await as(hanako, '/api/me/learning?fiscalYear=2027');
    expect(response.status).toBe(200);
    const [self, haru] = response.body.people;
    expect(self.courses).toEqual([
      expect.objectContaining({
        courseId: starsCourseId,
        firstDate: '2027-04-01',
        sessionsAttended: 1,
        sessionsHeld: 2,
        minutes: 60,
        // Completed when the course ended, in fiscal 2027.
        outcome: 'completed',
        certificate: { number: 'TSU-2027-CCCC-4444', status: 'valid' },
      }),
    ]);
    expect(haru.courses).toEqual([]);
    expect(haru.totals).toEqual(figures(0, 0, 0, 0));
  });

  it('gives one person of the account alone, and nobody else’s', async () => {
    const haru = await as(hanako, `/api/me/learning?fiscalYear=2026&person=${haruId}`);
    expect(haru.status).toBe(200);
    expect(haru.body.people.map((entry: { person: { key: string } }) => entry.person.key)).toEqual([
      haruId,
    ]);
    expect(haru.body.totals).toEqual(figures(1, 0, 2, 240));

    // Another account's child: as unknown as a made-up id.
    for (const id of [otherChildId, '6f1c2b8e-0d7a-4c1e-9a51-2f6f3f7e1a00']) {
      const refused = await as(hanako, `/api/me/learning?person=${id}`);
      expect(refused.status).toBe(404);
      expect(refused.body.code).toBe('LEARNER_NOT_FOUND');
      const csv = await as(hanako, `/api/me/learning/record.csv?person=${id}`);
      expect(csv.status).toBe(404);
    }
  });

  it('shows another citizen only their own learning', async () => {
    const response = await as(other, '/api/me/learning?fiscalYear=2026');
    expect(
      response.body.people.map((entry: { person: { key: string } }) => entry.person.key),
    ).toEqual(['self', otherChildId]);
    expect(response.body.totals).toEqual(figures(2, 0, 6, 660));
    const none = await as(stranger, '/api/me/learning');
    expect(none.status).toBe(200);
    expect(none.body.fiscalYears).toEqual([]);
    expect(none.body.people).toHaveLength(1);
    expect(none.body.people[0].courses).toEqual([]);
  });

  it('records a child booked alone for the child, not for the parent who booked', async () => {
    const parent = await createTestPerson(t.database.dataSource);
    const [{ id: childId }] = await sql(
      `INSERT INTO family_members (user_id, name, birth_year, relationship)
       VALUES ($1, '親子 いち', 2018, 'child') RETURNING id`,
      [parent.userId],
    );
    const [first] = await sql(
      `SELECT id FROM course_sessions WHERE course_id = $1 ORDER BY starts_at LIMIT 1`,
      [phoneCourseId],
    );
    const booking = await book(parent, phoneCourseId, 'H3N4K5A6', [childId], false);
    await attend(first.id, booking, 'present');
    const response = await as(parent, '/api/me/learning?fiscalYear=2026');
    expect(response.status).toBe(200);
    const courses = (key: string) =>
      response.body.people.find((entry: { person: { key: string } }) => entry.person.key === key)
        .courses;
    expect(courses('self')).toEqual([]);
    expect(courses(childId)).toHaveLength(1);
    expect(response.body.totals).toEqual(figures(1, 0, 1, 120));
  });

  it('refuses bad query values field by field', async () => {
    const response = await as(hanako, '/api/me/learning?fiscalYear=1999&person=somebody');
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.fields.map((f: { field: string }) => f.field).sort()).toEqual([
      'fiscalYear',
      'person',
    ]);
    expect((await as(hanako, '/api/me/learning?fiscalYear=abc')).status).toBe(400);
    expect((await as(null, '/api/me/learning')).status).toBe(401);
  });

  it('downloads the year as a CSV file that Excel opens in Japanese', async () => {
    const credentials = await signIn(t.database.dataSource, hanako);
    const response = await request(t.http)
      .get('/api/me/learning/record.csv?fiscalYear=2026')
      .set('Cookie', credentials.cookie)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toContain(
      'filename="learning-record-2026.csv"',
    );
    const text = (response.body as Buffer).toString('utf8');
    expect(text.startsWith('\uFEFF年度,氏名,講座名,')).toBe(true);
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines.slice(1)).toEqual([
      '2026年度,筑波 花子,星空観察,生涯学習推進課,4 絆づくりと地域づくりに向けた学習機会の提供,青少年,2027-03-31,2027-03-31,1,2,0,参加,',
      '2026年度,筑波 花子,スマホ教室,生涯学習推進課,1 個人の自立に向けた学習機会の提供,シニア・すべての世代,2026-11-11,2026-11-18,2,3,4,修了,TSU-2026-AAAA-2222',
      '2026年度,筑波 花子,合計（2講座、うち修了1）,,,,,,3,,4,,',
      '2026年度,筑波 はる,スマホ教室,生涯学習推進課,1 個人の自立に向けた学習機会の提供,シニア・すべての世代,2026-11-11,2026-11-18,2,3,4,参加,TSU-2026-BBBB-3333（取消）',
      '2026年度,筑波 はる,合計（1講座、うち修了0）,,,,,,2,,4,,',
    ]);
  });

  it('is part of the personal data export, every year and every person', async () => {
    const response = await as(hanako, '/api/me/export');
    expect(response.status).toBe(200);
    const rows = response.body.learningRecord.map(
      (row: { fiscalYear: number; person: { key: string }; titleJa: string; minutes: number }) =>
        `${row.fiscalYear} ${row.person.key === 'self' ? 'self' : 'haru'} ${row.titleJa} ${row.minutes}`,
    );
    expect(rows.sort()).toEqual(
      [
        '2026 haru スマホ教室 240',
        '2026 self スマホ教室 240',
        '2026 self 星空観察 1',
        '2027 self 星空観察 60',
      ].sort(),
    );
  });
});
