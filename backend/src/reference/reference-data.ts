/**
 * The catalogue's reference lists with their Japanese and English labels. Codes are stored in
 * the database (and checked there by CHECK constraints); labels are only ever shown.
 */
export interface Label {
  ja: string;
  en: string;
}

export const LIFE_STAGES = ['parenting', 'youth', 'career', 'seniors', 'all_ages'] as const;
export type LifeStage = (typeof LIFE_STAGES)[number];
export const LIFE_STAGE_LABELS: Record<LifeStage, Label> = {
  parenting: { ja: '子育て世代', en: 'Parenting' },
  youth: { ja: '青少年', en: 'Youth' },
  career: { ja: '仕事・キャリア', en: 'Work & career' },
  seniors: { ja: 'シニア', en: 'Seniors' },
  all_ages: { ja: 'すべての世代', en: 'All ages' },
};

export const CATEGORIES = [
  'parenting_family',
  'health_sports',
  'arts_culture',
  'history_heritage',
  'science_technology',
  'digital',
  'languages_international',
  'career_skills',
  'nature_environment',
  'cooking_food',
  'community_volunteering',
  'welfare_life',
] as const;
export type Category = (typeof CATEGORIES)[number];
export const CATEGORY_LABELS: Record<Category, Label> = {
  parenting_family: { ja: '子育て・家庭教育', en: 'Parenting & family' },
  health_sports: { ja: '健康・スポーツ', en: 'Health & sports' },
  arts_culture: { ja: '芸術・文化・趣味', en: 'Arts, culture & hobbies' },
  history_heritage: { ja: '歴史・郷土', en: 'Local history & heritage' },
  science_technology: { ja: '科学・技術', en: 'Science & technology' },
  digital: { ja: 'IT・デジタル', en: 'Digital skills' },
  languages_international: { ja: '語学・国際交流', en: 'Languages & international exchange' },
  career_skills: { ja: '仕事・資格', en: 'Work & qualifications' },
  nature_environment: { ja: '自然・環境', en: 'Nature & environment' },
  cooking_food: { ja: '料理・食育', en: 'Cooking & food' },
  community_volunteering: { ja: '地域活動・ボランティア', en: 'Community & volunteering' },
  welfare_life: { ja: '福祉・くらし', en: 'Welfare & daily life' },
};

/**
 * The plan's own words: the 2nd Tsukuba City Lifelong Learning Promotion Basic Plan
 * (第2次つくば市生涯学習推進基本計画). Titles are copied exactly from the plan (概要版) — a
 * department filling its evaluation sheet must recognise them; the English is a faithful
 * translation, not a paraphrase.
 */

/** The five pillars (施策の柱), 「計画の基本的考え方 3」. */
export const PILLARS = [1, 2, 3, 4, 5] as const;
export type Pillar = (typeof PILLARS)[number];
export const PILLAR_LABELS: Record<Pillar, Label> = {
  1: {
    ja: '個人の自立に向けた学習機会の提供',
    en: 'Providing learning opportunities for personal independence',
  },
  2: { ja: '生涯学習環境の整備', en: 'Improving the lifelong learning environment' },
  3: { ja: '生涯学習関連施設の充実', en: 'Enhancing lifelong learning facilities' },
  4: {
    ja: '絆づくりと地域づくりに向けた学習機会の提供',
    en: 'Providing learning opportunities for building bonds and communities',
  },
  5: {
    ja: '生涯学習推進体制の強化',
    en: 'Strengthening the system for promoting lifelong learning',
  },
};

/** The four basic policies (基本方針), 「計画の基本的考え方 2」, each with its aim as written. */
export const BASIC_POLICIES = [1, 2, 3, 4] as const;
export type BasicPolicy = (typeof BASIC_POLICIES)[number];
export const BASIC_POLICY_LABELS: Record<BasicPolicy, Label & { aimJa: string; aimEn: string }> = {
  1: {
    ja: '市民の自主性・主体性の尊重',
    en: "Respecting citizens' independence and initiative",
    aimJa: '個人や地域住民の自立に向けた意識（自助）を高める',
    aimEn: "Raising individuals' and residents' awareness of self-reliance (self-help)",
  },
  2: {
    ja: '市民と行政のパートナーシップ',
    en: 'Partnership between citizens and the city',
    aimJa: '協働による地域づくりの実践（共助）にむすびつける',
    aimEn: 'Leading to community building in practice through cooperation (mutual help)',
  },
  3: {
    ja: '地域の歴史・文化の継承と創造',
    en: 'Handing down and creating local history and culture',
    aimJa: '地域資源を掘り出し活用することで更なる新たな価値を創造する',
    aimEn: 'Creating new value by uncovering and using local resources',
  },
  4: {
    ja: '多様な主体とのネットワーク',
    en: 'Networks with diverse partners',
    aimJa:
      '庁内の関係各課はもとより，大学や研究機関，民間団体等との連携・協働を推進しネットワークを構築する',
    aimEn:
      "Building a network of cooperation with the city's departments, universities, research institutes and private organisations",
  },
};

/** The priority projects (重点事業), 「計画の推進 1」, in the plan's order. Courses may be tagged. */
export const PRIORITY_PROJECTS = [
  'life_stage_learning',
  'learning_outcomes_and_instructors',
  'exchange_facilities',
  'bonds_and_community_learning',
  'partner_network',
] as const;
export type PriorityProject = (typeof PRIORITY_PROJECTS)[number];
export const PRIORITY_PROJECT_LABELS: Record<PriorityProject, Label> = {
  life_stage_learning: {
    ja: 'ライフステージに応じた学習機会の提供',
    en: 'Providing learning opportunities suited to each life stage',
  },
  learning_outcomes_and_instructors: {
    ja: '学習成果を活かす支援と指導者の養成',
    en: 'Supporting the use of what people have learned, and training instructors',
  },
  exchange_facilities: {
    ja: '市民同士が交流できる施設の充実',
    en: 'Enhancing facilities where citizens can meet one another',
  },
  bonds_and_community_learning: {
    ja: '絆づくりと地域づくりにつながる学習機会の提供',
    en: 'Providing learning opportunities that lead to bonds and community building',
  },
  partner_network: {
    ja: '多様な主体とのネットワーク行政の推進',
    en: 'Promoting networked administration with diverse partners',
  },
};

export const TIMES_OF_DAY = ['morning', 'afternoon', 'evening'] as const;
export type TimeOfDay = (typeof TIMES_OF_DAY)[number];
export const TIME_OF_DAY_LABELS: Record<TimeOfDay, Label> = {
  morning: { ja: '午前（12時まで）', en: 'Morning (before noon)' },
  afternoon: { ja: '午後（12時〜17時）', en: 'Afternoon (12:00–17:00)' },
  evening: { ja: '夜間（17時以降）', en: 'Evening (from 17:00)' },
};

export const AUDIENCES = ['everyone', 'residents_only', 'residents_first'] as const;
export type Audience = (typeof AUDIENCES)[number];
export const AUDIENCE_LABELS: Record<Audience, Label> = {
  everyone: { ja: 'どなたでも', en: 'Open to everyone' },
  residents_only: {
    ja: '市内在住・在勤・在学の方',
    en: 'Tsukuba residents, workers and students only',
  },
  residents_first: {
    ja: '市内在住・在勤・在学の方を優先',
    en: 'Tsukuba residents, workers and students first',
  },
};

export const BOOKING_RULES = ['first_come', 'lottery'] as const;
export type BookingRule = (typeof BOOKING_RULES)[number];
export const BOOKING_RULE_LABELS: Record<BookingRule, Label> = {
  first_come: { ja: '先着順', en: 'First come, first served' },
  lottery: { ja: '抽選', en: 'Lottery' },
};

/**
 * How guardians take part in a course for children (保護者の関わり方), set by the organiser:
 * 'none' — every attendee is held to the course's ages, nothing more is asked;
 * 'guardian_present' — 保護者同伴: the children attend, a guardian stays with them (not a seat);
 * 'children_alone' — 付き添い不可: the children attend alone, guardians drop off and collect;
 * 'parent_and_child' — 親子で参加: the booker attends with at least one child in the age range,
 *   and takes a seat; the booker is not held to the children's ages.
 */
export const GUARDIAN_RULES = [
  'none',
  'guardian_present',
  'children_alone',
  'parent_and_child',
] as const;
export type GuardianRule = (typeof GUARDIAN_RULES)[number];
export const GUARDIAN_RULE_LABELS: Record<GuardianRule, Label> = {
  none: { ja: '指定なし', en: 'No rule for guardians' },
  guardian_present: { ja: '保護者同伴', en: 'A guardian stays with the child' },
  children_alone: { ja: '付き添い不可（お子さんのみ）', en: 'Children only (no guardians)' },
  parent_and_child: { ja: '親子で参加', en: 'Parent and child take part together' },
};

/** How a course's fee is paid (meaningful when fee_yen > 0). */
export const PAYMENT_METHODS = ['at_door', 'in_advance'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
export const PAYMENT_METHOD_LABELS: Record<PaymentMethod, Label> = {
  at_door: { ja: '当日会場で支払い', en: 'Paid at the door on the day' },
  in_advance: { ja: '事前に支払い', en: 'Paid in advance' },
};

export const LOTTERY_PRIORITIES = ['first_time', 'residents'] as const;
export type LotteryPriority = (typeof LOTTERY_PRIORITIES)[number];
export const LOTTERY_PRIORITY_LABELS: Record<LotteryPriority, Label> = {
  first_time: { ja: '初めて参加する方を優先', en: 'First-time participants first' },
  residents: {
    ja: '市内在住・在勤・在学の方を優先',
    en: 'Tsukuba residents, workers and students first',
  },
};

export const COURSE_STATUSES = ['draft', 'published', 'cancelled', 'finished'] as const;
export type CourseStatus = (typeof COURSE_STATUSES)[number];

export const ORGANISATION_KINDS = [
  'city_department',
  'university',
  'research_institute',
  'npo',
  'company',
  'citizen_group',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, Label> = {
  city_department: { ja: '市の担当課', en: 'City department' },
  university: { ja: '大学', en: 'University' },
  research_institute: { ja: '研究機関', en: 'Research institute' },
  npo: { ja: 'NPO法人', en: 'Non-profit organisation' },
  company: { ja: '企業', en: 'Company' },
  citizen_group: { ja: '市民団体', en: 'Citizen group' },
};

export const FACILITY_KINDS = [
  'community_centre',
  'cultural_hall',
  'library',
  'city_office',
  'conference_centre',
  'partner_campus',
] as const;
export type FacilityKind = (typeof FACILITY_KINDS)[number];
export const FACILITY_KIND_LABELS: Record<FacilityKind, Label> = {
  community_centre: { ja: '地域交流センター', en: 'Community centre' },
  cultural_hall: { ja: '文化・市民ホール', en: 'Cultural and civic hall' },
  library: { ja: '図書館', en: 'Library' },
  city_office: { ja: '市役所', en: 'City hall' },
  conference_centre: { ja: '国際会議場', en: 'Conference centre' },
  partner_campus: { ja: '大学・研究機関', en: 'University or institute campus' },
};

export const ROOM_EQUIPMENT = [
  'projector',
  'screen',
  'microphone',
  'whiteboard',
  'piano',
  'kitchen',
  'sink',
  'mirror',
  'wifi',
  'tatami',
  'kiln',
  'sound_system',
] as const;
export type RoomEquipment = (typeof ROOM_EQUIPMENT)[number];
export const ROOM_EQUIPMENT_LABELS: Record<RoomEquipment, Label> = {
  projector: { ja: 'プロジェクター', en: 'Projector' },
  screen: { ja: 'スクリーン', en: 'Screen' },
  microphone: { ja: 'マイク', en: 'Microphone' },
  whiteboard: { ja: 'ホワイトボード', en: 'Whiteboard' },
  piano: { ja: 'ピアノ', en: 'Piano' },
  kitchen: { ja: '調理設備', en: 'Kitchen' },
  sink: { ja: '流し台', en: 'Sink' },
  mirror: { ja: '鏡', en: 'Wall mirror' },
  wifi: { ja: 'Wi-Fi', en: 'Wi-Fi' },
  tatami: { ja: '畳', en: 'Tatami floor' },
  kiln: { ja: '陶芸窯', en: 'Pottery kiln' },
  sound_system: { ja: '音響設備', en: 'Sound system' },
};
