/**
 * More courses for seniors: hobbies that become circles, computers for keeping in touch,
 * first steps into volunteering, and health of the mouth (a quiet cause of frailty).
 */
import type { CourseTemplate } from './course-template';

export const SENIOR_HOBBY_COURSES: readonly CourseTemplate[] = [
  {
    key: 'go-for-beginners',
    organisationKey: 'group-go-shogi',
    title: ['シニアのための囲碁入門', 'Go for beginners, for seniors'],
    summary: [
      '石の取り方から9路盤の対局まで、やさしく教えます。',
      'From capturing stones to games on a nine-by-nine board.',
    ],
    description: [
      '囲碁のルールを基礎から学び、小さな9路盤で実際に対局します。クラブの会員がマンツーマンで付き添うので、初めての方も安心です。修了後はクラブの例会に参加できます。',
      'Learn the rules of go from the beginning and play real games on a small nine-by-nine board, each beginner with a club member at their side. Afterwards you are welcome at the club’s regular meetings.',
    ],
    bring: ['特になし（碁盤・碁石は用意します）', 'Nothing needed (boards and stones provided)'],
    instructors: [['囲碁インストラクター 工藤 勝利', 'Katsutoshi Kudo, go instructor']],
    lifeStages: ['seniors'],
    category: 'arts_culture',
    pillar: 4,
    capacity: 20,
    sessions: 6,
    minutes: 120,
    times: ['afternoon'],
    roomKinds: ['washitsu', 'kaigi'],
    runs: 3,
  },
  {
    key: 'computer-seniors',
    organisationKey: 'npo-digital-support',
    title: [
      'シニアのパソコン入門 〜写真の整理とメール〜',
      'Computers for seniors: sorting photos and sending e-mail',
    ],
    summary: [
      'デジカメやスマホの写真をパソコンで整理し、メールで送ります。',
      'Sort photos from your camera or phone on a computer and send them by e-mail.',
    ],
    description: [
      'マウスとキーボードの操作から始め、写真の取り込みとフォルダでの整理、メールへの添付、ビデオ通話で孫と話す方法までを全4回で学びます。パソコンは会場で用意します。',
      'Starting with the mouse and keyboard, four sessions take you through importing photos, sorting them into folders, attaching them to e-mails and video calls with the grandchildren. Computers are provided.',
    ],
    bring: [
      '写真の入ったスマートフォンまたはSDカード（お持ちの方）、老眼鏡',
      'A phone or SD card with photos, if you have one; reading glasses',
    ],
    instructors: [
      ['つくばシニアITサポート 講師 伊藤 京子', 'Kyoko Ito, Tsukuba Senior IT Support'],
    ],
    lifeStages: ['seniors'],
    category: 'digital',
    pillar: 1,
    ageMin: 60,
    capacity: 16,
    sessions: 4,
    minutes: 120,
    times: ['morning'],
    roomKinds: ['kaigi', 'kenshu'],
    runs: 3,
  },
  {
    key: 'senior-community-debut',
    organisationKey: 'civic-activities',
    title: [
      'シニアの地域デビュー講座 〜ボランティアを始めよう〜',
      'Your community debut: starting to volunteer after retirement',
    ],
    summary: [
      '退職後の経験を地域で生かす、ボランティア活動の始め方を学びます。',
      'Put a working life’s experience to use in the community.',
    ],
    description: [
      '市内で活動するボランティア団体やNPOの活動を紹介し、見守り活動、子ども食堂、通訳、環境保全など、自分に合った活動を見つけます。最終回は関心のある団体の活動を見学します。',
      'Meet the volunteer groups and NPOs active in the city, from neighbourhood watch and children’s cafeterias to interpreting and conservation, and find the one that suits you. The last session visits a group you choose.',
    ],
    bring: ['筆記用具', 'Something to write with'],
    instructors: [
      [
        'つくば市社会福祉協議会 ボランティアコーディネーター 井上 舞',
        'Mai Inoue, volunteer coordinator, Tsukuba Council of Social Welfare',
      ],
    ],
    lifeStages: ['seniors', 'all_ages'],
    category: 'community_volunteering',
    pillar: 4,
    capacity: 30,
    sessions: 3,
    minutes: 120,
    times: ['afternoon', 'morning'],
    roomKinds: ['kenshu', 'kaigi'],
    runs: 3,
  },
  {
    key: 'oral-health',
    organisationKey: 'long-term-care',
    title: [
      'いつまでも噛める口に 〜お口の健康講座〜',
      'Keep chewing for life: oral health for seniors',
    ],
    summary: [
      '歯科衛生士が、口の体操と正しい歯みがき、入れ歯の手入れを教えます。',
      'A dental hygienist on mouth exercises, brushing and denture care.',
    ],
    description: [
      '噛む力や飲み込む力の衰え（オーラルフレイル）は、全身の健康に関わります。歯科衛生士が口の体操、唾液腺マッサージ、正しい歯みがきと入れ歯の手入れを実演し、一緒に練習します。',
      'Weakening bite and swallow (oral frailty) affects the health of the whole body. A dental hygienist demonstrates mouth exercises, salivary-gland massage, brushing and denture care, and you practise together.',
    ],
    bring: ['歯ブラシ、手鏡、タオル', 'Toothbrush, hand mirror, towel'],
    instructors: [['歯科衛生士 柴田 明子', 'Akiko Shibata, dental hygienist']],
    lifeStages: ['seniors'],
    category: 'health_sports',
    pillar: 1,
    ageMin: 60,
    capacity: 30,
    sessions: 1,
    minutes: 90,
    times: ['morning', 'afternoon'],
    roomKinds: ['kenshu', 'washitsu'],
    runs: 3,
  },
  {
    key: 'pottery',
    organisationKey: 'culture',
    title: ['陶芸教室 〜手びねりで器づくり〜', 'Pottery: hand-building your own tableware'],
    summary: [
      '粘土をこねて器を形づくり、センターの窯で焼き上げます。',
      'Shape clay by hand and fire it in the centre’s kiln.',
    ],
    description: [
      '手びねりの技法で、湯のみや小鉢を作ります。1・2回目で成形、3回目に絵付けと釉薬がけを行い、4回目に焼き上がった作品を受け取ります。初めての方も歓迎です。',
      'Hand-build a tea cup or small bowl: shape it in the first two sessions, decorate and glaze it in the third, and collect your fired piece in the fourth. Beginners welcome.',
    ],
    bring: [
      'エプロン、タオル、汚れてもよい服装（材料費込み）',
      'Apron, towel, clothes that can get dirty (materials included)',
    ],
    instructors: [['陶芸家 望月 陶子', 'Toko Mochizuki, potter']],
    lifeStages: ['seniors', 'all_ages'],
    category: 'arts_culture',
    pillar: 4,
    feeYen: 2500,
    capacity: 15,
    sessions: 4,
    minutes: 150,
    times: ['morning', 'afternoon'],
    roomKinds: ['kogei'],
    lottery: true,
    runs: 4,
  },
];
