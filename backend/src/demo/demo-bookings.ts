import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { hashPassword } from '../accounts/security/passwords';
import { BOOKING_CODE_ALPHABET, BOOKING_CODE_LENGTH } from '../bookings/booking-code';
import type { SeedCourse } from './seed-plan';
import { seedId } from './seeder';

/**
 * Real bookings behind the demo's seat counts: a pool of demo residents (accounts nobody can log
 * in to: a random password nobody knows, under the reserved domain residents.tsumugu.example)
 * holds the confirmed bookings that make each course's booked_count, the waiting lists of some
 * full courses, and the applications of lotteries whose window is still open. booked_count is
 * then computed from the bookings, so the invariant booked_count = Σ confirmed parties holds from
 * the first start. Sessions that have ended have their attendance. No notification is queued:
 * nobody is mailed for demo data.
 */
export const DEMO_RESIDENT_DOMAIN = 'residents.tsumugu.example';

/**
 * Residents enough for three fiscal years of a city's programme: some come to one course, some
 * to many (the draw below favours the first of the pool), as in a real city.
 */
const RESIDENT_POOL = 2_000;

const FAMILY_NAMES = [
  ['鈴木', 'スズキ'],
  ['高橋', 'タカハシ'],
  ['田中', 'タナカ'],
  ['伊藤', 'イトウ'],
  ['渡辺', 'ワタナベ'],
  ['山本', 'ヤマモト'],
  ['中村', 'ナカムラ'],
  ['小林', 'コバヤシ'],
  ['加藤', 'カトウ'],
  ['吉田', 'ヨシダ'],
  ['山口', 'ヤマグチ'],
  ['松本', 'マツモト'],
  ['井上', 'イノウエ'],
  ['木村', 'キムラ'],
  ['林', 'ハヤシ'],
  ['斎藤', 'サイトウ'],
  ['清水', 'シミズ'],
  ['山崎', 'ヤマザキ'],
  ['森', 'モリ'],
  ['池田', 'イケダ'],
  ['飯村', 'イイムラ'],
  ['大久保', 'オオクボ'],
  ['沼尻', 'ヌマジリ'],
];
const GIVEN_NAMES = [
  ['翔太', 'ショウタ'],
  ['陽菜', 'ヒナ'],
  ['大輔', 'ダイスケ'],
  ['美穂', 'ミホ'],
  ['健', 'ケン'],
  ['由美子', 'ユミコ'],
  ['誠', 'マコト'],
  ['恵子', 'ケイコ'],
  ['拓也', 'タクヤ'],
  ['さくら', 'サクラ'],
  ['浩二', 'コウジ'],
  ['和子', 'カズコ'],
  ['蓮', 'レン'],
  ['葵', 'アオイ'],
  ['修', 'オサム'],
  ['直美', 'ナオミ'],
  ['悠人', 'ユウト'],
  ['千尋', 'チヒロ'],
  ['正雄', 'マサオ'],
];

interface BookingRow {
  id: string;
  course_id: string;
  user_id: string;
  code: string;
  status: 'confirmed' | 'waiting' | 'applied';
  created_at: string;
  /** A PostgreSQL array literal: `{}`, or the ages of the children childcare is asked for. */
  childcare_ages: string;
}

/**
 * The childcare (保育) a demo booking of a course offering it asks for: about two bookings in
 * five, for one preschool child (0–5) or now and then two, decided by a hash of the booking's
 * key so that the demo's random stream, and everything seeded from it, stays as it was.
 */
export function demoChildcareAges(key: string): number[] {
  const hash = createHash('sha256').update(`childcare/${key}`).digest();
  if (hash[0]! % 100 >= 40) return [];
  const first = hash[1]! % 6;
  return hash[2]! % 4 === 0 ? [first, hash[3]! % 6] : [first];
}

/** A small deterministic generator: the demo looks the same on every fresh start. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * A booking code derived from the booking's key: the same demo has the same codes, so that a
 * screenshot or a bug report can be reproduced. Real bookings get random codes (booking-code.ts).
 */
export function demoBookingCode(key: string): string {
  const digest = createHash('sha256').update(`tsumugu:booking-code:${key}`).digest();
  let code = '';
  for (let i = 0; i < BOOKING_CODE_LENGTH; i++) {
    code += BOOKING_CODE_ALPHABET[digest[i] % BOOKING_CODE_ALPHABET.length];
  }
  return code;
}

export async function seedDemoBookings(
  manager: EntityManager,
  courses: readonly SeedCourse[],
  courseId: (key: string) => string,
  now: Date,
): Promise<{ residents: number; bookings: number }> {
  const random = generator(20_261_126);
  const plans = courses.map((course) => {
    const opens = new Date(course.applicationOpensAt);
    const firstStart = new Date(course.sessions[0]!.startsAt);
    // Lotteries are for the popular courses: more applicants than seats, so a draw decides.
    // A lottery's applications: while nothing is confirmed, the window has opened and no draw
    // has given out seats yet (it may have closed since the plan's morning: the sweep draws it);
    // once seats are confirmed they were won in a draw, and about half as many more applied and
    // were not drawn (seedDemoLotteries replays that draw). Lotteries are for popular courses:
    // more applicants than seats.
    const lottery = course.bookingRule === 'lottery';
    const applicants = !lottery
      ? 0
      : course.bookedCount > 0
        ? Math.ceil(course.bookedCount / 2)
        : opens <= now && course.sessions.every((s) => new Date(s.startsAt) > now)
          ? Math.round(course.capacity * (1.2 + random() * 0.8))
          : 0;
    const waiting =
      course.bookingRule === 'first_come' &&
      course.bookedCount === course.capacity &&
      firstStart > now
        ? 1 + Math.floor(random() * 4)
        : 0;
    return { course, opens, confirmed: course.bookedCount, waiting, applicants };
  });
  const largest = Math.max(0, ...plans.map((p) => p.confirmed + p.waiting + p.applicants));
  if (largest === 0) return { residents: 0, bookings: 0 };
  const poolSize = Math.min(RESIDENT_POOL, Math.max(largest, courses.length * 3));

  const passwordHash = await hashPassword(randomBytes(24).toString('base64url'));
  const residents = Array.from({ length: poolSize }, (_, i) => {
    const [familyName, familyKana] = FAMILY_NAMES[i % FAMILY_NAMES.length]!;
    const [givenName, givenKana] = GIVEN_NAMES[(i * 7) % GIVEN_NAMES.length]!;
    return {
      id: seedId('resident', String(i + 1)),
      email: `resident-${String(i + 1).padStart(3, '0')}@${DEMO_RESIDENT_DOMAIN}`,
      family_name: familyName,
      given_name: givenName,
      family_name_kana: familyKana,
      given_name_kana: givenKana,
      birth_year: 1940 + Math.floor(random() * 66),
      tsukuba_relations: random() < 0.9 ? ['live'] : ['work'],
    };
  });
  await manager.query(
    `INSERT INTO users (id, email, email_verified_at, password_hash, family_name, given_name,
                        family_name_kana, given_name_kana, birth_year, tsukuba_relations)
     SELECT id, email, $3, $2, family_name, given_name, family_name_kana, given_name_kana,
            birth_year, tsukuba_relations
       FROM json_to_recordset($1::json) AS r (id uuid, email text, family_name text,
            given_name text, family_name_kana text, given_name_kana text, birth_year smallint,
            tsukuba_relations text[])`,
    [JSON.stringify(residents), passwordHash, earliestOpening(plans)],
  );

  const bookings: BookingRow[] = [];
  const codes = new Set<string>();
  const code = (key: string) => {
    let next = demoBookingCode(key);
    for (let retry = 1; codes.has(next); retry++) next = demoBookingCode(`${key}/${retry}`);
    codes.add(next);
    return next;
  };
  plans.forEach((plan) => {
    // Squaring favours the start of the pool: some residents come often, most now and then.
    const offset = Math.floor(random() ** 2 * poolSize);
    const person = (n: number) => residents[(offset + n) % poolSize]!.id;
    // Bookings arrive over the first days of the window, in the order of the waiting list.
    const at = (n: number) => new Date(plan.opens.getTime() + n * 7 * 60_000).toISOString();
    const id = courseId(plan.course.key);
    let n = 0;
    const add = (status: BookingRow['status']) => {
      const key = `${plan.course.key}/${n}`;
      const childcare = plan.course.childcareOffered ? demoChildcareAges(key) : [];
      bookings.push({
        id: seedId('booking', key),
        course_id: id,
        user_id: person(n),
        code: code(key),
        status,
        created_at: at(n),
        childcare_ages: `{${childcare.join(',')}}`,
      });
      n++;
    };
    for (let i = 0; i < plan.confirmed; i++) add('confirmed');
    for (let i = 0; i < plan.waiting; i++) add('waiting');
    for (let i = 0; i < plan.applicants; i++) add('applied');
  });
  // In creation order, so that queue positions follow the order people joined.
  bookings.sort((a, b) => a.created_at.localeCompare(b.created_at));
  await manager.query(
    `INSERT INTO bookings (id, course_id, user_id, code, status, party_size, queue_position,
                           created_at, confirmed_at, childcare_ages)
     SELECT id, course_id, user_id, code, status, 1,
            CASE WHEN status = 'waiting' THEN nextval('booking_queue_positions') END,
            created_at, CASE WHEN status = 'confirmed' THEN created_at END, childcare_ages
       FROM (SELECT * FROM json_to_recordset($1::json)
                AS r (id uuid, course_id uuid, user_id uuid, code text, status text,
                      created_at timestamptz, childcare_ages smallint[])
              ORDER BY created_at, id) ordered`,
    [JSON.stringify(bookings)],
  );
  await manager.query(
    `UPDATE courses c SET booked_count = s.seats
       FROM (SELECT course_id, sum(party_size)::int AS seats FROM bookings
              WHERE status = 'confirmed' GROUP BY course_id) s
      WHERE c.id = s.course_id`,
  );
  return { residents: residents.length, bookings: bookings.length };
}

/** The residents signed up before the first window of the demo opened. */
function earliestOpening(plans: readonly { opens: Date }[]): string {
  const first = Math.min(...plans.map((plan) => plan.opens.getTime()));
  return new Date(first - 30 * 86_400_000).toISOString();
}

/**
 * The attendance of every session that has ended, for the confirmed bookings of the demo
 * residents (or of one person): most came, a few late, some not at all, each decided by a hash
 * of the booking and the session's time so that the same demo has the same attendance. People
 * checked in during the quarter hour before the start; latecomers within the first half hour.
 */
export async function seedDemoAttendance(
  manager: EntityManager,
  now: Date,
  userId?: string,
): Promise<number> {
  const [{ count }]: { count: number }[] = await manager.query(
    `WITH inserted AS (
     INSERT INTO session_attendance (session_id, booking_id, status, checked_in_at, recorded_at)
     SELECT s.id, b.id, a.status,
            CASE a.status WHEN 'present' THEN s.starts_at - make_interval(mins => a.h % 15)
                          WHEN 'late' THEN s.starts_at + make_interval(mins => 5 + a.h % 25) END,
            s.ends_at
       FROM bookings b
       JOIN course_sessions s ON s.course_id = b.course_id AND s.status = 'scheduled'
       CROSS JOIN LATERAL (
         SELECT ('x' || substr(md5(b.id::text || s.starts_at::text), 1, 7))::bit(28)::int AS h
       ) hash
       CROSS JOIN LATERAL (
         SELECT hash.h AS h, CASE WHEN hash.h % 100 < 8 THEN 'absent'
                                  WHEN hash.h % 100 < 14 THEN 'late'
                                  ELSE 'present' END AS status
       ) a
      WHERE b.status = 'confirmed' AND s.ends_at <= $1
        AND ($2::uuid IS NULL OR b.user_id = $2::uuid)
     ON CONFLICT (session_id, booking_id) DO NOTHING
     RETURNING 1)
     SELECT count(*)::int AS count FROM inserted`,
    [now, userId ?? null],
  );
  return count;
}
