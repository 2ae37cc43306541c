import { SettableClock } from '../testing/settable-clock';
import { createTestApp, type TestApp } from '../testing/test-app';
import { callAs, createTestPerson, type TestPerson } from '../testing/test-people';
import { EvaluationSummaryService } from './evaluation-summary.service';
import type { FigureKey } from './figure-definitions';
import {
  FiscalYearFiguresRepository,
  type CountGrouping,
  type FigureFilters,
  type RawCounts,
} from './fiscal-year-figures.repository';
import {
  FiscalYearFiguresService,
  figureValue,
  type FigureValue,
} from './fiscal-year-figures.service';

/**
 * The plan's figures on a small fixture whose every number was counted by hand. The clock stands
 * at 10 April 2027 in Japan (fiscal 2026 is over, fiscal 2027 has begun).
 *
 * People: hanako (born 1990, 在住) with her daughter はる (2018); other (1950, 在勤・在学);
 * stranger (no birth year, no relation given); two more applicants who never attend.
 *
 * Fiscal 2026:
 * - C1 スマホ教室 — 推進課, pillar 1, seniors + all ages, first come, 10 seats, centre F1 room 1:
 *   sessions 11 and 18 Nov 10:00–12:00, 25 Nov cancelled. Bookings: hanako + はる confirmed,
 *   other confirmed, stranger cancelled, late waiting → 5 applicants, 3 enrolled, 2 sessions.
 *   Attendance: hanako's booking present 11 Nov, absent 18 Nov (2 people × 1); other present
 *   then late (2) → 4 of 3 × 2 = 6. Completions: hanako no, はる no, other yes (1 of 3).
 *   Questionnaire: 2 invitations, 1 answered; 1 answer, satisfaction 4.
 * - C2 親子講座 — 推進課, pillar 4, parenting, lottery, 4 seats, F1 room 2, 5 Dec: hanako + はる,
 *   other, stranger confirmed; a party of 2 waiting (lost); 1 cancelled → 7 applicants, 4
 *   enrolled, 7 ÷ 4 = 1.75 per seat. Attendance: hanako's 2, stranger 1, other absent → 3 of 4.
 *   Questionnaire: 2 invitations, both answered; satisfaction 2 and 5.
 * - C3 星空観察 — 大学, pillar 1, career, 20 seats, F2 (open round the clock): one session at
 *   23:59 on 31 March 2027 (the fiscal year's last minute): other, present.
 * - Not counted: a draft, a cancelled course, a published course whose only session was cancelled.
 * Fiscal 2027: C4 (大学, pillar 2, youth, 5 seats) at 00:00 on 1 April 2027: hanako, present.
 *
 * Hand counts, fiscal 2026: 3 courses, 4 sessions, 34 seats, 13 applicants, 8 enrolled
 * (23.5 %), oversubscription 1.75, 8 attendances of 11 (72.7 %), completion 1 of 3 (33.3 %),
 * 4 unique participants (hanako, はる, other, stranger), 3 repeat learners (hanako and はる: C1
 * and C2; other: C1 and C3), questionnaires 3 of 4 answered (75 %), satisfied 2 of 3 (66.7 %).
 * Instructor bank: registered 1 Jun 2026 and 31 Mar 2027 23:59 (fiscal 2026), 1 Apr 2027 00:00
 * (fiscal 2027); one request accepted for 1 Aug 2026 by 推進課, one declined.
 * Room use, F1 in November 2026: 30 days − 5 Mondays (weekly closure) − 3 Nov (closure) = 24
 * days × 12 h × 2 rooms = 576 h open; 4 h of course sessions + a 3 h hire = 7 h (1.2 %).
 */
describe('the plan’s figures per fiscal year', () => {
  let t: TestApp;
  let figures: FiscalYearFiguresService;
  let organisationA: string;
  let organisationB: string;
  let centre: string;
  let hanako: TestPerson;

  const sql = (text: string, params: unknown[] = []) => t.database.dataSource.query(text, params);
  const pick = (list: FigureValue[], key: FigureKey) => list.find((figure) => figure.key === key)!;

  beforeAll(async () => {
    t = await createTestApp({ clock: new SettableClock('2027-04-10T12:00:00+09:00') });
    figures = t.app.get(FiscalYearFiguresService);
    const db = t.database.dataSource;
    hanako = await createTestPerson(db);
    const other = await createTestPerson(db);
    const stranger = await createTestPerson(db);
    const waiting = await createTestPerson(db);
    const quitter = await createTestPerson(db);
    await sql(`UPDATE users SET birth_year = 1990, tsukuba_relations = '{live}' WHERE id = $1`, [
      hanako.userId,
    ]);
    await sql(
      `UPDATE users SET birth_year = 1950, tsukuba_relations = '{work,study}' WHERE id = $1`,
      [other.userId],
    );
    const [{ id: haru }] = await sql(
      `INSERT INTO family_members (user_id, name, birth_year, relationship)
       VALUES ($1, '筑波 はる', 2018, 'child') RETURNING id`,
      [hanako.userId],
    );
    [{ id: organisationA }] = await sql(
      `INSERT INTO organisations (kind, name_ja, name_en)
       VALUES ('city_department', '生涯学習推進課', 'Lifelong Learning Division') RETURNING id`,
    );
    [{ id: organisationB }] = await sql(
      `INSERT INTO organisations (kind, name_ja, name_en)
       VALUES ('university', '筑波大学', 'University of Tsukuba') RETURNING id`,
    );
    const facility = async (name: string, opens: string, closes: string) => {
      const [row] = await sql(
        `INSERT INTO facilities (kind, name_ja, name_en, postal_code, address_ja, address_en,
                                 phone, latitude, longitude, opens_at, closes_at)
         VALUES ('community_centre', $1, $1, '305-0031', 'つくば市', 'Tsukuba', '029-851-0001',
                 36.08, 140.11, $2, $3)
         RETURNING id`,
        [name, opens, closes],
      );
      return row.id as string;
    };
    centre = await facility('吾妻交流センター', '09:00', '21:00');
    const allNight = await facility('天文台', '00:00', '24:00');
    const room = async (facilityId: string, name: string) => {
      const [row] = await sql(
        `INSERT INTO rooms (facility_id, name_ja, name_en, capacity) VALUES ($1, $2, $2, 30)
         RETURNING id`,
        [facilityId, name],
      );
      return row.id as string;
    };
    const room1 = await room(centre, '和室');
    const room2 = await room(centre, '会議室');
    const dome = await room(allNight, 'ドーム');
    await sql(
      `INSERT INTO facility_weekly_closures (facility_id, weekday, during, reason_ja, reason_en)
       VALUES ($1, 1, '[2026-04-01,)', '毎週月曜日休館', 'Closed on Mondays')`,
      [centre],
    );
    await sql(
      `INSERT INTO facility_closures (facility_id, during, kind, reason_ja, reason_en)
       VALUES ($1, '[2026-11-03,2026-11-04)', 'maintenance', '点検', 'Maintenance')`,
      [centre],
    );

    const course = async (
      organisationId: string,
      title: string,
      pillar: number,
      lifeStages: string[],
      rule: 'first_come' | 'lottery',
      capacity: number,
      status = 'published',
    ) => {
      const [row] = await sql(
        `INSERT INTO courses (organisation_id, title_ja, title_en, life_stages, category, pillar,
                              capacity, max_companions, booking_rule, application_opens_at,
                              application_closes_at, status, published_at)
         VALUES ($1, $2, $2, $3, 'digital', $4, $5, 2, $6, '2026-04-01T09:00+09:00',
                 '2026-04-08T09:00+09:00', $7,
                 CASE WHEN $7 = 'draft' THEN NULL ELSE '2026-04-01T09:00+09:00'::timestamptz END)
         RETURNING id`,
        [organisationId, title, lifeStages, pillar, capacity, rule, status],
      );
      return row.id as string;
    };
    const session = async (
      courseId: string,
      roomId: string,
      from: string,
      to: string,
      status = 'scheduled',
    ) => {
      const [row] = await sql(
        `INSERT INTO course_sessions (course_id, room_id, starts_at, ends_at, status)
         VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [courseId, roomId, from, to, status],
      );
      return row.id as string;
    };
    let codes = 0;
    const book = async (
      person: TestPerson,
      courseId: string,
      status: string,
      memberIds: string[] = [],
      extra = 0,
    ) => {
      codes += 1;
      const [row] = await sql(
        `INSERT INTO bookings (course_id, user_id, code, status, party_size, queue_position,
                               confirmed_at, cancelled_at)
         VALUES ($1, $2, $3, $4, $5, CASE WHEN $4 = 'waiting' THEN $6::bigint END,
                 CASE WHEN $4 = 'confirmed' THEN now() END,
                 CASE WHEN $4 = 'cancelled' THEN now() END)
         RETURNING id`,
        [
          courseId,
          person.userId,
          `EVAM${'ABCDEFGHJK'[Math.floor(codes / 10)]}${'ABCDEFGHJK'[codes % 10]}2A`,
          status,
          1 + memberIds.length + extra,
          codes,
        ],
      );
      for (const [index, memberId] of memberIds.entries()) {
        await sql(
          `INSERT INTO booking_participants (booking_id, position, family_member_id, name, birth_year)
           SELECT $1, $2, id, name, birth_year FROM family_members WHERE id = $3`,
          [row.id, index + 1, memberId],
        );
      }
      return row.id as string;
    };
    const attend = (sessionId: string, bookingId: string, status: string) =>
      sql(
        `INSERT INTO session_attendance (session_id, booking_id, status, checked_in_at)
         VALUES ($1, $2, $3, CASE WHEN $3 = 'absent' THEN NULL ELSE now() END)`,
        [sessionId, bookingId, status],
      );
    const complete = (bookingId: string, position: number, completed: boolean) =>
      sql(
        `INSERT INTO course_completions (course_id, booking_id, participant_position, user_id,
                                         holder_name, sessions_held, sessions_attended,
                                         minutes_attended, completed, decided_at)
         SELECT b.course_id, b.id, $2, b.user_id, 'テスト', 2, 1, 120, $3, now()
           FROM bookings b WHERE b.id = $1`,
        [bookingId, position, completed],
      );
    const questionnaire = async (
      courseId: string,
      invited: { bookingId: string; person: TestPerson; answered: boolean }[],
      satisfaction: number[],
    ) => {
      await sql(
        `INSERT INTO questionnaires (course_id, invited_at, closes_at)
         VALUES ($1, '2027-01-01T09:00+09:00', '2027-01-31T09:00+09:00')`,
        [courseId],
      );
      for (const invitation of invited) {
        await sql(
          `INSERT INTO questionnaire_invitations (course_id, booking_id, user_id, answered)
           VALUES ($1, $2, $3, $4)`,
          [courseId, invitation.bookingId, invitation.person.userId, invitation.answered],
        );
      }
      for (const score of satisfaction) {
        await sql(
          `INSERT INTO questionnaire_answers (course_id, satisfaction, usefulness)
           VALUES ($1, $2, 3)`,
          [courseId, score],
        );
      }
    };

    // C1
    const c1 = await course(
      organisationA,
      'スマホ教室',
      1,
      ['seniors', 'all_ages'],
      'first_come',
      10,
    );
    const c1s1 = await session(c1, room1, '2026-11-11T10:00+09:00', '2026-11-11T12:00+09:00');
    const c1s2 = await session(c1, room1, '2026-11-18T10:00+09:00', '2026-11-18T12:00+09:00');
    const c1s3 = await session(
      c1,
      room1,
      '2026-11-25T10:00+09:00',
      '2026-11-25T12:00+09:00',
      'cancelled',
    );
    const c1hanako = await book(hanako, c1, 'confirmed', [haru]);
    const c1other = await book(other, c1, 'confirmed');
    await book(stranger, c1, 'cancelled');
    await book(waiting, c1, 'waiting');
    await attend(c1s1, c1hanako, 'present');
    await attend(c1s2, c1hanako, 'absent');
    await attend(c1s3, c1hanako, 'present'); // on the cancelled session: never counted
    await attend(c1s1, c1other, 'present');
    await attend(c1s2, c1other, 'late');
    await complete(c1hanako, 0, false);
    await complete(c1hanako, 1, false);
    await complete(c1other, 0, true);
    await questionnaire(
      c1,
      [
        { bookingId: c1hanako, person: hanako, answered: true },
        { bookingId: c1other, person: other, answered: false },
      ],
      [4],
    );

    // C2
    const c2 = await course(organisationA, '親子講座', 4, ['parenting'], 'lottery', 4);
    const c2s1 = await session(c2, room2, '2026-12-05T10:00+09:00', '2026-12-05T12:00+09:00');
    const c2hanako = await book(hanako, c2, 'confirmed', [haru]);
    const c2other = await book(other, c2, 'confirmed');
    const c2stranger = await book(stranger, c2, 'confirmed');
    await book(waiting, c2, 'waiting', [], 1);
    await book(quitter, c2, 'cancelled');
    await attend(c2s1, c2hanako, 'present');
    await attend(c2s1, c2other, 'absent');
    await attend(c2s1, c2stranger, 'present');
    await questionnaire(
      c2,
      [
        { bookingId: c2hanako, person: hanako, answered: true },
        { bookingId: c2stranger, person: stranger, answered: true },
      ],
      [2, 5],
    );

    // C3: the fiscal year's last minute; C4: the next one's first.
    const c3 = await course(organisationB, '星空観察', 1, ['career'], 'first_come', 20);
    const c3s1 = await session(c3, dome, '2027-03-31T23:59+09:00', '2027-04-01T00:00+09:00');
    await attend(c3s1, await book(other, c3, 'confirmed'), 'present');
    const c4 = await course(organisationB, '朝の天体観察', 2, ['youth'], 'first_come', 5);
    const c4s1 = await session(c4, dome, '2027-04-01T00:00+09:00', '2027-04-01T01:00+09:00');
    await attend(c4s1, await book(hanako, c4, 'confirmed'), 'present');

    // Never counted.
    const draft = await course(organisationA, '下書き', 1, ['seniors'], 'first_come', 10, 'draft');
    await session(draft, room1, '2026-12-09T10:00+09:00', '2026-12-09T12:00+09:00');
    const cancelled = await course(
      organisationA,
      '中止',
      1,
      ['seniors'],
      'first_come',
      10,
      'cancelled',
    );
    await session(
      cancelled,
      room1,
      '2026-12-10T10:00+09:00',
      '2026-12-10T12:00+09:00',
      'cancelled',
    );
    const allCancelled = await course(organisationA, '全回中止', 1, ['seniors'], 'first_come', 10);
    await session(
      allCancelled,
      room1,
      '2026-12-11T10:00+09:00',
      '2026-12-11T12:00+09:00',
      'cancelled',
    );

    // A hire of room 2 on 20 Nov 13:00–16:00.
    await sql(
      `INSERT INTO room_reservations (room_id, during, kind, group_name)
       VALUES ($1, tstzrange('2026-11-20T13:00+09:00', '2026-11-20T16:00+09:00'), 'hire', '囲碁の会')`,
      [room2],
    );

    // The instructor bank (its status trigger off: a fixture of states, not of transitions).
    const runner = db.createQueryRunner();
    await runner.startTransaction();
    await runner.query(`SET LOCAL session_replication_role = replica`);
    const profileIds: string[] = [];
    for (const [index, at] of [
      '2026-06-01T10:00+09:00',
      '2027-03-31T23:59+09:00',
      '2027-04-01T00:00+09:00',
    ].entries()) {
      const person = await createTestPerson(db);
      const [row] = await runner.query(
        `INSERT INTO instructor_profiles (user_id, kind, status, content, approved_content,
                submitted_at, registration_number, registered_at, valid_until)
         VALUES ($1, 'individual', 'registered', '{}', '{}', $2, $3, $2, '2029-03-31') RETURNING id`,
        [person.userId, at, `TKB-2026-000${index + 1}`],
      );
      profileIds.push(row.id);
    }
    for (const [status, option] of [
      ['accepted', 0],
      ['declined', null],
    ] as const) {
      const [request] = await runner.query(
        `INSERT INTO instructor_requests (profile_id, requester_user_id, requester_kind,
                organisation_id, purpose, audience, expected_participants, place_kind, status,
                accepted_option, created_at, updated_at)
         VALUES ($1, $2, 'organiser', $3, '講座の講師', '市民', 20, 'other', $4, $5,
                 '2026-07-01T10:00+09:00', '2026-07-01T10:00+09:00')
         RETURNING id`,
        [profileIds[0], hanako.userId, organisationA, status, option],
      );
      await runner.query(
        `INSERT INTO instructor_request_options (request_id, option_index, starts_at, ends_at)
         VALUES ($1, 0, '2026-08-01T10:00+09:00', '2026-08-01T12:00+09:00')`,
        [request.id],
      );
    }
    await runner.commitTransaction();
    await runner.release();

    await t.app.get(EvaluationSummaryService).refresh();
  });

  afterAll(() => t.close());

  it('counts fiscal 2026 as worked out by hand', async () => {
    const result = await figures.figures({ fiscalYear: 2026 });
    const values = Object.fromEntries(result.figures.map((figure) => [figure.key, figure.value]));
    expect(values).toEqual({
      courses_held: 3,
      sessions_held: 4,
      seats_offered: 34,
      applicants: 13,
      lottery_oversubscription: 1.75,
      enrolled: 8,
      fill_rate: 23.5,
      participants: 4,
      attendances: 8,
      attendance_rate: 72.7,
      completion_rate: 33.3,
      repeat_learners: 3,
      satisfaction_rate: 66.7,
      questionnaire_response_rate: 75,
      instructor_registrations: 2,
      instructor_requests_fulfilled: 1,
      room_use_rate: expect.any(Number),
    });
    expect(pick(result.figures, 'attendance_rate')).toMatchObject({
      numerator: 8,
      denominator: 11,
    });
    expect(pick(result.figures, 'fill_rate').definition.ja).toContain('受講決定者数');
    expect(result.asOf?.toISOString()).toBe('2027-04-10T03:00:00.000Z');
  });

  it('puts 31 March 23:59 in the old fiscal year and 1 April 00:00 in the new one', async () => {
    const next = await figures.figures({ fiscalYear: 2027 });
    expect(figureValue(next.figures, 'courses_held')).toBe(1);
    expect(figureValue(next.figures, 'participants')).toBe(1);
    expect(figureValue(next.figures, 'instructor_registrations')).toBe(1);
    const march = await figures.figures({ fiscalYear: 2026, month: 3 });
    expect(figureValue(march.figures, 'courses_held')).toBe(1);
    expect(figureValue(march.figures, 'instructor_registrations')).toBe(1);
    const april = await figures.figures({ fiscalYear: 2026, month: 4 });
    expect(figureValue(april.figures, 'courses_held')).toBe(0);
  });

  it('breaks down by organisation, pillar and life stage', async () => {
    const byOrganisation = await figures.breakdown({ fiscalYear: 2026 }, 'organisation');
    const a = byOrganisation.find((group) => group.key === organisationA)!;
    const b = byOrganisation.find((group) => group.key === organisationB)!;
    expect(figureValue(a.figures, 'courses_held')).toBe(2);
    expect(figureValue(a.figures, 'participants')).toBe(4); // hanako, はる, other, stranger
    expect(figureValue(a.figures, 'repeat_learners')).toBe(2); // hanako and はる: C1 and C2
    expect(figureValue(a.figures, 'instructor_requests_fulfilled')).toBe(1);
    expect(figureValue(b.figures, 'courses_held')).toBe(1);
    expect(figureValue(b.figures, 'repeat_learners')).toBe(0);
    // Registrations are not per organisation: no value rather than a wrong one.
    expect(pick(a.figures, 'instructor_registrations')).toMatchObject({
      value: null,
      applicable: false,
    });

    const byPillar = await figures.breakdown({ fiscalYear: 2026 }, 'pillar');
    expect(
      Object.fromEntries(byPillar.map((g) => [g.key, figureValue(g.figures, 'courses_held')])),
    ).toEqual({ '1': 2, '4': 1 });
    const byStage = await figures.breakdown({ fiscalYear: 2026 }, 'life_stage');
    expect(
      Object.fromEntries(byStage.map((g) => [g.key, figureValue(g.figures, 'participants')])),
    ).toEqual({ seniors: 3, all_ages: 3, parenting: 3, career: 1 });
  });

  it('reads the same people from the precomputed counts as from the participations', async () => {
    const repository = t.app.get(FiscalYearFiguresRepository);
    const cases: [FigureFilters, CountGrouping | null][] = [
      [{}, null],
      [{}, 'fiscal_year'],
      [{}, 'organisation'],
      [{}, 'pillar'],
      [{}, 'life_stage'],
      [{ organisationId: organisationA }, null],
      [{ organisationId: organisationB }, 'fiscal_year'],
      [{ pillar: 1 }, 'fiscal_year'],
      [{ lifeStage: 'parenting' }, null],
    ];
    const people = (counts: Map<string, RawCounts>) =>
      Object.fromEntries(
        [...counts].map(([key, c]) => [key, [c.participants, c.repeatLearners]] as const),
      );
    for (const [filters, groupBy] of cases) {
      // A year at a time, or three years by year.
      const years = groupBy === 'fiscal_year' ? { from: 2025, to: 2027 } : { from: 2026, to: 2026 };
      const summary = await repository.counts(years, filters, groupBy);
      const live = await repository.counts(years, filters, groupBy, { live: true });
      expect([filters, groupBy, people(summary)]).toEqual([filters, groupBy, people(live)]);
    }
  });

  it('answers every breakdown, one or two filters and a filter’s participants from the summary, equal to a live count', async () => {
    const repository = t.app.get(FiscalYearFiguresRepository);
    const year = { from: 2026, to: 2026 };
    // Every value of every dimension that the fixture's year has.
    const [values] = await sql(
      `SELECT array_agg(DISTINCT organisation_id::text) AS "organisationId",
              array_agg(DISTINCT pillar) AS pillar,
              (SELECT array_agg(DISTINCT s) FROM evaluation_course_facts, unnest(life_stages) s
                WHERE fiscal_year = 2026) AS "lifeStage",
              array_agg(DISTINCT category) AS category,
              array_agg(DISTINCT facility_id::text) AS "facilityId",
              array_agg(DISTINCT month) AS month
         FROM evaluation_course_facts WHERE fiscal_year = 2026`,
    );
    const single: FigureFilters[] = Object.entries(values as Record<string, unknown[]>).flatMap(
      ([name, list]) => list.map((value) => ({ [name]: value }) as FigureFilters),
    );
    const pairs: FigureFilters[] = single.flatMap((first, index) =>
      single
        .slice(index + 1)
        .filter((second) => Object.keys(second)[0] !== Object.keys(first)[0])
        .map((second) => ({ ...first, ...second })),
    );
    const groupings: (CountGrouping | null)[] = [
      null,
      'organisation',
      'pillar',
      'life_stage',
      'category',
      'facility',
      'month',
    ];
    const people = (counts: Map<string, RawCounts>) =>
      Object.fromEntries(
        [...counts]
          .filter(([, c]) => c.courses > 0 || c.participants > 0)
          .map(([key, c]) => [key, [c.participants, c.repeatLearners]] as const),
      );
    const views: [FigureFilters, CountGrouping | null][] = [
      ...groupings.map((groupBy) => [{}, groupBy] as [FigureFilters, CountGrouping | null]),
      ...single.flatMap((filters) =>
        groupings.map((groupBy) => [filters, groupBy] as [FigureFilters, CountGrouping | null]),
      ),
      ...pairs.map((filters) => [filters, null] as [FigureFilters, CountGrouping | null]),
    ];
    expect(views.length).toBeGreaterThan(100);
    const queries = jest.spyOn(t.database.dataSource, 'query');
    try {
      for (const [filters, groupBy] of views) {
        queries.mockClear();
        const summary = await repository.counts(year, filters, groupBy);
        // From the summary: nobody is counted from the participations.
        const live = queries.mock.calls.filter(([text]) =>
          String(text).includes('evaluation_participations'),
        );
        // (But a life stage's courses by their other life stages: counted live, a rare view.)
        const fromSummary = !(groupBy === 'life_stage' && filters.lifeStage);
        expect([filters, groupBy, live.length === 0]).toEqual([filters, groupBy, fromSummary]);
        const counted = await repository.counts(year, filters, groupBy, { live: true });
        expect([filters, groupBy, people(summary)]).toEqual([filters, groupBy, people(counted)]);
      }
      for (const filters of [{}, ...single]) {
        queries.mockClear();
        const summary = await repository.participantProfile(2026, filters);
        expect(
          queries.mock.calls.filter(([text]) => String(text).includes('evaluation_participations')),
        ).toHaveLength(0);
        const counted = await repository.participantProfile(2026, filters, { live: true });
        const sorted = (profile: typeof summary) => ({
          byAgeBand: profile.byAgeBand
            .filter((r) => r.count > 0)
            .sort((a, b) => a.band.localeCompare(b.band)),
          byRelation: profile.byRelation
            .filter((r) => r.count > 0)
            .sort((a, b) => a.relation.localeCompare(b.relation)),
        });
        expect([filters, sorted(summary)]).toEqual([filters, sorted(counted)]);
      }
    } finally {
      queries.mockRestore();
    }
  });

  it('filters by organisation for a department (its sheet)', async () => {
    const own = await figures.figures({ fiscalYear: 2026, organisationId: organisationA });
    expect(figureValue(own.figures, 'applicants')).toBe(12);
    expect(figureValue(own.figures, 'lottery_oversubscription')).toBe(1.75);
    expect(figureValue(own.figures, 'room_use_rate')).toBeNull();
  });

  it('counts unique participants by age band and by 在住・在勤・在学', async () => {
    const profile = await figures.participantProfile({ fiscalYear: 2026 });
    expect(
      Object.fromEntries(profile.byAgeBand.filter((r) => r.count).map((r) => [r.band, r.count])),
    ).toEqual({ under_20: 1, '30s': 1, '70_plus': 1, unknown: 1 });
    expect(Object.fromEntries(profile.byRelation.map((r) => [r.relation, r.count]))).toEqual({
      live: 2,
      work: 1,
      study: 1,
      none: 1,
    });
  });

  it('measures room use against opening hours, closing days excluded', async () => {
    const november = await figures.figures({ fiscalYear: 2026, facilityId: centre, month: 11 });
    expect(pick(november.figures, 'room_use_rate')).toMatchObject({
      numerator: 7,
      denominator: 576,
      value: 1.2,
    });
  });

  it('gives a trend across fiscal years', async () => {
    const trend = await figures.trend(2025, 2027);
    expect(trend.map((year) => figureValue(year.figures, 'courses_held'))).toEqual([0, 3, 1]);
  });

  describe('the section’s API', () => {
    let section: TestPerson;
    let admin: TestPerson;
    let organiser: TestPerson;
    const as = (
      person: TestPerson,
      method: 'get' | 'post' | 'put' | 'delete',
      path: string,
      body?: object,
    ) => callAs(t.http, t.database.dataSource, person, method, path, body);
    const indicator = {
      nameJa: '講座の実参加者数',
      nameEn: 'Unique participants',
      pillar: 1,
      unitJa: '人',
      unitEn: 'people',
      direction: 'higher',
      baselineFiscalYear: 2025,
      baselineValue: 2,
      targetFiscalYear: 2029,
      targetValue: 10,
      source: 'figure',
      figureKey: 'participants',
    };

    beforeAll(async () => {
      const db = t.database.dataSource;
      section = await createTestPerson(db, { roles: [{ role: 'plan_evaluator' }] });
      admin = await createTestPerson(db, { roles: [{ role: 'city_admin' }] });
      organiser = await createTestPerson(db, {
        roles: [{ role: 'organiser', organisationId: organisationA }],
      });
    });

    it('sets a target on a computed figure and grades the year against its milestone', async () => {
      const created = await as(section, 'post', '/api/evaluation/indicators', indicator);
      expect(created.status).toBe(201);
      const read = await as(
        section,
        'get',
        `/api/evaluation/indicators/${created.body.id}?fiscalYear=2026`,
      );
      // 2026: 4 participants; milestone 2 + (10 − 2) × 1/4 = 4 → 100 % → 順調;
      // toward the target (4 − 2) ÷ 8 = 25 %; 達成率 4 ÷ 10 = 40 %.
      expect(read.body.year).toMatchObject({
        fiscalYear: 2026,
        actual: 4,
        milestone: 4,
        progress: 25,
        achievementRate: 40,
        grade: 'on_track',
        gradeLabel: { ja: '順調', en: 'On track' },
      });
      expect(read.body.history.map((y: { actual: number | null }) => y.actual)).toEqual([
        0,
        4,
        1,
        null,
        null,
      ]);
      // Years still to come are not graded; the baseline year neither.
      expect(read.body.history.map((y: { grade: string | null }) => y.grade)).toEqual([
        null,
        'on_track',
        'needs_effort',
        null,
        null,
      ]);
      expect(read.body.figureDefinition.ja).toContain('1回以上出席');
    });

    it('takes values by hand, with their source, for what the system cannot know', async () => {
      const created = await as(section, 'post', '/api/evaluation/indicators', {
        ...indicator,
        nameJa: '生涯学習をしている市民の割合',
        nameEn: 'Residents who are learning',
        unitJa: '%',
        unitEn: '%',
        baselineValue: 40,
        targetValue: 50,
        source: 'manual',
        figureKey: undefined,
      });
      expect(created.status).toBe(201);
      expect(created.body.year.grade).toBe('no_result');
      const entered = await as(
        section,
        'put',
        `/api/evaluation/indicators/${created.body.id}/values/2026`,
        { value: 41.5, sourceJa: '令和8年度 市民意識調査', sourceEn: 'Citizen survey FY2026' },
      );
      expect(entered.status).toBe(200);
      // milestone 42.5: (41.5 − 40) ÷ (42.5 − 40) = 60 % → 努力を要する
      expect(entered.body.year).toMatchObject({
        actual: 41.5,
        milestone: 42.5,
        milestoneProgress: 60,
        grade: 'needs_effort',
        manual: { source: { ja: '令和8年度 市民意識調査' } },
      });
      const thresholds = await as(section, 'put', '/api/evaluation/settings', {
        onTrackPercent: 90,
        nearlyOnTrackPercent: 50,
      });
      expect(thresholds.body).toEqual({ onTrackPercent: 90, nearlyOnTrackPercent: 50 });
      const again = await as(
        section,
        'get',
        `/api/evaluation/indicators/${created.body.id}?fiscalYear=2026`,
      );
      expect(again.body.year.grade).toBe('nearly_on_track');
      await as(section, 'put', '/api/evaluation/settings', {
        onTrackPercent: 100,
        nearlyOnTrackPercent: 80,
      });
    });

    it('refuses bad terms with a message per field, never a 500', async () => {
      const response = await as(section, 'post', '/api/evaluation/indicators', {
        ...indicator,
        targetFiscalYear: 2024,
        targetValue: 1,
      });
      expect(response.status).toBe(400);
      expect(response.body.fields.map((f: { field: string }) => f.field).sort()).toEqual([
        'targetFiscalYear',
        'targetValue',
      ]);
      const badFilter = await as(section, 'post', '/api/evaluation/indicators', {
        ...indicator,
        figureKey: 'room_use_rate',
        figureFilters: { pillar: 2 },
      });
      expect(badFilter.status).toBe(400);
      expect(badFilter.body.fields[0].field).toBe('figureFilters');
      const badQuery = await as(section, 'get', '/api/evaluation/breakdown?by=planet&fiscalYear=x');
      expect(badQuery.status).toBe(400);
      expect(badQuery.body.fields.map((f: { field: string }) => f.field).sort()).toEqual([
        'by',
        'fiscalYear',
      ]);
      const missing = await as(section, 'get', `/api/evaluation/indicators/${organisationA}`);
      expect(missing.status).toBe(404);
      expect(missing.body.code).toBe('INDICATOR_NOT_FOUND');
    });

    it('lets administrators read but only the section write, and keeps organisers out', async () => {
      expect((await as(admin, 'get', '/api/evaluation/dashboard?fiscalYear=2026')).status).toBe(
        200,
      );
      expect((await as(admin, 'post', '/api/evaluation/indicators', indicator)).status).toBe(403);
      expect((await as(organiser, 'get', '/api/evaluation/figures')).status).toBe(403);
    });

    it('answers the dashboard in one round trip with labels in both languages', async () => {
      const response = await as(section, 'get', '/api/evaluation/dashboard?fiscalYear=2026');
      expect(response.status).toBe(200);
      const body = response.body;
      expect(body.trend.map((y: { fiscalYear: number }) => y.fiscalYear)).toEqual([
        2022, 2023, 2024, 2025, 2026,
      ]);
      expect(body.byPillar.map((g: { key: string }) => g.key)).toEqual(['1', '4']);
      expect(body.byLifeStage[0].label.ja).toBeTruthy();
      expect(body.roomUse.map((r: { name: { ja: string } }) => r.name.ja)).toContain(
        '吾妻交流センター',
      );
      expect(body.indicators.length).toBeGreaterThanOrEqual(2);
      const courses = await as(
        section,
        'get',
        `/api/evaluation/courses?fiscalYear=2026&organisationId=${organisationA}`,
      );
      expect(courses.body.total).toBe(2);
      expect(courses.body.courses[0]).toMatchObject({
        titleJa: 'スマホ教室',
        firstDate: '2026-11-11',
        participants: 3,
        fillRate: 30,
        attendanceRate: 66.7,
      });
    });
  });
});
