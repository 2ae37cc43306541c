import type { DataSource, EntityManager } from 'typeorm';
import { hashPassword } from '../accounts/security/passwords';
import { DEMO_RESIDENT_DOMAIN, demoBookingCode, seedDemoAttendance } from './demo-bookings';
import { seedId } from './seeder';
import { fiscalYear, japanInstant } from '../common/time/japan-time';

/** The password of every demo account (printed by `npm start`; never seeded in production). */
export const DEMO_PASSWORD = 'tsumugu-demo-2026';

interface DemoAccount {
  key: string;
  email: string;
  familyName: string;
  givenName: string;
  familyNameKana: string;
  givenNameKana: string;
  birthYear: number;
  tsukubaRelations: string[];
  roles: { role: string; organisationKey?: string; facilityKey?: string; admin?: boolean }[];
  family?: { name: string; nameKana: string; birthYear: number }[];
  /** For the table `npm start` prints. */
  label: string;
  tryThis: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    key: 'hanako',
    email: 'hanako@example.jp',
    familyName: '佐藤',
    givenName: '花子',
    familyNameKana: 'サトウ',
    givenNameKana: 'ハナコ',
    birthYear: 1988,
    tsukubaRelations: ['live'],
    roles: [],
    family: [
      { name: '佐藤 陽太', nameKana: 'サトウ ヒナタ', birthYear: 2019 },
      { name: '佐藤 結衣', nameKana: 'サトウ ユイ', birthYear: 2022 },
    ],
    label: 'citizen',
    tryThis: 'book a course (with her two children), my bookings, waiting list',
  },
  {
    key: 'instructor',
    email: 'instructor@example.jp',
    familyName: '山田',
    givenName: '健一',
    familyNameKana: 'ヤマダ',
    givenNameKana: 'ケンイチ',
    birthYear: 1965,
    tsukubaRelations: ['live', 'work'],
    roles: [{ role: 'instructor' }],
    label: 'instructor (人材バンク登録講師)',
    tryThis: 'his instructor bank profile (/teach), requests, courses he teaches',
  },
  {
    key: 'organiser',
    email: 'organiser@example.jp',
    familyName: '田中',
    givenName: '美咲',
    familyNameKana: 'タナカ',
    givenNameKana: 'ミサキ',
    birthYear: 1979,
    tsukubaRelations: ['work'],
    roles: [{ role: 'organiser', organisationKey: 'lifelong-learning', admin: true }],
    label: 'organiser + org admin (生涯学習推進課)',
    tryThis: "own organisation's courses, invite colleagues",
  },
  {
    key: 'univ-organiser',
    email: 'univ-organiser@example.jp',
    familyName: '高橋',
    givenName: '誠',
    familyNameKana: 'タカハシ',
    givenNameKana: 'マコト',
    birthYear: 1982,
    tsukubaRelations: ['work'],
    roles: [{ role: 'organiser', organisationKey: 'university-of-tsukuba' }],
    label: 'organiser (筑波大学)',
    tryThis: "refused the city's courses (404)",
  },
  {
    key: 'staff',
    email: 'staff@example.jp',
    familyName: '伊藤',
    givenName: '恵子',
    familyNameKana: 'イトウ',
    givenNameKana: 'ケイコ',
    birthYear: 1975,
    tsukubaRelations: ['live', 'work'],
    roles: [{ role: 'facility_staff', facilityKey: 'azuma' }],
    label: 'facility staff (吾妻交流センター)',
    tryThis: 'own centre and its rooms',
  },
  {
    key: 'admin',
    email: 'admin@example.jp',
    familyName: '小林',
    givenName: '修',
    familyNameKana: 'コバヤシ',
    givenNameKana: 'オサム',
    birthYear: 1970,
    tsukubaRelations: ['work'],
    roles: [{ role: 'city_admin' }],
    label: 'city administrator',
    tryThis: 'admin console: people, roles, audit log',
  },
  {
    key: 'reviewer',
    email: 'reviewer@example.jp',
    familyName: '松本',
    givenName: '理恵',
    familyNameKana: 'マツモト',
    givenNameKana: 'リエ',
    birthYear: 1984,
    tsukubaRelations: ['work'],
    roles: [{ role: 'instructor_reviewer' }],
    label: 'instructor bank reviewer (生涯学習推進課)',
    tryThis: 'review queue /review/instructors: approve, return, decline',
  },
  {
    key: 'evaluator',
    email: 'evaluator@example.jp',
    familyName: '小林',
    givenName: '直子',
    familyNameKana: 'コバヤシ',
    givenNameKana: 'ナオコ',
    birthYear: 1979,
    tsukubaRelations: ['live', 'work'],
    roles: [{ role: 'plan_evaluator' }],
    label: 'plan evaluation (生涯学習推進課)',
    tryThis: 'the city dashboard /city: figures per fiscal year, indicators and targets',
  },
];

const SEED_LOCK = 'tsumugu:seed-demo-accounts';

/**
 * Creates the demo accounts, verified, with their roles, when there are no accounts at all (a
 * fresh demo, or a demo database from before accounts existed). A role whose organisation or
 * facility is missing is skipped. Returns how many accounts were created.
 */
export async function seedDemoAccounts(
  dataSource: DataSource,
  now: Date = new Date(),
): Promise<number> {
  // One hash for all: the same password, and start-up stays quick (argon2 costs ~50 ms).
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return dataSource.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [SEED_LOCK]);
    // The demo residents who hold the demo's bookings are not accounts anyone uses.
    const [{ count }] = await manager.query(
      `SELECT count(*)::int AS count FROM users WHERE email IS NULL OR email NOT LIKE $1`,
      [`%@${DEMO_RESIDENT_DOMAIN}`],
    );
    if (count > 0) return 0;
    for (const account of DEMO_ACCOUNTS) {
      await insertAccount(manager, account, passwordHash, now);
    }
    await seedHanakoBookings(manager, seedId('user', 'hanako'), now);
    return DEMO_ACCOUNTS.length;
  });
}

async function insertAccount(
  manager: EntityManager,
  account: DemoAccount,
  passwordHash: string,
  now: Date,
) {
  const userId = seedId('user', account.key);
  await manager.query(
    `INSERT INTO users (id, email, email_verified_at, password_hash, family_name, given_name,
                        family_name_kana, given_name_kana, birth_year, tsukuba_relations)
     VALUES ($1, $2, $10, $3, $4, $5, $6, $7, $8, $9)`,
    [
      userId,
      account.email,
      passwordHash,
      account.familyName,
      account.givenName,
      account.familyNameKana,
      account.givenNameKana,
      account.birthYear,
      account.tsukubaRelations,
      now,
    ],
  );
  for (const grant of account.roles) {
    const organisationId = grant.organisationKey
      ? seedId('organisation', grant.organisationKey)
      : null;
    const facilityId = grant.facilityKey ? seedId('facility', grant.facilityKey) : null;
    await manager.query(
      `INSERT INTO role_assignments (user_id, role, organisation_id, facility_id, is_organisation_admin)
       SELECT $1, $2, $3::uuid, $4::uuid, $5
        WHERE ($3::uuid IS NULL OR EXISTS (SELECT 1 FROM organisations WHERE id = $3::uuid))
          AND ($4::uuid IS NULL OR EXISTS (SELECT 1 FROM facilities WHERE id = $4::uuid))`,
      [userId, grant.role, organisationId, facilityId, grant.admin ?? false],
    );
  }
  for (const member of account.family ?? []) {
    await manager.query(
      `INSERT INTO family_members (user_id, name, name_kana, birth_year, relationship)
       VALUES ($1, $2, $3, $4, 'child')`,
      [userId, member.name, member.nameKana, member.birthYear],
    );
  }
}

/**
 * The demo citizen's own bookings, so that "my bookings" shows each kind: a parent-and-child
 * course with her two children, a place on a waiting list, an upcoming course at the 吾妻 centre
 * (the demo staff member checks her in there), and a course she attended (with its attendance).
 * Each is taken like a real booking: a confirmed one only where a seat is free, booked_count
 * kept equal to the seats. `now` is the seeding moment.
 */
async function seedHanakoBookings(manager: EntityManager, userId: string, now: Date) {
  const upcomingFirstCome = `c.status = 'published' AND c.booking_rule = 'first_come'
    AND $2 BETWEEN c.application_opens_at AND c.application_closes_at
    AND (SELECT min(s.starts_at) FROM course_sessions s WHERE s.course_id = c.id) > $2::timestamptz + interval '3 days'
    AND NOT EXISTS (SELECT 1 FROM bookings b WHERE b.course_id = c.id AND b.user_id = $1)`;
  const pick = async (
    where: string,
    order = 'ASC',
    extra: unknown[] = [],
  ): Promise<string | null> => {
    const [row] = await manager.query(
      `SELECT c.id FROM courses c WHERE ${where}
        ORDER BY (SELECT min(s.starts_at) FROM course_sessions s WHERE s.course_id = c.id) ${order},
                 c.id
        LIMIT 1`,
      [userId, now, ...extra],
    );
    return row?.id ?? null;
  };
  const book = async (
    courseId: string | null,
    status: 'confirmed' | 'waiting',
    children = 0,
  ): Promise<string | null> => {
    if (!courseId) return null;
    const members: { id: string; name: string; birth_year: number }[] = await manager.query(
      `SELECT id, name, birth_year FROM family_members WHERE user_id = $1 ORDER BY birth_year LIMIT $2`,
      [userId, children],
    );
    const party = 1 + members.length;
    if (status === 'confirmed') {
      const taken = await manager.query(
        `UPDATE courses SET booked_count = booked_count + $2
          WHERE id = $1 AND booked_count + $2 <= capacity RETURNING id`,
        [courseId, party],
      );
      if ((taken[0] as unknown[]).length === 0) return null;
    }
    // Booked a day after the course's applications opened (or an hour ago, if that is sooner).
    const [booking] = await manager.query(
      `INSERT INTO bookings (course_id, user_id, code, status, party_size, queue_position,
                             confirmed_at, created_at, updated_at)
       SELECT c.id, $2, $3, $4, $5,
              CASE WHEN $4 = 'waiting' THEN nextval('booking_queue_positions') END,
              CASE WHEN $4 = 'confirmed' THEN t.at END, t.at, t.at
         FROM courses c
         CROSS JOIN LATERAL (
           SELECT greatest(c.application_opens_at,
                           least(c.application_opens_at + interval '1 day',
                                 $6::timestamptz - interval '1 hour')) AS at) t
        WHERE c.id = $1
       RETURNING id`,
      [courseId, userId, demoBookingCode(`hanako/${courseId}`), status, party, now],
    );
    for (const [index, member] of members.entries()) {
      await manager.query(
        `INSERT INTO booking_participants (booking_id, position, family_member_id, name, birth_year)
         VALUES ($1, $2, $3, $4, $5)`,
        [booking.id, index + 1, member.id, member.name, member.birth_year],
      );
    }
    return booking.id as string;
  };

  await book(
    await pick(`${upcomingFirstCome} AND 'parenting' = ANY (c.life_stages) AND c.max_companions >= 2
      AND c.capacity - c.booked_count >= 3
      AND (c.target_age_max IS NULL OR c.target_age_max >= 8)
      AND (c.target_age_min IS NULL OR c.target_age_min <= 4)`),
    'confirmed',
    2,
  );
  await book(
    await pick(`${upcomingFirstCome} AND c.booked_count = c.capacity AND c.target_age_min IS NULL`),
    'waiting',
  );
  await book(
    await pick(`${upcomingFirstCome} AND c.booked_count < c.capacity AND c.target_age_min IS NULL
      AND EXISTS (SELECT 1 FROM course_sessions s JOIN rooms r ON r.id = s.room_id
                   WHERE s.course_id = c.id AND r.facility_id = '${seedId('facility', 'azuma')}')`),
    'confirmed',
  );
  // The most recent course that has ended: what she attended shows in her history.
  await book(
    await pick(
      `c.status = 'published' AND c.booked_count < c.capacity AND c.target_age_min IS NULL
        AND (SELECT max(s.ends_at) FROM course_sessions s WHERE s.course_id = c.id) < $2
        AND NOT EXISTS (SELECT 1 FROM bookings b WHERE b.course_id = c.id AND b.user_id = $1)`,
      'DESC',
    ),
    'confirmed',
  );
  // Two finished courses she completed, for her learning record and certificates: one this
  // fiscal year with her elder child (parent and child), one the year before on her own.
  const thisYear = fiscalYear(now);
  const yearStart = (year: number) => japanInstant(`${year}-04-01`, '00:00');
  const ended = `c.status = 'published' AND c.booked_count + $5 <= c.capacity
    AND c.max_companions >= $5 - 1 AND (c.target_age_min IS NULL OR c.target_age_min <= 7)
    AND (SELECT max(s.ends_at) FROM course_sessions s WHERE s.course_id = c.id) < $2
    AND (SELECT max(s.ends_at) FROM course_sessions s WHERE s.course_id = c.id) >= $3
    AND (SELECT max(s.ends_at) FROM course_sessions s WHERE s.course_id = c.id) < $4
    AND NOT EXISTS (SELECT 1 FROM bookings b WHERE b.course_id = c.id AND b.user_id = $1)`;
  const completed = [
    await book(
      (await pick(`${ended} AND 'parenting' = ANY (c.life_stages)`, 'DESC', [
        yearStart(thisYear),
        now,
        2,
      ])) ??
        (await pick(`${ended} AND 'parenting' = ANY (c.life_stages)`, 'DESC', [
          yearStart(thisYear - 1),
          yearStart(thisYear),
          2,
        ])),
      'confirmed',
      1,
    ),
    await book(
      await pick(`${ended} AND c.target_age_min IS NULL`, 'DESC', [
        yearStart(thisYear - 1),
        yearStart(thisYear),
        1,
      ]),
      'confirmed',
    ),
  ].filter((id): id is string => id !== null);
  await seedDemoAttendance(manager, now, userId);
  // She came to every session of those two.
  await manager.query(
    `UPDATE session_attendance a
        SET status = 'present', checked_in_at = s.starts_at - interval '5 minutes'
       FROM course_sessions s
      WHERE s.id = a.session_id AND a.booking_id = ANY($1::uuid[]) AND a.status <> 'present'`,
    [completed],
  );
}

/** The table `npm start` prints: who to log in as, and what each can do. */
export function demoAccountsTable(): string {
  const rows = [
    ['email', 'role', 'what to try'],
    ...DEMO_ACCOUNTS.map((account) => [account.email, account.label, account.tryThis]),
  ];
  // Japanese characters take two columns in a terminal.
  const width = (text: string) =>
    [...text].reduce((sum, c) => sum + (c.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
  const columns = rows[0].map((_, index) => Math.max(...rows.map((row) => width(row[index]))));
  const line = (row: string[]) =>
    (
      '  ' + row.map((cell, index) => cell + ' '.repeat(columns[index] - width(cell))).join('  ')
    ).trimEnd();
  return [
    `Demo accounts (password for all: ${DEMO_PASSWORD}):`,
    line(rows[0]),
    line(columns.map((size) => '-'.repeat(size))),
    ...rows.slice(1).map(line),
  ].join('\n');
}
