import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { CSRF_COOKIE, SESSION_COOKIE } from '../accounts/security/session-cookies';
import { hashToken, newToken } from '../accounts/security/tokens';
import type { Audience, BookingRule, GuardianRule } from '../reference/reference-data';
import type { TestCredentials } from './test-people';

export interface BookableCourseOptions {
  capacity: number;
  maxCompanions?: number;
  bookingRule?: BookingRule;
  audience?: Audience;
  targetAgeMin?: number | null;
  targetAgeMax?: number | null;
  /** Defaults: opened an hour ago, closes in 30 days. */
  opensAt?: Date;
  closesAt?: Date;
  /** First session start (default: 10:00 Japan time on a Wednesday two months ahead). */
  startsAt?: Date;
  sessions?: number;
  cancelDeadlineHours?: number;
  lotteryPriorities?: string[];
  guardianRule?: GuardianRule;
  childcareOffered?: boolean;
}

/** A Wednesday at 10:00 Japan time, `weeks` weeks from now: never a year-end closure. */
export function futureWednesday(weeks: number): Date {
  const day = new Date(Date.now() + weeks * 7 * 86_400_000);
  const offset = (3 - day.getUTCDay() + 7) % 7;
  const wednesday = new Date(day.getTime() + offset * 86_400_000);
  const date = wednesday.toISOString().slice(0, 10);
  const month = Number(date.slice(5, 7));
  const dayOfMonth = Number(date.slice(8, 10));
  // Stay clear of 29 Dec–3 Jan and of the public holidays of late April/early May.
  if ((month === 12 && dayOfMonth >= 27) || (month === 1 && dayOfMonth <= 6)) {
    return futureWednesday(weeks + 2);
  }
  return new Date(`${date}T10:00:00+09:00`);
}

/**
 * A published course in a room of its own (so its sessions never collide with seeded ones),
 * at the first facility, by the first organisation. Needs the catalogue seeded (FIXTURE_PLAN).
 */
export async function createBookableCourse(
  dataSource: DataSource,
  options: BookableCourseOptions,
): Promise<{ courseId: string; sessionIds: string[]; organisationId: string; facilityId: string }> {
  const [{ organisationId, facilityId }] = await dataSource.query(
    `SELECT (SELECT id FROM organisations ORDER BY name_ja LIMIT 1) AS "organisationId",
            (SELECT id FROM facilities WHERE NOT closed_on_public_holidays ORDER BY name_ja LIMIT 1) AS "facilityId"`,
  );
  const [room] = await dataSource.query(
    `INSERT INTO rooms (facility_id, name_ja, name_en, capacity)
     VALUES ($1, $2, $3, 200) RETURNING id`,
    [facilityId, `テスト室 ${randomUUID().slice(0, 8)}`, `Test room ${randomUUID().slice(0, 8)}`],
  );
  const [course] = await dataSource.query(
    `INSERT INTO courses (organisation_id, title_ja, title_en, life_stages, category, pillar,
                          capacity, max_companions, booking_rule, audience, target_age_min,
                          target_age_max, application_opens_at, application_closes_at, status,
                          published_at, cancel_deadline_hours, lottery_priorities,
                          guardian_rule, childcare_offered)
     VALUES ($1, $2, 'Booking test course', '{all_ages}', 'arts_culture', 1, $3, $4, $5, $6, $7, $8,
             $9, $10, 'published', now(), $11, $12, $13, $14) RETURNING id`,
    [
      organisationId,
      `予約テスト講座 ${randomUUID().slice(0, 8)}`,
      options.capacity,
      options.maxCompanions ?? 0,
      options.bookingRule ?? 'first_come',
      options.audience ?? 'everyone',
      options.targetAgeMin ?? null,
      options.targetAgeMax ?? null,
      options.opensAt ?? new Date(Date.now() - 3_600_000),
      options.closesAt ?? new Date(Date.now() + 30 * 86_400_000),
      options.cancelDeadlineHours ?? 24,
      options.lotteryPriorities ?? [],
      options.guardianRule ?? 'none',
      options.childcareOffered ?? false,
    ],
  );
  const first = options.startsAt ?? futureWednesday(8);
  const sessionIds: string[] = [];
  for (let i = 0; i < (options.sessions ?? 1); i++) {
    const startsAt = new Date(first.getTime() + i * 7 * 86_400_000);
    const [session] = await dataSource.query(
      `INSERT INTO course_sessions (course_id, room_id, starts_at, ends_at)
       VALUES ($1, $2, $3, $4) RETURNING id`,
      [course.id, room.id, startsAt, new Date(startsAt.getTime() + 2 * 3_600_000)],
    );
    sessionIds.push(session.id);
  }
  return { courseId: course.id, sessionIds, organisationId, facilityId };
}

export interface TestCitizen {
  userId: string;
  credentials: TestCredentials;
}

/**
 * Many verified citizens with a signed-in session each, written in two statements: the rush
 * tests need hundreds of distinct people quickly.
 */
export async function createCitizens(
  dataSource: DataSource,
  count: number,
  options: { birthYear?: number; resident?: boolean } = {},
): Promise<TestCitizen[]> {
  const batch = randomUUID().slice(0, 8);
  const users: { id: string }[] = await dataSource.query(
    `INSERT INTO users (email, email_verified_at, password_hash, family_name, given_name,
                        birth_year, tsukuba_relations)
     SELECT 'citizen-' || $1 || '-' || n || '@example.jp', now(), 'not-a-password-hash',
            '市民', n::text, $3, $4
       FROM generate_series(1, $2) AS n
     RETURNING id`,
    [batch, count, options.birthYear ?? 1980, options.resident === false ? [] : ['live']],
  );
  const tokens = users.map(() => ({ session: newToken(), csrf: newToken() }));
  await dataSource.query(
    `INSERT INTO user_sessions (user_id, token_hash, csrf_token_hash, user_agent, expires_at)
     SELECT u, s, c, 'booking tests', now() + interval '1 day'
       FROM unnest($1::uuid[], $2::bytea[], $3::bytea[]) AS t (u, s, c)`,
    [
      users.map((user) => user.id),
      tokens.map((token) => hashToken(token.session)),
      tokens.map((token) => hashToken(token.csrf)),
    ],
  );
  return users.map((user, i) => ({
    userId: user.id,
    credentials: {
      cookie: `${SESSION_COOKIE}=${tokens[i]!.session}; ${CSRF_COOKIE}=${tokens[i]!.csrf}`,
      csrfHeader: { 'X-XSRF-TOKEN': tokens[i]!.csrf },
    },
  }));
}

export async function addChildren(
  dataSource: DataSource,
  userId: string,
  birthYears: number[],
): Promise<string[]> {
  const rows: { id: string }[] = await dataSource.query(
    `INSERT INTO family_members (user_id, name, birth_year, relationship)
     SELECT $1, '子ども' || n, y, 'child' FROM unnest($2::int[]) WITH ORDINALITY AS t (y, n)
     RETURNING id`,
    [userId, birthYears],
  );
  return rows.map((row) => row.id);
}

/** A parent of the account holder (an adult family member), e.g. a mother born in 1950. */
export async function addParent(
  dataSource: DataSource,
  userId: string,
  birthYear: number,
): Promise<string> {
  const [row]: { id: string }[] = await dataSource.query(
    `INSERT INTO family_members (user_id, name, birth_year, relationship)
     VALUES ($1, '母', $2, 'parent') RETURNING id`,
    [userId, birthYear],
  );
  return row!.id;
}
