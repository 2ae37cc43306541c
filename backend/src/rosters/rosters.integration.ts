import request from 'supertest';
import { japanTime } from '../common/time/japan-time';
import { seedDemoData, seedId } from '../demo/seeder';
import { FIXTURE_COURSES, FIXTURE_PLAN } from '../testing/catalogue-fixture';
import { MailCatcher } from '../testing/mail-catcher';
import { createTestApp, type TestApp } from '../testing/test-app';
import { callAs, createTestPerson, signIn, type TestPerson } from '../testing/test-people';

/**
 * Rosters, the door and messages against a real database. Bookings are written straight into
 * the bookings tables (the booking API is tested on its own); everything else goes through HTTP.
 */
describe('rosters, check-in, walk-ins, messages and course instructors', () => {
  const mail = new MailCatcher();
  let t: TestApp;
  const organisationA = seedId('organisation', 'kosodate');
  const organisationB = seedId('organisation', 'university');
  const azuma = seedId('facility', 'azuma');
  const oho = seedId('facility', 'oho');
  /** Organisation A's course with two sessions at 吾妻 (和室). */
  const courseId = seedId('course', FIXTURE_COURSES.parenting.key);
  /** Organisation B's course, also at 吾妻. */
  const otherCourseId = seedId('course', FIXTURE_COURSES.cooking.key);
  let sessionId: string;
  let secondSessionId: string;
  let otherSessionId: string;
  const people = {} as Record<
    | 'organiserA'
    | 'organiserB'
    | 'staffAzuma'
    | 'staffOho'
    | 'instructor'
    | 'otherInstructor'
    | 'citizen'
    | 'admin'
    | 'hanako'
    | 'taro'
    | 'waiting'
    | 'cancelled'
    | 'evil'
    | 'elsewhere',
    TestPerson
  >;
  const codes = {
    hanako: 'K7M2Q9XD',
    taro: 'A2B3C4D5',
    waiting: 'W2W3W4W5',
    cancelled: 'C2C3C4C5',
    evil: 'E2E3E4E5',
    elsewhere: 'Z2Z3Z4Z5',
    nobody: 'N2N3N4N5',
  };
  const bookingIds: Record<string, string> = {};

  const as = (
    person: TestPerson | null,
    method: 'get' | 'post' | 'put' | 'delete',
    path: string,
    body?: object,
  ) => callAs(t.http, t.database.dataSource, person, method, path, body);

  async function person(
    familyName: string,
    givenName: string,
    kana: [string, string],
    extra: { phone?: string; birthYear?: number } = {},
  ): Promise<TestPerson> {
    const created = await createTestPerson(t.database.dataSource);
    await t.database.dataSource.query(
      `UPDATE users SET family_name = $2, given_name = $3, family_name_kana = $4,
                        given_name_kana = $5, phone = $6, birth_year = $7 WHERE id = $1`,
      [
        created.userId,
        familyName,
        givenName,
        kana[0],
        kana[1],
        extra.phone ?? '',
        extra.birthYear ?? null,
      ],
    );
    return created;
  }

  async function book(
    who: TestPerson,
    code: string,
    options: {
      course?: string;
      status?: 'confirmed' | 'waiting' | 'cancelled';
      companions?: [string, number][];
      queue?: number;
    } = {},
  ): Promise<string> {
    const status = options.status ?? 'confirmed';
    const companions = options.companions ?? [];
    const [row] = await t.database.dataSource.query(
      `INSERT INTO bookings (course_id, user_id, code, status, party_size, queue_position,
                             confirmed_at, cancelled_at, cancelled_by)
       VALUES ($1, $2, $3, $4, $5, $6,
               CASE WHEN $4 = 'confirmed' THEN now() END,
               CASE WHEN $4 = 'cancelled' THEN now() END,
               CASE WHEN $4 = 'cancelled' THEN 'citizen' END)
       RETURNING id`,
      [
        options.course ?? courseId,
        who.userId,
        code,
        status,
        1 + companions.length,
        status === 'waiting' ? (options.queue ?? 1) : null,
      ],
    );
    for (const [index, [name, birthYear]] of companions.entries()) {
      await t.database.dataSource.query(
        `INSERT INTO booking_participants (booking_id, position, name, birth_year) VALUES ($1, $2, $3, $4)`,
        [row.id, index + 1, name, birthYear],
      );
    }
    return row.id;
  }

  beforeAll(async () => {
    process.env['SMTP_URL'] = await mail.start();
    t = await createTestApp();
    const db = t.database.dataSource;
    await seedDemoData(db, FIXTURE_PLAN);
    // The seed's demo bookings give way to this test's own, so every count here is known.
    await db.query(`DELETE FROM bookings WHERE course_id = ANY ($1)`, [[courseId, otherCourseId]]);
    await db.query(`UPDATE courses SET booked_count = 0 WHERE id = ANY ($1)`, [
      [courseId, otherCourseId],
    ]);
    const sessions = await db.query(
      `SELECT id FROM course_sessions WHERE course_id = $1 ORDER BY starts_at`,
      [courseId],
    );
    [sessionId, secondSessionId] = sessions.map((s: { id: string }) => s.id);
    [{ id: otherSessionId }] = await db.query(
      `SELECT id FROM course_sessions WHERE course_id = $1`,
      [otherCourseId],
    );
    people.organiserA = await createTestPerson(db, {
      roles: [{ role: 'organiser', organisationId: organisationA }],
    });
    people.organiserB = await createTestPerson(db, {
      roles: [{ role: 'organiser', organisationId: organisationB }],
    });
    people.staffAzuma = await createTestPerson(db, {
      roles: [{ role: 'facility_staff', facilityId: azuma }],
    });
    people.staffOho = await createTestPerson(db, {
      roles: [{ role: 'facility_staff', facilityId: oho }],
    });
    people.instructor = await createTestPerson(db, { roles: [{ role: 'instructor' }] });
    people.otherInstructor = await createTestPerson(db, { roles: [{ role: 'instructor' }] });
    people.citizen = await createTestPerson(db);
    people.admin = await createTestPerson(db, { roles: [{ role: 'city_admin' }] });

    const year = new Date().getFullYear();
    people.hanako = await person('佐藤', '花子', ['サトウ', 'ハナコ'], {
      phone: '+81-29-000-0000',
      birthYear: 1985,
    });
    people.taro = await person('青木', '太郎', ['アオキ', 'タロウ']);
    people.waiting = await person('鈴木', '一郎', ['スズキ', 'イチロウ']);
    people.cancelled = await person('取消', '済子', ['トリケシ', 'スミコ']);
    people.evil = await person('=HYPERLINK("http://evil")', '', ['', '']);
    people.elsewhere = await person('別講座', '参加者', ['ベツ', 'サンカシャ']);
    bookingIds['hanako'] = await book(people.hanako, codes.hanako, {
      companions: [
        ['佐藤 ひなた', year - 3],
        ['佐藤 そら', year - 1],
      ],
    });
    bookingIds['taro'] = await book(people.taro, codes.taro);
    bookingIds['waiting'] = await book(people.waiting, codes.waiting, {
      status: 'waiting',
      companions: [['鈴木 二郎', year - 2]],
    });
    bookingIds['cancelled'] = await book(people.cancelled, codes.cancelled, {
      status: 'cancelled',
    });
    bookingIds['evil'] = await book(people.evil, codes.evil);
    bookingIds['elsewhere'] = await book(people.elsewhere, codes.elsewhere, {
      course: otherCourseId,
    });
  });
  afterAll(async () => {
    await t.close();
    await mail.stop();
    delete process.env['SMTP_URL'];
  });

  describe('who may see a roster', () => {
    it('links an instructor to the course by email (organisers only)', async () => {
      const path = `/api/organiser/courses/${courseId}/instructors`;
      const added = await as(people.organiserA, 'post', path, {
        email: people.instructor.email.toUpperCase(),
      });
      expect(added.status).toBe(201);
      expect(added.body).toEqual([
        expect.objectContaining({
          userId: people.instructor.userId,
          email: people.instructor.email,
        }),
      ]);
      // Twice is the same as once.
      const again = await as(people.organiserA, 'post', path, { email: people.instructor.email });
      expect(again.body).toHaveLength(1);
      // A person without the instructor role cannot be linked.
      const citizen = await as(people.organiserA, 'post', path, { email: people.citizen.email });
      expect({ status: citizen.status, code: citizen.body.code }).toEqual({
        status: 404,
        code: 'INSTRUCTOR_NOT_FOUND',
      });
      const invalid = await as(people.organiserA, 'post', path, { email: 'not an email' });
      expect(invalid.status).toBe(400);
      expect(invalid.body.fields[0].field).toBe('email');
      // Another organisation's organiser does not see the course at all.
      const other = await as(people.organiserB, 'post', path, {
        email: people.otherInstructor.email,
      });
      expect({ status: other.status, code: other.body.code }).toEqual({
        status: 404,
        code: 'COURSE_NOT_FOUND',
      });
      expect((await as(people.organiserB, 'get', path)).status).toBe(404);
      expect((await as(people.instructor, 'get', path)).status).toBe(403);
      expect((await as(people.staffAzuma, 'get', path)).status).toBe(403);
      expect((await as(people.organiserA, 'get', path)).body).toHaveLength(1);
    });

    it('shows the roster to the organisers, the facility staff and the linked instructor; 404 to other ones; 403 to other roles', async () => {
      const path = `/api/sessions/${sessionId}/roster`;
      const cases: [TestPerson | null, number, string | null][] = [
        [people.organiserA, 200, 'organiser'],
        [people.staffAzuma, 200, 'facility_staff'],
        [people.instructor, 200, 'instructor'],
        [people.organiserB, 404, null],
        [people.staffOho, 404, null],
        [people.otherInstructor, 404, null],
        [people.citizen, 403, null],
        [people.admin, 403, null],
        [null, 401, null],
      ];
      for (const [who, status, kind] of cases) {
        const response = await as(who, 'get', path);
        expect({ who: who?.email ?? 'anonymous', status: response.status }).toEqual({
          who: who?.email ?? 'anonymous',
          status,
        });
        if (kind) expect(response.body.viewer.kind).toBe(kind);
        if (status === 404) expect(response.body.code).toBe('SESSION_NOT_FOUND');
      }
    });

    it('gives phone and email to organisers only', async () => {
      const path = `/api/sessions/${sessionId}/roster`;
      const organiser = await as(people.organiserA, 'get', path);
      const hanako = organiser.body.entries.find((e: { code: string }) => e.code === 'K7M2-Q9XD');
      expect(hanako).toMatchObject({ phone: '+81-29-000-0000', email: people.hanako.email });
      for (const who of [people.staffAzuma, people.instructor]) {
        const response = await as(who, 'get', path);
        expect(response.body.viewer.canSeeContacts).toBe(false);
        for (const entry of response.body.entries) {
          expect(entry).not.toHaveProperty('phone');
          expect(entry).not.toHaveProperty('email');
        }
        expect(JSON.stringify(response.body)).not.toContain(people.hanako.email);
      }
      expect(organiser.body.viewer).toEqual({
        kind: 'organiser',
        canSeeContacts: true,
        canMessage: true,
      });
    });
  });

  describe('roster', () => {
    it('lists confirmed bookings with companions, the waiting list in order, and leaves out the cancelled', async () => {
      const response = await as(people.organiserA, 'get', `/api/sessions/${sessionId}/roster`);
      expect(response.status).toBe(200);
      const body = response.body;
      expect(body.course).toMatchObject({ id: courseId, capacity: 15 });
      expect(body.session).toMatchObject({ id: sessionId, number: 1, facilityId: azuma });
      // By kana: アオキ before サトウ; the cancelled booking is not there.
      expect(body.entries.map((e: { code: string }) => e.code)).toEqual(
        expect.arrayContaining(['A2B3-C4D5', 'K7M2-Q9XD', 'E2E3-E4E5']),
      );
      expect(body.entries).toHaveLength(3);
      const names = body.entries.map((e: { name: string }) => e.name);
      expect(names.indexOf('青木 太郎')).toBeLessThan(names.indexOf('佐藤 花子'));
      expect(names).not.toContain('取消 済子');
      const hanako = body.entries.find((e: { code: string }) => e.code === 'K7M2-Q9XD');
      expect(hanako).toMatchObject({
        bookingId: bookingIds['hanako'],
        name: '佐藤 花子',
        nameKana: 'サトウ ハナコ',
        partySize: 3,
        attendance: null,
      });
      expect(hanako.companions.map((c: { name: string }) => c.name)).toEqual([
        '佐藤 ひなた',
        '佐藤 そら',
      ]);
      expect(hanako.companions[0].age).toBeGreaterThanOrEqual(3);
      expect(body.waitingList).toEqual({
        count: 1,
        people: 2,
        entries: [{ position: 1, name: '鈴木 一郎', partySize: 2 }],
      });
      expect(body.totals).toMatchObject({ bookings: 3, people: 5 });
    });

    it('records every roster view and export in the audit log, without names', async () => {
      const before = await t.database.dataSource.query(
        `SELECT count(*)::int AS n FROM audit_log WHERE action IN ('roster.viewed', 'roster.exported')
            AND actor_user_id = $1`,
        [people.staffAzuma.userId],
      );
      await as(people.staffAzuma, 'get', `/api/sessions/${sessionId}/roster`);
      await as(people.staffAzuma, 'get', `/api/sessions/${sessionId}/roster.csv`);
      const rows = await t.database.dataSource.query(
        `SELECT action, target_type, target_id, details FROM audit_log
          WHERE action IN ('roster.viewed', 'roster.exported') AND actor_user_id = $1
          ORDER BY id`,
        [people.staffAzuma.userId],
      );
      expect(rows.length - before[0].n).toBe(2);
      expect(rows.at(-1)).toMatchObject({
        action: 'roster.exported',
        target_type: 'course_session',
        target_id: sessionId,
        details: { courseId, viewer: 'facility_staff', contacts: false },
      });
      expect(JSON.stringify(rows)).not.toContain('花子');
    });
  });

  describe('CSV export', () => {
    it('is a UTF-8 file with BOM, CRLF, Japanese headers, a Japanese file name and no formulas', async () => {
      const credentials = await signIn(t.database.dataSource, people.organiserA);
      const response = await request(t.http)
        .get(`/api/sessions/${sessionId}/roster.csv`)
        .set('Cookie', credentials.cookie)
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        });
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
      const disposition = response.headers['content-disposition'];
      expect(disposition).toMatch(
        /^attachment; filename="roster-\d{4}-\d{2}-\d{2}\.csv"; filename\*=UTF-8''/,
      );
      const encoded = disposition.split("filename*=UTF-8''")[1];
      expect(decodeURIComponent(encoded)).toMatch(
        /^roster-\d{4}-\d{2}-\d{2}-子育て支援講座_〜親子でふれあい遊び〜\.csv$/,
      );
      const bytes = response.body as Buffer;
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.toString('utf8').slice(1);
      const lines = text.split('\r\n');
      expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
      expect(lines[0]).toBe(
        '区分,予約者,フリガナ,人数,参加者,保育,予約番号,出欠,受付時刻,電話番号,メールアドレス,備考',
      );
      expect(lines).toContainEqual(expect.stringContaining('予約,佐藤 花子,サトウ ハナコ,3,'));
      expect(lines).toContainEqual(expect.stringContaining(",'+81-29-000-0000,"));
      // The formula name is quoted (it holds quotes) and starts with an apostrophe.
      expect(text).toContain(`"'=HYPERLINK(""http://evil"")"`);
      expect(lines.at(-1)).toBe('');
    });

    it('leaves contact columns out for staff', async () => {
      const credentials = await signIn(t.database.dataSource, people.staffAzuma);
      const response = await request(t.http)
        .get(`/api/sessions/${sessionId}/roster.csv`)
        .set('Cookie', credentials.cookie);
      expect(response.status).toBe(200);
      expect(response.text).not.toContain('電話番号');
      expect(response.text).not.toContain(people.hanako.email);
    });
  });

  describe('check-in at the door', () => {
    const checkIn = (who: TestPerson, code: string, session = sessionId) =>
      as(who, 'post', `/api/sessions/${session}/check-ins`, { code });

    it('checks a code in, typed in lower case without the hyphen, then answers "already checked in at"', async () => {
      const first = await checkIn(people.staffAzuma, 'k7m2q9xd');
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({
        alreadyCheckedIn: false,
        entry: { name: '佐藤 花子', partySize: 3, attendance: { status: 'present' } },
        messageJa: '佐藤 花子さん（3名）の受付が完了しました。',
      });
      expect(first.body.entry).not.toHaveProperty('phone');
      const second = await checkIn(people.instructor, 'K7M2-Q9XD');
      expect(second.status).toBe(200);
      expect(second.body.alreadyCheckedIn).toBe(true);
      const time = japanTime(first.body.entry.attendance.checkedInAt);
      expect(second.body.messageJa).toBe(`佐藤 花子さん（3名）は${time}に受付済みです。`);
      expect(second.body.messageEn).toBe(
        `佐藤 花子 (party of 3) was already checked in at ${time}.`,
      );
      expect(second.body.entry.attendance.checkedInAt).toBe(
        first.body.entry.attendance.checkedInAt,
      );
    });

    it('refuses a code of another course without naming it, an unknown code, a malformed one and an unconfirmed booking', async () => {
      const other = await checkIn(people.staffAzuma, codes.elsewhere);
      expect(other.status).toBe(409);
      expect(other.body.code).toBe('CHECK_IN_OTHER_COURSE');
      expect(other.body.messages.en).toContain('not a booking of this session');
      const [title] = await t.database.dataSource.query(
        `SELECT title_ja AS ja, title_en AS en FROM courses WHERE id = $1`,
        [otherCourseId],
      );
      expect(JSON.stringify(other.body)).not.toContain(title.ja);
      expect(JSON.stringify(other.body)).not.toContain(title.en);
      const unknown = await checkIn(people.staffAzuma, codes.nobody);
      expect({ status: unknown.status, code: unknown.body.code }).toEqual({
        status: 404,
        code: 'CHECK_IN_CODE_NOT_FOUND',
      });
      const malformed = await checkIn(people.staffAzuma, 'K7M2-Q9X0');
      expect({ status: malformed.status, field: malformed.body.fields?.[0]?.field }).toEqual({
        status: 400,
        field: 'code',
      });
      expect(
        (await as(people.staffAzuma, 'post', `/api/sessions/${sessionId}/check-ins`, {})).status,
      ).toBe(400);
      for (const code of [codes.waiting, codes.cancelled]) {
        const response = await checkIn(people.staffAzuma, code);
        expect({ status: response.status, code: response.body.code }).toEqual({
          status: 409,
          code: 'CHECK_IN_NOT_CONFIRMED',
        });
      }
      // Staff of another facility cannot check in here at all.
      expect((await checkIn(people.staffOho, codes.taro)).status).toBe(404);
    });

    it('limits codes that are no booking of the session per account (429 with Retry-After), never the right ones', async () => {
      const guesser = await createTestPerson(t.database.dataSource, {
        roles: [{ role: 'facility_staff', facilityId: azuma }],
      });
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 30; attempt++) {
        // Another course's valid code counts as a miss, like a code of nobody.
        const code = attempt % 10 === 0 ? codes.elsewhere : codes.nobody;
        statuses.push((await checkIn(guesser, code)).status);
      }
      expect(statuses.every((status) => status === 404 || status === 409)).toBe(true);
      const limited = await checkIn(guesser, codes.elsewhere);
      expect([limited.status, limited.body.code]).toEqual([429, 'RATE_LIMITED']);
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      expect(JSON.stringify(limited.body)).not.toContain('CHECK_IN_OTHER_COURSE');
      // The people really booked still get in at this door.
      expect((await checkIn(guesser, 'K7M2-Q9XD')).status).toBe(200);
      // Other staff are not held up.
      expect((await checkIn(people.staffAzuma, codes.nobody)).status).toBe(404);
    });

    it('writes one attendance row when ten devices check the same code in at once', async () => {
      const responses = await Promise.all(
        Array.from({ length: 10 }, () => checkIn(people.staffAzuma, codes.taro, secondSessionId)),
      );
      expect(responses.map((r) => r.status)).toEqual(Array(10).fill(200));
      expect(responses.filter((r) => !r.body.alreadyCheckedIn)).toHaveLength(1);
      const rows = await t.database.dataSource.query(
        `SELECT status FROM session_attendance WHERE session_id = $1 AND booking_id = $2`,
        [secondSessionId, bookingIds['taro']],
      );
      expect(rows).toEqual([{ status: 'present' }]);
      const times = new Set(responses.map((r) => r.body.entry.attendance.checkedInAt));
      expect(times.size).toBe(1);
    });

    it('marks late and absent, checks an absent person in when they come after all, and undoes', async () => {
      const path = `/api/sessions/${sessionId}/attendance/${bookingIds['taro']}`;
      const late = await as(people.instructor, 'put', path, { status: 'late' });
      expect(late.status).toBe(200);
      expect(late.body.attendance).toMatchObject({ status: 'late' });
      expect(late.body.attendance.checkedInAt).not.toBeNull();
      const absent = await as(people.instructor, 'put', path, { status: 'absent' });
      expect(absent.body.attendance).toMatchObject({ status: 'absent', checkedInAt: null });
      const came = await checkIn(people.staffAzuma, codes.taro);
      expect(came.body).toMatchObject({
        alreadyCheckedIn: false,
        entry: { attendance: { status: 'present' } },
      });
      const undone = await as(people.organiserA, 'delete', path);
      expect(undone.status).toBe(200);
      expect(undone.body.attendance).toBeNull();
      expect((await as(people.organiserA, 'put', path, { status: 'sleeping' })).status).toBe(400);
      // A booking of another course, or a waiting one, is not on this roster.
      for (const bookingId of [bookingIds['elsewhere'], bookingIds['waiting']]) {
        const response = await as(
          people.organiserA,
          'put',
          `/api/sessions/${sessionId}/attendance/${bookingId}`,
          { status: 'present' },
        );
        expect({ status: response.status, code: response.body.code }).toEqual({
          status: 404,
          code: 'BOOKING_NOT_FOUND',
        });
      }
      const roster = await as(people.organiserA, 'get', `/api/sessions/${sessionId}/roster`);
      expect(roster.body.totals).toMatchObject({ present: 3, late: 0, absent: 0, notYet: 2 });
    });

    it('adds and removes walk-ins, validating what is typed', async () => {
      const path = `/api/sessions/${sessionId}/walk-ins`;
      const added = await as(people.staffAzuma, 'post', path, {
        name: '  山田 さくら ',
        partySize: 2,
        note: '見学のみ',
      });
      expect(added.status).toBe(201);
      expect(added.body).toMatchObject({ name: '山田 さくら', partySize: 2, note: '見学のみ' });
      for (const body of [
        { name: ' ', partySize: 1 },
        { name: '山田', partySize: 0 },
        { name: '山田', partySize: 21 },
        { name: 'x'.repeat(101), partySize: 1 },
        { name: '山田', partySize: 1, note: 'x'.repeat(501) },
        { name: '山田', partySize: 1, extra: true },
      ]) {
        const response = await as(people.staffAzuma, 'post', path, body);
        expect({ body, status: response.status }).toEqual({ body, status: 400 });
      }
      const roster = await as(people.organiserA, 'get', `/api/sessions/${sessionId}/roster`);
      expect(roster.body.walkIns).toEqual([expect.objectContaining({ id: added.body.id })]);
      expect(roster.body.totals.walkIns).toBe(2);
      expect((await as(people.staffOho, 'delete', `${path}/${added.body.id}`)).status).toBe(404);
      expect((await as(people.staffAzuma, 'delete', `${path}/${added.body.id}`)).status).toBe(204);
      const again = await as(people.staffAzuma, 'delete', `${path}/${added.body.id}`);
      expect({ status: again.status, code: again.body.code }).toEqual({
        status: 404,
        code: 'WALK_IN_NOT_FOUND',
      });
    });

    it('records nothing on a cancelled session', async () => {
      const db = t.database.dataSource;
      const [{ id: cancelledSession }] = await db.query(
        `INSERT INTO course_sessions (course_id, room_id, starts_at, ends_at, status)
         SELECT course_id, room_id, starts_at + interval '70 days', ends_at + interval '70 days', 'cancelled'
           FROM course_sessions WHERE id = $1 RETURNING id`,
        [sessionId],
      );
      const response = await checkIn(people.staffAzuma, codes.hanako, cancelledSession);
      expect({ status: response.status, code: response.body.code }).toEqual({
        status: 409,
        code: 'SESSION_CANCELLED',
      });
      // Its roster can still be read.
      expect(
        (await as(people.organiserA, 'get', `/api/sessions/${cancelledSession}/roster`)).status,
      ).toBe(200);
    });
  });

  describe('messages to everyone booked', () => {
    const path = `/api/courses/${courseId}/messages`;

    it('queues one organiser_message per confirmed booking, with subject and body, and audits the count', async () => {
      const response = await as(people.organiserA, 'post', path, {
        sessionId,
        subject: '持ち物のお知らせ',
        body: '上履きをお持ちください。',
      });
      expect(response.status).toBe(202);
      expect(response.body).toEqual({ recipients: 3 });
      const rows = await t.database.dataSource.query(
        `SELECT user_id, booking_id, course_id, session_id, payload, status FROM notifications
          WHERE kind = 'organiser_message' ORDER BY user_id`,
      );
      expect(rows).toHaveLength(3);
      expect(rows.map((r: { user_id: string }) => r.user_id).sort()).toEqual(
        [people.hanako.userId, people.taro.userId, people.evil.userId].sort(),
      );
      expect(rows[0]).toMatchObject({
        course_id: courseId,
        session_id: sessionId,
        payload: { subject: '持ち物のお知らせ', body: '上履きをお持ちください。' },
        status: 'pending',
      });
      const [audit] = await t.database.dataSource.query(
        `SELECT details FROM audit_log WHERE action = 'message.sent' AND actor_user_id = $1`,
        [people.organiserA.userId],
      );
      expect(audit.details).toMatchObject({ courseId, recipients: 3 });
      expect(JSON.stringify(audit)).not.toContain('上履き');
    });

    it('lets the linked instructor write for the whole course, and no one else', async () => {
      const message = { subject: '休講のお知らせ', body: '次回は休講です。' };
      const instructor = await as(people.instructor, 'post', path, message);
      expect(instructor.body).toEqual({ recipients: 3 });
      expect((await as(people.otherInstructor, 'post', path, message)).status).toBe(404);
      expect((await as(people.organiserB, 'post', path, message)).status).toBe(404);
      expect((await as(people.staffAzuma, 'post', path, message)).status).toBe(403);
      expect((await as(people.citizen, 'post', path, message)).status).toBe(403);
      const otherSession = await as(people.organiserA, 'post', path, {
        ...message,
        sessionId: otherSessionId,
      });
      expect(otherSession.body.code).toBe('SESSION_NOT_FOUND');
    });

    it('refuses an empty subject, a blank body and over-long text', async () => {
      for (const body of [
        { subject: '', body: '本文' },
        { subject: '件名', body: '   ' },
        { subject: 'x'.repeat(101), body: '本文' },
        { subject: '件名', body: 'x'.repeat(2001) },
        { subject: '件名' },
      ]) {
        const response = await as(people.organiserA, 'post', path, body);
        expect({ status: response.status, code: response.body.code }).toEqual({
          status: 400,
          code: 'VALIDATION_FAILED',
        });
      }
    });
  });

  describe('instructors', () => {
    it('lists the sessions of the courses an instructor teaches, and loses the roster when unlinked', async () => {
      const sessions = await as(people.instructor, 'get', '/api/instructor/sessions');
      expect(sessions.status).toBe(200);
      expect(sessions.body.map((s: { sessionId: string }) => s.sessionId)).toEqual(
        expect.arrayContaining([sessionId, secondSessionId]),
      );
      expect((await as(people.otherInstructor, 'get', '/api/instructor/sessions')).body).toEqual(
        [],
      );
      const path = `/api/organiser/courses/${courseId}/instructors/${people.instructor.userId}`;
      expect((await as(people.organiserA, 'delete', path)).status).toBe(204);
      expect((await as(people.organiserA, 'delete', path)).status).toBe(404);
      expect((await as(people.instructor, 'get', `/api/sessions/${sessionId}/roster`)).status).toBe(
        404,
      );
    });
  });

  it("names the session of a course block on the staff calendar, so the block opens the session's roster", async () => {
    const [{ day }] = await t.database.dataSource.query(
      `SELECT to_char(starts_at AT TIME ZONE 'Asia/Tokyo', 'YYYY-MM-DD') AS day
         FROM course_sessions WHERE id = $1`,
      [sessionId],
    );
    const calendar = await as(
      people.staffAzuma,
      'get',
      `/api/staff/facilities/${azuma}/calendar?from=${day}&days=1`,
    );
    expect(calendar.status).toBe(200);
    expect(calendar.body.reservations).toContainEqual(
      expect.objectContaining({
        kind: 'course_session',
        course: expect.objectContaining({ id: courseId, sessionId }),
      }),
    );
  });

  it('never logs personal data', () => {
    const logged = JSON.stringify(t.logs);
    for (const value of ['佐藤', '花子', people.hanako.email, 'K7M2', '上履き']) {
      expect(logged).not.toContain(value);
    }
  });
});
