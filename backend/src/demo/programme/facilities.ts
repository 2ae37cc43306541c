/**
 * Where courses happen: the 16 community centres (地域交流センター), the city's halls and
 * library, and two partner campuses. Rooms are described by kind so that course templates
 * can ask for "a cooking room" without knowing which centre has one.
 */
import type { FacilityKind, RoomEquipment } from '../../reference/reference-data';
import type { SeedFacility, SeedRoom } from '../seed-plan';
import type { Bilingual } from './course-template';
import { COMMUNITY_CENTRES, type CentreSpec } from './facilities-centres';

export const ROOM_KINDS = [
  'washitsu',
  'kenshu',
  'shichokaku',
  'chori',
  'kaigi',
  'tamokuteki',
  'kogei',
  'ongaku',
  'shukai',
  'ohanashi',
  'hall',
  'arena',
  'kogi',
  'jikken',
] as const;
export type RoomKind = (typeof ROOM_KINDS)[number];

interface RoomType {
  name: Bilingual;
  capacity: number;
  feePer30MinYen: number;
  equipment: RoomEquipment[];
  hearingLoop: boolean;
}

/** Typical sizes and fees: those of 大穂 (和室 150円/17人, 研修室 310円/67人, ...) for the first four. */
const ROOM_TYPES: Record<RoomKind, RoomType> = {
  washitsu: room(['和室', 'Japanese-style room'], 17, 150, ['tatami']),
  kenshu: room(['研修室', 'Training room'], 67, 310, ['whiteboard', 'projector', 'screen', 'wifi']),
  shichokaku: room(['視聴覚室', 'Audio-visual room'], 98, 410, [
    'projector',
    'screen',
    'microphone',
    'sound_system',
    'wifi',
  ]),
  chori: room(['調理室', 'Cooking room'], 30, 260, ['kitchen', 'sink', 'whiteboard']),
  kaigi: room(['会議室', 'Meeting room'], 24, 200, ['whiteboard', 'wifi']),
  tamokuteki: room(['多目的ホール', 'Multipurpose hall'], 120, 620, [
    'microphone',
    'sound_system',
    'mirror',
    'piano',
  ]),
  kogei: room(['工芸室', 'Craft room'], 24, 220, ['sink', 'kiln', 'whiteboard']),
  ongaku: room(['音楽室', 'Music room'], 30, 260, ['piano', 'sound_system', 'mirror']),
  shukai: room(['集会室', 'Assembly room'], 60, 300, ['whiteboard', 'projector', 'screen', 'wifi']),
  ohanashi: room(['おはなしのへや', "Children's story room"], 30, 0, ['tatami']),
  hall: room(['ホール', 'Hall'], 400, 2500, ['microphone', 'sound_system', 'piano', 'screen']),
  arena: room(['アリーナ', 'Sports arena'], 300, 1800, ['microphone', 'sound_system']),
  kogi: room(['講義室', 'Lecture room'], 120, 0, ['projector', 'screen', 'microphone', 'wifi']),
  jikken: room(['実験室', 'Laboratory'], 40, 0, ['sink', 'projector', 'screen', 'wifi']),
};

function room(
  name: Bilingual,
  capacity: number,
  feePer30MinYen: number,
  equipment: RoomEquipment[],
): RoomType {
  const hearingLoop = equipment.includes('sound_system') || equipment.includes('microphone');
  return { name, capacity, feePer30MinYen, equipment, hearingLoop };
}

/** [kind, floor, capacity override, name override] */
export type RoomSpec = readonly [RoomKind, number, number?, Bilingual?];

/**
 * Builds a facility's rooms, numbering rooms of the same kind (和室1, 和室2). Older centres
 * have no lift, so only their ground floor is reachable by wheelchair; tatami rooms have a
 * raised step and never are.
 */
export function buildRooms(specs: readonly RoomSpec[], hasLift: boolean): SeedRoom[] {
  const countOf = (kind: RoomKind) => specs.filter(([k]) => k === kind).length;
  const seen = new Map<RoomKind, number>();
  return specs.map(([kind, floor, capacity, name]) => {
    const type = ROOM_TYPES[kind];
    const number = (seen.get(kind) ?? 0) + 1;
    seen.set(kind, number);
    const numbered = countOf(kind) > 1;
    const [nameJa, nameEn] = name ?? type.name;
    return {
      key: `${kind}-${number}`,
      nameJa: numbered && !name ? `${nameJa}${number}` : nameJa,
      nameEn: numbered && !name ? `${nameEn} ${number}` : nameEn,
      capacity: capacity ?? type.capacity,
      feePer30MinYen: type.feePer30MinYen,
      equipment: [...type.equipment],
      wheelchairAccessible: kind !== 'washitsu' && (hasLift || floor === 1),
      hearingLoop: type.hearingLoop && hasLift,
      floor,
    };
  });
}

/** A room's kind is the part of its key before the number: 'chori-1' is a cooking room. */
export function roomKindOf(roomKey: string): RoomKind {
  return roomKey.slice(0, roomKey.lastIndexOf('-')) as RoomKind;
}

const YEAR_END_JA = '12月29日〜1月3日';
const YEAR_END_EN = '29 December to 3 January';

export interface VenueSpec {
  key: string;
  kind: FacilityKind;
  name: Bilingual;
  postalCode: string;
  address: Bilingual;
  phone: string;
  latitude: number;
  longitude: number;
  access: Bilingual;
  parking: Bilingual;
  hours?: readonly [string, string];
  rooms: readonly RoomSpec[];
}

function facility(spec: VenueSpec): SeedFacility {
  const [opensAt, closesAt] = spec.hours ?? ['09:00', '22:00'];
  return {
    key: spec.key,
    kind: spec.kind,
    nameJa: spec.name[0],
    nameEn: spec.name[1],
    postalCode: spec.postalCode,
    addressJa: spec.address[0],
    addressEn: spec.address[1],
    phone: spec.phone,
    latitude: spec.latitude,
    longitude: spec.longitude,
    accessJa: spec.access[0],
    accessEn: spec.access[1],
    parkingJa: spec.parking[0],
    parkingEn: spec.parking[1],
    opensAt,
    closesAt,
    closedNoteJa: YEAR_END_JA,
    closedNoteEn: YEAR_END_EN,
    // Halls, the library and the campuses are modern buildings with lifts.
    rooms: buildRooms(spec.rooms, true),
  };
}

const OTHER_VENUES: readonly VenueSpec[] = [
  {
    key: 'city-hall',
    kind: 'city_office',
    name: ['つくば市役所 コミュニティ棟', 'Tsukuba City Hall, Community Wing'],
    postalCode: '305-8555',
    address: ['つくば市研究学園1-1-1', '1-1-1 Kenkyu-Gakuen, Tsukuba'],
    phone: '029-883-1111',
    latitude: 36.0827,
    longitude: 140.0766,
    access: [
      'つくばエクスプレス研究学園駅から徒歩約5分。つくバス「つくば市役所」下車すぐ。',
      'About 5 minutes on foot from Kenkyu-Gakuen Station (Tsukuba Express); the Tsukubus stop "Tsukuba City Hall" is at the door.',
    ],
    parking: [
      '市役所来庁者駐車場（無料）をご利用ください。',
      'Free visitor car park at City Hall.',
    ],
    rooms: [
      ['kaigi', 1, 60],
      ['kaigi', 1, 36],
      ['kaigi', 2, 36],
      ['kaigi', 2, 24],
      ['kaigi', 2, 24],
      ['kaigi', 2, 18],
    ],
  },
  {
    key: 'ars',
    kind: 'cultural_hall',
    name: ['つくば文化会館アルス', 'Tsukuba Cultural Hall ARS'],
    postalCode: '305-0031',
    address: ['つくば市吾妻2-8', '2-8 Azuma, Tsukuba'],
    phone: '029-856-7007',
    latitude: 36.0849,
    longitude: 140.1107,
    access: [
      'つくば駅A3出口から徒歩約5分（中央図書館と同じ建物です）。',
      'About 5 minutes on foot from Tsukuba Station, exit A3 (same building as the Central Library).',
    ],
    parking: [
      '専用駐車場はありません。つくばセンター周辺の有料駐車場をご利用ください。',
      'No parking of its own; use the pay car parks around Tsukuba Center.',
    ],
    rooms: [
      ['hall', 1, 280, ['アルスホール', 'ARS Hall']],
      ['shukai', 2, 60],
      ['kogei', 2, 24, ['アトリエ', 'Atelier']],
    ],
  },
  {
    key: 'central-library',
    kind: 'library',
    name: ['つくば市立中央図書館', 'Tsukuba Central Library'],
    postalCode: '305-0031',
    address: ['つくば市吾妻2-8', '2-8 Azuma, Tsukuba'],
    phone: '029-856-4300',
    latitude: 36.0851,
    longitude: 140.1109,
    access: [
      'つくば駅A3出口から徒歩約5分。つくば文化会館アルスの1・2階です。',
      'About 5 minutes on foot from Tsukuba Station, exit A3; on the first and second floors of ARS.',
    ],
    parking: [
      'つくばセンター周辺の有料駐車場をご利用ください（図書館利用で2時間無料）。',
      'Pay car parks around Tsukuba Center; two hours free for library users.',
    ],
    hours: ['09:30', '19:00'],
    rooms: [
      ['shichokaku', 2, 80],
      ['shukai', 2, 40],
      ['ohanashi', 1, 30],
    ],
  },
  {
    key: 'capio',
    kind: 'cultural_hall',
    name: ['つくばカピオ', 'Tsukuba Capio'],
    postalCode: '305-0032',
    address: ['つくば市竹園1-10-1', '1-10-1 Takezono, Tsukuba'],
    phone: '029-851-2886',
    latitude: 36.0815,
    longitude: 140.1128,
    access: [
      'つくば駅A4出口から徒歩約7分。',
      'About 7 minutes on foot from Tsukuba Station, exit A4.',
    ],
    parking: ['竹園公園駐車場（有料）をご利用ください。', 'Takezono Park pay car park.'],
    rooms: [
      ['hall', 2, 500, ['カピオホール', 'Capio Hall']],
      ['arena', 1, 300],
      ['kaigi', 2, 40],
      ['kaigi', 2, 30],
    ],
  },
  {
    key: 'nova-hall',
    kind: 'cultural_hall',
    name: ['ノバホール', 'Nova Hall'],
    postalCode: '305-0031',
    address: ['つくば市吾妻1-10-1', '1-10-1 Azuma, Tsukuba'],
    phone: '029-852-5881',
    latitude: 36.0826,
    longitude: 140.1113,
    access: [
      'つくば駅A3出口から徒歩約3分。',
      'About 3 minutes on foot from Tsukuba Station, exit A3.',
    ],
    parking: ['つくばセンター駐車場（有料）をご利用ください。', 'Tsukuba Center pay car park.'],
    rooms: [
      ['hall', 1, 1000, ['大ホール', 'Main hall']],
      ['hall', 2, 100, ['小ホール', 'Small hall']],
    ],
  },
  {
    key: 'yatabe-hall',
    kind: 'cultural_hall',
    name: ['市民ホールやたべ', 'Civic Hall Yatabe'],
    postalCode: '305-0861',
    address: ['つくば市谷田部4711', '4711 Yatabe, Tsukuba'],
    phone: '029-836-1111',
    latitude: 36.0205,
    longitude: 140.0668,
    access: [
      'つくバス南部シャトル「谷田部庁舎」下車、徒歩約3分。みどりの駅から車で約10分。',
      'Tsukubus Southern Shuttle to "Yatabe Chosha", then 3 minutes on foot; about 10 minutes by car from Midorino Station.',
    ],
    parking: ['無料駐車場 200台', 'Free car park, 200 spaces'],
    rooms: [
      ['hall', 1, 400],
      ['kenshu', 2, 50],
      ['washitsu', 2, 20],
      ['ongaku', 1, 30, ['リハーサル室', 'Rehearsal room']],
    ],
  },
  {
    key: 'epochal',
    kind: 'conference_centre',
    name: ['つくば国際会議場', 'Tsukuba International Congress Center (Epochal Tsukuba)'],
    postalCode: '305-0032',
    address: ['つくば市竹園2-20-3', '2-20-3 Takezono, Tsukuba'],
    phone: '029-861-0001',
    latitude: 36.0803,
    longitude: 140.1154,
    access: [
      'つくば駅A4出口から徒歩約10分。つくバス「つくば国際会議場」下車すぐ。',
      'About 10 minutes on foot from Tsukuba Station, exit A4; Tsukubus stop "Epochal Tsukuba" at the door.',
    ],
    parking: ['有料駐車場 約150台', 'Pay car park, about 150 spaces'],
    rooms: [
      ['hall', 1, 1258, ['大ホール', 'Main hall']],
      ['kaigi', 3, 200, ['中ホール', 'Medium hall']],
      ['kaigi', 4, 40, ['中会議室', 'Conference room']],
    ],
  },
  {
    key: 'university-of-tsukuba',
    kind: 'partner_campus',
    name: ['筑波大学 筑波キャンパス', 'University of Tsukuba, Tsukuba Campus'],
    postalCode: '305-8577',
    address: ['つくば市天王台1-1-1', '1-1-1 Tennodai, Tsukuba'],
    phone: '029-853-2111',
    latitude: 36.1105,
    longitude: 140.1006,
    access: [
      'つくば駅から関東鉄道バス「筑波大学循環」で約10分、「大学会館前」下車。',
      'Kanto Railway bus "University of Tsukuba Loop" from Tsukuba Station, about 10 minutes, to "Daigaku Kaikan-mae".',
    ],
    parking: [
      '構内に来訪者用駐車場があります（受付で入構証をお受け取りください）。',
      'Visitor parking on campus; collect a pass at the gate.',
    ],
    hours: ['09:00', '18:00'],
    rooms: [
      ['kogi', 2, 120],
      ['jikken', 1, 40],
      ['kaigi', 3, 30, ['セミナー室', 'Seminar room']],
    ],
  },
  {
    key: 'kek',
    kind: 'partner_campus',
    name: [
      '高エネルギー加速器研究機構（KEK）',
      'KEK High Energy Accelerator Research Organization',
    ],
    postalCode: '305-0801',
    address: ['つくば市大穂1-1', '1-1 Oho, Tsukuba'],
    phone: '029-879-6047',
    latitude: 36.1496,
    longitude: 140.0756,
    access: [
      'つくば駅から関東鉄道バス「下妻駅」行き等で約20分、「高エネ研」下車。',
      'About 20 minutes by Kanto Railway bus from Tsukuba Station (e.g. towards Shimotsuma) to "Kō-Ene-Ken".',
    ],
    parking: ['来訪者用駐車場（無料）', 'Free visitor car park'],
    hours: ['09:00', '17:00'],
    rooms: [
      ['kogi', 1, 80, ['コミュニケーションプラザ', 'Communication Plaza']],
      ['jikken', 1, 30],
    ],
  },
];

/** Community centres share their name pattern, hours and year-end closure. */
function communityCentre(spec: CentreSpec): SeedFacility {
  const built = facility({
    ...spec,
    kind: 'community_centre',
    name: [`${spec.name[0]}交流センター`, `${spec.name[1]} Community Centre`],
  });
  return { ...built, rooms: buildRooms(spec.rooms, spec.hasLift) };
}

export function buildFacilities(): SeedFacility[] {
  return [...COMMUNITY_CENTRES.map(communityCentre), ...OTHER_VENUES.map(facility)];
}
