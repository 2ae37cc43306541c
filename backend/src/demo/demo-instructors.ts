import type { DataSource, EntityManager } from 'typeorm';
import { addDays, japanDate, japanInstant } from '../common/time/japan-time';
import type { ProfileContentDto } from '../instructors/dto/profile-content.dto';
import {
  listingOf,
  registrationNumber,
  registrationValidUntil,
} from '../instructors/instructor-listing';
import { InstructorProfilesRepository } from '../instructors/instructor-profiles.repository';
import type { ProfileStatus } from '../instructors/instructor-reference';
import { DEMO_RESIDENT_DOMAIN } from './demo-bookings';
import { DEMO_INSTRUCTORS, type DemoInstructor } from './demo-instructor-people';
import { seedId } from './seeder';

const SEED_LOCK = 'tsumugu:seed-demo-instructors';
const DAY_MS = 86_400_000;

/** instructor@example.jp's own profile: a retired researcher, registered. */
const YAMADA: DemoInstructor = {
  key: 'yamada',
  name: '山田 健一',
  kana: 'やまだ けんいち',
  nameEn: 'Kenichi Yamada',
  fields: ['science_technology', 'nature_environment'],
  keywords: ['地質', '岩石', '筑波山', 'ジオパーク'],
  title: '筑波山の岩石と大地の成り立ち',
  titleEn: 'The rocks of Mount Tsukuba',
  description:
    '産業技術総合研究所で地質を研究してきました。筑波山地域ジオパークの斑れい岩や花崗岩を手に取りながら、つくばの大地の成り立ちをお話しします。野外観察も可能です。',
  lifeStages: ['youth', 'career', 'seniors'],
  fee: 'expenses_only',
  when: [
    [0, 6, 3],
    ['morning', 'afternoon'],
  ],
};

/** Applications in the other states, for the review queue and the statuses. */
const APPLICATIONS: { status: ProfileStatus; person: DemoInstructor }[] = [
  ...(
    [
      ['submitted', 'apply-tea-house', '古民家カフェの紅茶教室', 'cooking_food', '紅茶'],
      ['submitted', 'apply-chess', 'チェスで遊ぼう', 'arts_culture', 'チェス'],
      ['submitted', 'apply-stretch', '職場でできるストレッチ', 'health_sports', 'ストレッチ'],
      ['returned', 'apply-fortune', '星座と暮らし', 'arts_culture', '星座'],
      ['returned', 'apply-insurance', '保険の選び方', 'career_skills', '保険'],
      ['expired', 'apply-calligraphy-old', 'ペン字で美しい文字を', 'arts_culture', 'ペン字'],
      ['expired', 'apply-dance-old', 'フォークダンスの集い', 'health_sports', 'フォークダンス'],
      ['declined', 'apply-sales', '健康食品の活用法', 'welfare_life', '健康食品'],
      ['withdrawn', 'apply-moved', '英語の多読', 'languages_international', '多読'],
      ['draft', 'apply-draft', 'つくばの方言クイズ', 'history_heritage', '方言'],
    ] as const
  ).map(([status, key, title, field, keyword], index) => ({
    status: status as ProfileStatus,
    person: {
      key,
      name: [
        '青山 美穂',
        '鈴木 大輔',
        '井上 さくら',
        '斎藤 博',
        '渡辺 直樹',
        '加藤 富子',
        '清水 勇',
        '林 誠司',
        '山本 リサ',
        '小川 達也',
      ][index],
      kana: [
        'あおやま みほ',
        'すずき だいすけ',
        'いのうえ さくら',
        'さいとう ひろし',
        'わたなべ なおき',
        'かとう とみこ',
        'しみず いさむ',
        'はやし せいじ',
        'やまもと りさ',
        'おがわ たつや',
      ][index],
      nameEn: '',
      fields: [field],
      keywords: [keyword],
      title,
      titleEn: '',
      description: `${title}について、初めての方にも分かりやすくお伝えします。`,
      lifeStages: ['career', 'seniors'],
      fee: 'negotiable',
      when: [[6], ['afternoon']],
    } satisfies DemoInstructor,
  })),
];

const RETURN_COMMENT =
  '活動実績に、これまでの講座の回数と対象者を書き加えてください。写真は顔がわかるものをお願いします。';
const DECLINE_COMMENT =
  '特定の商品の販売につながる内容のため、人材バンクの趣旨に合わず登録できません。';

/** A demo person's profile, filling in what follows from the field and their place in the list. */
function contentOf(person: DemoInstructor, index: number, centres: string[]): ProfileContentDto {
  const areas = centres.length
    ? [...new Set([centres[index % centres.length], centres[(index * 7 + 3) % centres.length]])]
    : [];
  const hideFee = index % 4 === 1;
  return {
    kind: person.group ? 'group' : 'individual',
    displayName: person.name,
    displayNameKana: person.kana,
    displayNameEn: person.nameEn,
    groupMemberCount: person.group?.members ?? null,
    groupRepresentative: person.group?.representative ?? '',
    fields: person.fields,
    keywords: person.keywords,
    titleJa: person.title,
    titleEn: person.titleEn,
    descriptionJa: person.description,
    descriptionEn: '',
    lifeStages: person.lifeStages,
    audienceAgeMin: person.lifeStages.includes('youth') ? 6 : null,
    audienceAgeMax: null,
    levels: index % 3 === 0 ? ['beginner', 'experienced'] : ['beginner'],
    qualifications:
      index % 2 === 0
        ? [
            {
              name: `${person.keywords[0]}指導者資格`,
              issuer: '関係団体',
              year: 2005 + (index % 15),
            },
          ]
        : [],
    activityRecordJa: `市内の交流センターや学校で${5 + (index % 20)}年、年${3 + (index % 9)}回ほど講座を開いています。`,
    activityRecordEn: '',
    learningHistory: [],
    languages: person.languages ?? ['ja'],
    areaFacilityIds: areas,
    anyArea: index % 5 === 0,
    online: person.online ?? false,
    weekdays: person.when[0],
    timeBands: person.when[1],
    feeType: person.fee,
    feeAmountYen: person.fee === 'per_session' ? (person.feeYen ?? 5000) : null,
    transportNote: person.fee === 'free' ? '市内は不要です' : '公共交通機関の実費',
    equipmentBring: '',
    equipmentNeed: 'プロジェクターとスクリーン',
    visibility: {
      displayNameKana: 'public',
      description: 'public',
      qualifications: index % 3 === 2 ? 'organisers' : 'public',
      activityRecord: 'public',
      learningHistory: 'organisers',
      availability: 'public',
      fee: hideFee ? 'organisers' : 'public',
      equipment: 'organisers',
      group: 'public',
      photo: 'public',
    },
  };
}

/**
 * The demo's instructor bank, built around the seeding moment `now`: 58 people and groups plus
 * instructor@example.jp registered (numbers from the real sequence, validity by the real rule),
 * applications waiting, returned, expired, declined, withdrawn and a draft, requests in every
 * state, and a few registered instructors linked to courses. Once, into a database without
 * profiles; no mail is queued for the demo's history. Returns how many profiles were created.
 */
export async function seedDemoInstructors(dataSource: DataSource, now: Date): Promise<number> {
  const profiles = new InstructorProfilesRepository(dataSource);
  return dataSource.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [SEED_LOCK]);
    const [{ count }] = await manager.query(
      `SELECT count(*)::int AS count FROM instructor_profiles`,
    );
    if (count > 0) return 0;
    const centres: string[] = (
      await manager.query(
        `SELECT id FROM facilities WHERE kind = 'community_centre' ORDER BY name_ja`,
      )
    ).map((row: { id: string }) => row.id);
    const reviewer = await userId(manager, 'reviewer@example.jp');
    const seed = new Seed(manager, profiles, now, centres, reviewer);

    const registered: Record<string, { id: string; userId: string }> = {};
    const yamada = await userId(manager, 'instructor@example.jp');
    if (yamada) {
      registered['yamada'] = await seed.profile(yamada, YAMADA, -1, 'registered', 40);
    }
    for (const [index, person] of DEMO_INSTRUCTORS.entries()) {
      const user = await seed.person(person, index);
      registered[person.key] = await seed.profile(
        user,
        person,
        index,
        'registered',
        20 + index * 9,
      );
    }
    // A registered profile with an edit under review (it stays listed with its approved text).
    await seed.pendingEdit(registered['soba'].id);
    for (const [index, { status, person }] of APPLICATIONS.entries()) {
      const user = await seed.person(person, 100 + index);
      await seed.profile(
        user,
        person,
        100 + index,
        status,
        status === 'expired' ? 1300 : 3 + index,
      );
    }
    await seed.requests(registered);
    await seed.courseLinks(registered);
    return DEMO_INSTRUCTORS.length + APPLICATIONS.length + (yamada ? 1 : 0);
  });
}

async function userId(manager: EntityManager, email: string): Promise<string | null> {
  const [row] = await manager.query(`SELECT id FROM users WHERE email = $1`, [email]);
  return row?.id ?? null;
}

class Seed {
  constructor(
    private readonly manager: EntityManager,
    private readonly profiles: InstructorProfilesRepository,
    private readonly now: Date,
    private readonly centres: string[],
    private readonly reviewer: string | null,
  ) {}

  private daysAgo(days: number): Date {
    return new Date(this.now.getTime() - days * DAY_MS);
  }

  /** An account nobody logs in to (like the demo residents), eligible to apply. */
  async person(person: DemoInstructor, index: number): Promise<string> {
    const id = seedId('user', `instructor-bank/${person.key}`);
    const [familyName, givenName = ''] = (person.group?.representative ?? person.name).split(' ');
    await this.manager.query(
      `INSERT INTO users (id, email, email_verified_at, password_hash, family_name, given_name,
                          birth_year, tsukuba_relations, phone)
       VALUES ($1, $2, $3, '!demo-no-login', $4, $5, $6, $7, $8)`,
      [
        id,
        `bank-${person.key}@${DEMO_RESIDENT_DOMAIN}`,
        this.daysAgo(900),
        familyName,
        givenName,
        1945 + ((index * 7) % 55),
        index % 4 === 3 ? ['work'] : ['live'],
        `029-8${String(index).padStart(2, '0')}-${String(1000 + index * 37).slice(-4)}`,
      ],
    );
    return id;
  }

  /** A profile taken through the real status path to `status`, `age` days ago. */
  async profile(
    user: string,
    person: DemoInstructor,
    index: number,
    status: ProfileStatus,
    age: number,
  ): Promise<{ id: string; userId: string }> {
    const m = this.manager;
    const content = contentOf(person, Math.max(index, 0), this.centres);
    await this.profiles.insertDraft(m, user, content);
    const [{ id }] = await m.query(`SELECT id FROM instructor_profiles WHERE user_id = $1`, [user]);
    if (status === 'draft') return { id, userId: user };
    const submittedAt = this.daysAgo(age + 5);
    const submissionId = await this.profiles.insertSubmission(m, id, 1, content, submittedAt);
    await this.profiles.update(m, id, { status: 'submitted', submittedAt, submissionCount: 1 });
    await this.event(id, 'submitted', 'draft', 'submitted', user, false, submittedAt, submissionId);
    if (status === 'withdrawn') {
      await this.profiles.update(m, id, { status: 'withdrawn' });
      await this.event(
        id,
        'withdrawn',
        'submitted',
        'withdrawn',
        user,
        false,
        this.daysAgo(age),
        null,
      );
      return { id, userId: user };
    }
    if (status === 'submitted') return { id, userId: user };
    if (status === 'returned' || status === 'declined') {
      const comment = status === 'returned' ? RETURN_COMMENT : DECLINE_COMMENT;
      await this.profiles.update(m, id, { status, reviewerComment: comment });
      await this.event(
        id,
        status,
        'submitted',
        status,
        this.reviewer,
        true,
        this.daysAgo(age),
        submissionId,
        comment,
      );
      return { id, userId: user };
    }
    const registeredAt = this.daysAgo(age);
    const serial = await this.profiles.nextRegistrationSerial(m);
    await this.profiles.update(m, id, {
      status: 'registered',
      approvedContent: content,
      registrationNumber: registrationNumber(registeredAt, serial),
      registeredAt,
      validUntil: registrationValidUntil(registeredAt),
    });
    await this.profiles.writeListing(m, id, listingOf(content));
    await this.event(
      id,
      'registered',
      'submitted',
      'registered',
      this.reviewer,
      true,
      registeredAt,
      submissionId,
    );
    if (status === 'expired') {
      await this.profiles.update(m, id, { status: 'expired' });
      const lastDay = registrationValidUntil(registeredAt);
      await this.event(
        id,
        'expired',
        'registered',
        'expired',
        null,
        false,
        japanInstant(addDays(lastDay, 1), '00:05'),
        null,
      );
      return { id, userId: user };
    }
    await m.query(
      `INSERT INTO role_assignments (user_id, role) VALUES ($1, 'instructor') ON CONFLICT DO NOTHING`,
      [user],
    );
    return { id, userId: user };
  }

  async pendingEdit(profileId: string): Promise<void> {
    const m = this.manager;
    const [profile] = await m.query(
      `SELECT user_id, content FROM instructor_profiles WHERE id = $1`,
      [profileId],
    );
    const content = {
      ...profile.content,
      descriptionJa: `${profile.content.descriptionJa}小学生向けのミニ体験（30分）も始めました。`,
    };
    const at = this.daysAgo(2);
    await this.profiles.update(m, profileId, { content });
    const submissionId = await this.profiles.insertSubmission(m, profileId, 2, content, at);
    await this.profiles.update(m, profileId, {
      status: 'submitted',
      submittedAt: at,
      submissionCount: 2,
    });
    await this.event(
      profileId,
      'submitted',
      'registered',
      'submitted',
      profile.user_id,
      false,
      at,
      submissionId,
    );
  }

  private async event(
    profileId: string,
    kind: 'submitted' | 'returned' | 'registered' | 'declined' | 'withdrawn' | 'expired',
    fromStatus: ProfileStatus,
    toStatus: ProfileStatus,
    actor: string | null,
    byReviewer: boolean,
    at: Date,
    submissionId: string | null,
    comment = '',
  ): Promise<void> {
    await this.profiles.insertEvent(this.manager, {
      profileId,
      kind,
      fromStatus,
      toStatus,
      actorUserId: actor,
      byReviewer,
      comment,
      submissionId,
      at,
    });
  }

  /** Requests in every state, between the demo accounts and registered instructors. */
  async requests(registered: Record<string, { id: string; userId: string }>): Promise<void> {
    const m = this.manager;
    const organiser = await userId(m, 'organiser@example.jp');
    const hanako = await userId(m, 'hanako@example.jp');
    const [organisation] = await m.query(
      `SELECT organisation_id AS id FROM role_assignments WHERE user_id = $1 AND role = 'organiser' LIMIT 1`,
      [organiser],
    );
    if (!organiser || !hanako || !organisation) return;
    const today = japanDate(this.now);
    const at = (days: number, time: string) => japanInstant(addDays(today, days), time);
    const plans: {
      to: string;
      from: string;
      group?: string;
      status: 'pending' | 'accepted' | 'declined' | 'cancelled' | 'reported';
      purpose: string;
      days: number[];
      created: number;
      messages?: [string, string][];
    }[] = [
      {
        to: 'yamada',
        from: organiser,
        status: 'pending',
        purpose: '親子で学ぶ「筑波山の石」講座の講師',
        days: [24, 31],
        created: 1,
        messages: [['instructor', '野外観察は雨天の場合どうしますか。']],
      },
      {
        to: 'yamada',
        from: hanako,
        group: '竹園西小学校PTA',
        status: 'accepted',
        purpose: 'PTA家庭教育学級「身近な科学」の講師',
        days: [21, 28, 35],
        created: 6,
      },
      {
        to: 'hoshino',
        from: organiser,
        status: 'accepted',
        purpose: '冬の星空観察会（生涯学習推進課主催）',
        days: [18, 25],
        created: 9,
        messages: [
          ['requester', '望遠鏡の台数を教えてください。'],
          ['instructor', '2台持参します。'],
        ],
      },
      {
        to: 'programming-club',
        from: hanako,
        group: '吾妻子ども会',
        status: 'pending',
        purpose: '春休みプログラミング体験',
        days: [40, 47],
        created: 2,
      },
      {
        to: 'soba',
        from: organiser,
        status: 'declined',
        purpose: '年越しそば打ち体験',
        days: [20],
        created: 12,
      },
      {
        to: 'english-emma',
        from: hanako,
        group: '子育てサークルぽかぽか',
        status: 'cancelled',
        purpose: '親子英語あそび',
        days: [30],
        created: 10,
      },
      {
        to: 'bosai',
        from: organiser,
        status: 'reported',
        purpose: '地区防災訓練での講話',
        days: [-20],
        created: 45,
      },
      {
        to: 'smartphone',
        from: organiser,
        status: 'reported',
        purpose: 'シニアのスマホ相談会',
        days: [-35],
        created: 60,
      },
    ];
    for (const plan of plans) {
      const profile = registered[plan.to];
      if (!profile) continue;
      const createdAt = this.daysAgo(plan.created);
      const accepted = plan.status === 'accepted' || plan.status === 'reported' ? 0 : null;
      const [row] = await m.query(
        `INSERT INTO instructor_requests (profile_id, requester_user_id, requester_kind, organisation_id,
                group_name, purpose, audience, expected_participants, place_kind, facility_id, place_detail,
                fee_offered_yen, fee_note, message, status, accepted_option, decline_reason, cancelled_by,
                report_attendees, report_rating, report_comment, reported_at, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18,
                 $19, $20, $21, $22, $23, $23)
         RETURNING id`,
        [
          profile.id,
          plan.from,
          plan.group ? 'group' : 'organiser',
          plan.group ? null : organisation.id,
          plan.group ?? '',
          plan.purpose,
          plan.group ? '小学生と保護者' : '市民（どなたでも）',
          plan.group ? 25 : 40,
          this.centres.length ? 'facility' : 'other',
          this.centres[0] ?? null,
          '集会室',
          plan.group ? 0 : 5000,
          plan.group ? '謝礼はお菓子程度でお願いします' : '交通費込み',
          'ご検討よろしくお願いいたします。',
          plan.status,
          accepted,
          plan.status === 'declined' ? 'その時期は地元の行事と重なるため、お受けできません。' : '',
          plan.status === 'cancelled' ? plan.from : null,
          plan.status === 'reported' ? 32 : null,
          plan.status === 'reported' ? 5 : null,
          plan.status === 'reported'
            ? '参加者から「家でも備えを見直したい」との声が多く、好評でした。'
            : '',
          plan.status === 'reported' ? at(plan.days[0] + 2, '10:00') : null,
          createdAt,
        ],
      );
      for (const [optionIndex, day] of plan.days.entries()) {
        await m.query(
          `INSERT INTO instructor_request_options (request_id, option_index, starts_at, ends_at)
           VALUES ($1, $2, $3, $4)`,
          [row.id, optionIndex, at(day, '10:00'), at(day, '12:00')],
        );
      }
      for (const [offset, [from, body]] of (plan.messages ?? []).entries()) {
        await m.query(
          `INSERT INTO instructor_request_messages (request_id, author_user_id, body, created_at)
           VALUES ($1, $2, $3, $4)`,
          [
            row.id,
            from === 'instructor' ? profile.userId : plan.from,
            body,
            new Date(createdAt.getTime() + (offset + 1) * 3_600_000),
          ],
        );
      }
    }
  }

  /**
   * instructor@example.jp and two others teach upcoming published courses of the city, each a
   * course of their own subject: the earliest whose title has one of their words, else the
   * earliest of their fields.
   */
  async courseLinks(registered: Record<string, { id: string; userId: string }>): Promise<void> {
    const m = this.manager;
    const subjects = [
      {
        key: 'yamada',
        words: ['地質', '岩石', '筑波山', 'ジオ', '地球'],
        fields: ['science_technology', 'nature_environment'],
      },
      {
        key: 'hoshino',
        words: ['星', '天体', '宇宙', '天文'],
        fields: ['science_technology', 'nature_environment'],
      },
      { key: 'smartphone', words: ['スマホ', 'スマートフォン'], fields: ['digital'] },
    ];
    const taken: string[] = [];
    for (const subject of subjects) {
      const teacher = registered[subject.key];
      if (!teacher) continue;
      const [course]: { id: string }[] = await m.query(
        `SELECT c.id FROM courses c
          WHERE c.status = 'published' AND c.category = ANY($2::text[]) AND c.id <> ALL($3::uuid[])
            AND EXISTS (SELECT 1 FROM course_sessions s WHERE s.course_id = c.id AND s.starts_at > $1)
          ORDER BY c.title_ja LIKE ANY($4::text[]) DESC,
                   (SELECT min(s.starts_at) FROM course_sessions s WHERE s.course_id = c.id), c.id
          LIMIT 1`,
        [this.now, subject.fields, taken, subject.words.map((word) => `%${word}%`)],
      );
      if (!course) continue;
      taken.push(course.id);
      await m.query(
        `INSERT INTO course_instructor_profiles (course_id, profile_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
        [course.id, teacher.id],
      );
      // instructor@example.jp was linked two days ago (their start page points the course out as
      // new); the others a month and more before.
      const linkedDaysAgo = subject.key === 'yamada' ? 2 : 40;
      await m.query(
        `INSERT INTO course_instructors (course_id, user_id, created_at) VALUES ($1, $2, $3)
         ON CONFLICT DO NOTHING`,
        [course.id, teacher.userId, this.daysAgo(linkedDaysAgo)],
      );
    }
  }
}
