/**
 * Who publishes courses: the city departments that take part in the plan (関係課, listed at the
 * end of the plan, under their names of the plan's time), the lifelong-learning division that
 * coordinates them, and the partners the plan asks the city to work with: universities,
 * research institutes, NPOs, companies and citizen groups. NPOs, companies and citizen groups
 * are fictional.
 */
import type { OrganisationKind } from '../../reference/reference-data';
import type { SeedOrganisation } from '../seed-plan';
import type { Bilingual } from './course-template';

const CITY_URL = 'https://www.city.tsukuba.lg.jp/';
const CITY_PHONE = '029-883-1111';

/** [key, Japanese name, English name] of each city department. */
const CITY_DEPARTMENTS: readonly (readonly [string, string, string])[] = [
  ['lifelong-learning', '生涯学習推進課', 'Lifelong Learning Promotion Division'],
  ['hito-machi', 'ひと・まち連携課', 'People and Community Partnership Division'],
  ['public-relations', '広報広聴課', 'Public Relations and Public Hearing Division'],
  ['city-promotion', 'シティプロモーション室', 'City Promotion Office'],
  ['tokyo-office', '東京事務所', 'Tokyo Office'],
  ['personnel', '人事課', 'Personnel Division'],
  ['planning-international', '企画・国際課', 'Planning and International Affairs Division'],
  ['science-technology', '科学技術・特区推進課', 'Science, Technology and Special Zone Division'],
  ['geopark', 'ジオパーク推進室', 'Geopark Promotion Office'],
  ['civic-activities', '市民活動課', 'Civic Activities Division'],
  ['gender-equality', '男女共同参画室', 'Gender Equality Office'],
  ['consumer-centre', '消費生活センター', 'Consumer Affairs Centre'],
  ['sports', 'スポーツ振興課', 'Sports Promotion Division'],
  ['culture', '文化振興課', 'Culture Promotion Division'],
  ['environment', '環境都市推進課', 'Environmental City Promotion Division'],
  ['risk-management', '危機管理課', 'Risk Management Division'],
  ['social-welfare', '社会福祉課', 'Social Welfare Division'],
  ['disability-welfare', '障害福祉課', 'Disability Welfare Division'],
  ['senior-welfare', '高齢福祉課', 'Senior Welfare Division'],
  ['children', 'こども課', "Children's Division"],
  ['long-term-care', '介護保険課', 'Long-Term Care Insurance Division'],
  ['community-care', '地域包括支援課', 'Community-Based Care Support Division'],
  ['agriculture', '農業課', 'Agriculture Division'],
  ['industry', '産業振興課', 'Industry Promotion Division'],
  ['tourism', '観光物産課', 'Tourism and Local Products Division'],
  ['urban-planning', '都市計画課', 'Urban Planning Division'],
  ['parks', '公園・施設課', 'Parks and Facilities Division'],
  ['education-general', '教育総務課', 'Education General Affairs Division'],
  ['school-affairs', '学務課', 'School Affairs Division'],
  ['education-facilities', '教育施設課', 'Education Facilities Division'],
  ['education-guidance', '教育指導課', 'Education Guidance Division'],
  ['education-research', '総合教育研究所', 'Tsukuba Comprehensive Education Institute'],
  ['cultural-properties', '文化財課', 'Cultural Properties Division'],
  ['central-library', '中央図書館', 'Tsukuba Central Library'],
];

interface PartnerSpec {
  key: string;
  kind: Exclude<OrganisationKind, 'city_department'>;
  name: Bilingual;
  websiteUrl: string | null;
  phone: string | null;
}

const PARTNERS: readonly PartnerSpec[] = [
  {
    key: 'university-of-tsukuba',
    kind: 'university',
    name: ['国立大学法人 筑波大学', 'University of Tsukuba'],
    websiteUrl: 'https://www.tsukuba.ac.jp/',
    phone: '029-853-2111',
  },
  {
    key: 'tsukuba-university-of-technology',
    kind: 'university',
    name: ['筑波技術大学', 'Tsukuba University of Technology'],
    websiteUrl: 'https://www.tsukuba-tech.ac.jp/',
    phone: '029-858-9300',
  },
  {
    key: 'tsukuba-gakuin-university',
    kind: 'university',
    name: ['筑波学院大学', 'Tsukuba Gakuin University'],
    websiteUrl: 'https://www.tsukuba-g.ac.jp/',
    phone: '029-858-6341',
  },
  {
    key: 'kek',
    kind: 'research_institute',
    name: [
      '高エネルギー加速器研究機構（KEK）',
      'KEK High Energy Accelerator Research Organization',
    ],
    websiteUrl: 'https://www.kek.jp/',
    phone: '029-879-6047',
  },
  {
    key: 'nims',
    kind: 'research_institute',
    name: ['物質・材料研究機構（NIMS）', 'National Institute for Materials Science (NIMS)'],
    websiteUrl: 'https://www.nims.go.jp/',
    phone: '029-859-2026',
  },
  {
    key: 'jaxa',
    kind: 'research_institute',
    name: ['JAXA 筑波宇宙センター', 'JAXA Tsukuba Space Center'],
    websiteUrl: 'https://www.jaxa.jp/',
    phone: '029-868-2023',
  },
  {
    key: 'aist',
    kind: 'research_institute',
    name: [
      '産業技術総合研究所（産総研）',
      'National Institute of Advanced Industrial Science and Technology (AIST)',
    ],
    websiteUrl: 'https://www.aist.go.jp/',
    phone: '029-862-6217',
  },
  {
    key: 'nies',
    kind: 'research_institute',
    name: ['国立環境研究所', 'National Institute for Environmental Studies'],
    websiteUrl: 'https://www.nies.go.jp/',
    phone: '029-850-2453',
  },
  {
    key: 'naro',
    kind: 'research_institute',
    name: [
      '農業・食品産業技術総合研究機構（農研機構）',
      'NARO, National Agriculture and Food Research Organization',
    ],
    websiteUrl: 'https://www.naro.go.jp/',
    phone: '029-838-8998',
  },
  {
    key: 'botanical-gardens',
    kind: 'research_institute',
    name: [
      '国立科学博物館 筑波実験植物園',
      'Tsukuba Botanical Garden, National Museum of Nature and Science',
    ],
    websiteUrl: 'https://www.kahaku.go.jp/institution/tsukuba/',
    phone: '029-851-5159',
  },
  {
    key: 'npo-multicultural',
    kind: 'npo',
    name: ['NPO法人 つくば多文化共生ネット', 'Tsukuba Multicultural Network (NPO)'],
    websiteUrl: null,
    phone: '029-896-4410',
  },
  {
    key: 'npo-parenting',
    kind: 'npo',
    name: ['NPO法人 つくば子育てひろば', 'Tsukuba Parenting Hiroba (NPO)'],
    websiteUrl: null,
    phone: '029-896-4420',
  },
  {
    key: 'npo-nature-school',
    kind: 'npo',
    name: ['NPO法人 筑波山麓自然学校', 'Mount Tsukuba Foothills Nature School (NPO)'],
    websiteUrl: null,
    phone: '029-866-4430',
  },
  {
    key: 'npo-digital-support',
    kind: 'npo',
    name: ['NPO法人 つくばシニアITサポート', 'Tsukuba Senior IT Support (NPO)'],
    websiteUrl: null,
    phone: '029-896-4440',
  },
  {
    key: 'company-tsukuba-digital',
    kind: 'company',
    name: ['株式会社つくばデジタルラボ', 'Tsukuba Digital Lab Co., Ltd.'],
    websiteUrl: null,
    phone: '029-896-4450',
  },
  {
    key: 'company-shokuiku',
    kind: 'company',
    name: ['株式会社つくば食と農の学校', 'Tsukuba School of Food and Farming Co., Ltd.'],
    websiteUrl: null,
    phone: '029-896-4460',
  },
  {
    key: 'group-local-history',
    kind: 'citizen_group',
    name: ['つくば郷土史研究会', 'Tsukuba Local History Society'],
    websiteUrl: null,
    phone: null,
  },
  {
    key: 'group-reading-aloud',
    kind: 'citizen_group',
    name: ['つくば朗読ボランティアの会', 'Tsukuba Reading-Aloud Volunteers'],
    websiteUrl: null,
    phone: null,
  },
  {
    key: 'group-go-shogi',
    kind: 'citizen_group',
    name: ['つくば囲碁・将棋クラブ', 'Tsukuba Go and Shogi Club'],
    websiteUrl: null,
    phone: null,
  },
];

export function buildOrganisations(): SeedOrganisation[] {
  const departments = CITY_DEPARTMENTS.map(([key, nameJa, nameEn]): SeedOrganisation => ({
    key,
    kind: 'city_department',
    nameJa: `つくば市 ${nameJa}`,
    nameEn: `Tsukuba City ${nameEn}`,
    websiteUrl: CITY_URL,
    phone: CITY_PHONE,
  }));
  const partners = PARTNERS.map((partner): SeedOrganisation => ({
    key: partner.key,
    kind: partner.kind,
    nameJa: partner.name[0],
    nameEn: partner.name[1],
    websiteUrl: partner.websiteUrl,
    phone: partner.phone,
  }));
  return [...departments, ...partners];
}
