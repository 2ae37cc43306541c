import type { EntityManager } from 'typeorm';
import type { OrganiserQuestion } from '../questionnaires/questionnaire-questions';
import { seedId } from './seeder';

/**
 * The questionnaires of the demo's finished courses, as if each had gone out five minutes after
 * the course's last session: invitations for the bookings whose people came, about 58 % of them
 * answered, the rest reminded after seven days; answers spread as a city's courses usually are
 * (most satisfied, a few weaker courses), with comments in Japanese. Every choice comes from a
 * hash of the booking or course, so the same demo has the same answers. No mail is queued.
 *
 * One course of 生涯学習推進課 (organiser@example.jp), the most recent with enough people, has
 * exactly four answers: the "not enough answers yet" state. Its courses, and every third other
 * course, carry an organiser question (a 1–5 scale) and a free-text one.
 *
 * And one course that ended in the last two weeks (生涯学習推進課's if it has one) is left
 * without a questionnaire: the invitations job sends it at start, as it would have when the
 * course ended — its invitations are in the outbox of a fresh demo (and the browser journey
 * answers them). Returns that course's id (null if none ended in those two weeks).
 */

const POSITIVE = [
  '講師の先生の説明がとても分かりやすく、家でも復習できました。',
  '同じ地域の方と知り合えたのがうれしかったです。',
  '少人数で質問しやすい雰囲気でした。',
  '資料が丁寧で、あとから見返せるのが助かります。',
  '実際に手を動かす時間が多く、身につきました。',
  '子どもと一緒に参加でき、よい思い出になりました。',
  '毎回楽しみにしていました。続きの講座があればぜひ参加したいです。',
  '交流センターが近く、通いやすかったです。',
  '初心者にも分かるように進めてくださり安心しました。',
  '学んだことを地域の活動でさっそく使ってみます。',
  '仕事にも生かせる内容で、参加してよかったです。',
  '先生の熱意が伝わってきました。ありがとうございました。',
];
const SUGGESTIONS = [
  '内容は良かったのですが、時間が少し短く感じました。',
  '会場の冷房が強すぎました。',
  '平日の夜や土日にも開いてほしいです。',
  '後半は少し難しく、ついていくのが大変でした。',
  '駐車場が少なく、停めるのに苦労しました。',
  'もう少しゆっくり進めてもらえると助かります。',
  '申込みの方法がもう少し分かりやすいとよいです。',
  '資料の文字を大きくしてほしいです。',
];
const NEXT_WISHES = [
  'スマートフォンの便利な使い方',
  '地域の歴史散策',
  '健康づくりの体操',
  '筑波山の自然観察',
  '親子でできる料理',
  '英会話の続き',
];

const DEMO_QUESTIONS: OrganiserQuestion[] = [
  {
    id: 'o1',
    kind: 'scale',
    text: {
      ja: '講師の説明はわかりやすかったですか（5：とてもわかりやすい）。',
      en: 'Was the instructor easy to follow? (5: very easy)',
    },
    options: [],
    required: true,
  },
  {
    id: 'o2',
    kind: 'text',
    text: {
      ja: '次に学んでみたいテーマを教えてください。',
      en: 'What would you like to learn next?',
    },
    options: [],
    required: false,
  },
];

/** A 28-bit hash of some text, in SQL. */
const hash = (expression: string) => `('x' || substr(md5(${expression}), 1, 7))::bit(28)::int`;

export async function seedDemoQuestionnaires(
  manager: EntityManager,
  now: Date,
): Promise<string | null> {
  const organiserOrganisation = seedId('organisation', 'lifelong-learning');
  // The demo's rows were written in this transaction: without statistics the planner would
  // take the big joins below for small ones.
  await manager.query(`ANALYZE courses, course_sessions, bookings, session_attendance, users`);
  const [fresh]: { id: string }[] = await manager.query(
    `SELECT c.id
       FROM courses c
       JOIN LATERAL (SELECT max(s.ends_at) AS ends_at FROM course_sessions s
                      WHERE s.course_id = c.id AND s.status = 'scheduled') last ON true
       JOIN bookings b ON b.course_id = c.id AND b.status = 'confirmed'
      WHERE c.status IN ('published', 'finished')
        AND last.ends_at <= $1 AND last.ends_at > $1::timestamptz - interval '14 days'
        AND b.id IN (SELECT a.booking_id FROM session_attendance a
                      WHERE a.status IN ('present', 'late'))
      GROUP BY c.id, c.organisation_id, last.ends_at
     HAVING count(*) >= 6
      ORDER BY c.organisation_id = $2 DESC, last.ends_at DESC
      LIMIT 1`,
    [now, organiserOrganisation],
  );
  await manager.query(
    `INSERT INTO questionnaires (course_id, questions, invited_at, closes_at, updated_at)
     SELECT c.id,
            CASE WHEN c.organisation_id = $2 OR ${hash(`c.id::text || 'questions'`)} % 3 = 0
                 THEN $3::jsonb ELSE '[]'::jsonb END,
            last.ends_at + interval '5 minutes',
            last.ends_at + interval '5 minutes' + interval '30 days',
            last.ends_at
       FROM courses c
       JOIN LATERAL (SELECT max(s.ends_at) AS ends_at FROM course_sessions s
                      WHERE s.course_id = c.id AND s.status = 'scheduled') last ON true
      WHERE c.status IN ('published', 'finished') AND last.ends_at + interval '5 minutes' <= $1
        AND c.id IS DISTINCT FROM $4::uuid`,
    [now, organiserOrganisation, JSON.stringify(DEMO_QUESTIONS), fresh?.id ?? null],
  );
  await manager.query(
    `INSERT INTO questionnaire_invitations (course_id, booking_id, user_id, answered, reminded)
     SELECT q.course_id, b.id, b.user_id,
            ${hash(`b.id::text || 'answered'`)} % 100 < 58 AND q.invited_at <= $1,
            q.invited_at <= $1::timestamptz - interval '7 days'
       FROM questionnaires q
       JOIN bookings b ON b.course_id = q.course_id AND b.status = 'confirmed'
      WHERE b.id IN (SELECT a.booking_id FROM session_attendance a
                      WHERE a.status IN ('present', 'late'))`,
    [now],
  );
  await manager.query(`ANALYZE questionnaires, questionnaire_invitations`);
  // The course just under the threshold: four answers, the others invited and not yet answered.
  await manager.query(
    `WITH target AS (
       SELECT q.course_id FROM questionnaires q
         JOIN courses c ON c.id = q.course_id
         JOIN questionnaire_invitations i ON i.course_id = q.course_id
        WHERE c.organisation_id = $1
        GROUP BY q.course_id, q.invited_at HAVING count(*) >= 7
        ORDER BY q.invited_at DESC LIMIT 1),
     ranked AS (
       SELECT i.id, row_number() OVER (ORDER BY i.booking_id) AS n
         FROM questionnaire_invitations i JOIN target USING (course_id))
     UPDATE questionnaire_invitations i SET answered = ranked.n <= 4
       FROM ranked WHERE ranked.id = i.id`,
    [organiserOrganisation],
  );
  await manager.query(
    `WITH drawn AS (
       SELECT i.course_id, q.questions <> '[]'::jsonb AS asks,
              u.birth_year,
              extract(year FROM q.invited_at AT TIME ZONE 'Asia/Tokyo')::int AS year,
              ${hash(`c.id::text || 'quality'`)} % 100 AS quality,
              ${hash(`i.booking_id::text || 's'`)} % 100 AS h1,
              ${hash(`i.booking_id::text || 'u'`)} % 100 AS h2,
              ${hash(`i.booking_id::text || 'w'`)} AS h3,
              ${hash(`i.booking_id::text || 'h'`)} AS h4,
              ${hash(`i.booking_id::text || 'c'`)} AS h5
         FROM questionnaire_invitations i
         JOIN questionnaires q ON q.course_id = i.course_id
         JOIN courses c ON c.id = i.course_id
         JOIN users u ON u.id = i.user_id
        WHERE i.answered),
     scored AS (
       SELECT d.*,
              CASE WHEN d.h1 + CASE WHEN d.quality < 15 THEN 22 ELSE 0 END < 45 THEN 5
                   WHEN d.h1 + CASE WHEN d.quality < 15 THEN 22 ELSE 0 END < 82 THEN 4
                   WHEN d.h1 + CASE WHEN d.quality < 15 THEN 22 ELSE 0 END < 94 THEN 3
                   WHEN d.h1 + CASE WHEN d.quality < 15 THEN 22 ELSE 0 END < 99 THEN 2
                   ELSE 1 END AS satisfaction,
              d.year - d.birth_year AS age
         FROM drawn d),
     inserted AS (
       INSERT INTO questionnaire_answers
         (course_id, satisfaction, usefulness, use_in, heard_from, age_band, comment, custom)
       SELECT s.course_id, s.satisfaction,
              CASE WHEN s.satisfaction >= 4 THEN CASE WHEN s.h2 < 55 THEN 4 ELSE 3 END
                   WHEN s.satisfaction = 3 THEN CASE WHEN s.h2 < 60 THEN 3 ELSE 2 END
                   ELSE CASE WHEN s.h2 < 50 THEN 2 ELSE 1 END END,
              coalesce(nullif(array_remove(ARRAY[
                CASE WHEN s.h3 % 100 < 28 THEN 'work' END,
                CASE WHEN s.h3 % 97 < 72 THEN 'life' END,
                CASE WHEN s.h3 % 89 < 22 THEN 'community' END], NULL), '{}'), '{not_sure}'),
              coalesce(nullif(array_remove(ARRAY[
                CASE WHEN s.h4 % 100 < 34 THEN 'koho_tsukuba' END,
                CASE WHEN s.h4 % 97 < 28 THEN 'this_site' END,
                CASE WHEN s.h4 % 89 < 14 THEN 'city_website' END,
                CASE WHEN s.h4 % 83 < 12 THEN 'centre_flyer' END,
                CASE WHEN s.h4 % 79 < 15 THEN 'friends' END,
                CASE WHEN s.h4 % 73 < 10 THEN 'line_sns' END,
                CASE WHEN s.h4 % 71 < 4 THEN 'school' END], NULL), '{}'), '{other}'),
              CASE WHEN s.h5 % 100 < 8 THEN NULL
                   WHEN s.h5 % 100 < 14 OR s.age IS NULL THEN 'no_answer'
                   WHEN s.age < 20 THEN 'under_20' WHEN s.age < 30 THEN '20s'
                   WHEN s.age < 40 THEN '30s' WHEN s.age < 50 THEN '40s'
                   WHEN s.age < 60 THEN '50s' WHEN s.age < 70 THEN '60s'
                   ELSE '70_plus' END,
              CASE WHEN s.h5 % 97 >= 36 THEN ''
                   WHEN s.satisfaction >= 4
                     THEN ($1::text[])[1 + s.h5 % array_length($1::text[], 1)]
                   ELSE ($2::text[])[1 + s.h5 % array_length($2::text[], 1)] END,
              CASE WHEN NOT s.asks THEN '{}'::jsonb
                   ELSE jsonb_strip_nulls(jsonb_build_object(
                     'o1', greatest(1, s.satisfaction - (s.h2 % 2)),
                     'o2', CASE WHEN s.h3 % 5 = 0
                                THEN ($3::text[])[1 + s.h3 % array_length($3::text[], 1)] END))
              END
         FROM scored s
       RETURNING 1)
     SELECT count(*)::int AS count FROM inserted`,
    [POSITIVE, SUGGESTIONS, NEXT_WISHES],
  );
  return fresh?.id ?? null;
}
