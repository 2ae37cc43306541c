import { titleReading } from '../courses/title-reading';
import { japanDate, japanTime, japanWeekday, japanYear } from '../common/time/japan-time';
import {
  AUDIENCE_LABELS,
  type Audience,
  BOOKING_RULE_LABELS,
  type BookingRule,
  CATEGORY_LABELS,
  type Category,
  LIFE_STAGE_LABELS,
  type LifeStage,
  PAYMENT_METHOD_LABELS,
  type PaymentMethod,
} from '../reference/reference-data';
import { csvRows } from '../rosters/roster-csv';

/**
 * The public catalogue as the national recommended dataset 「イベント一覧」 (自治体標準オープン
 * データセット): one row per course, every column of the format in its order, Japanese values.
 * Plain functions, no I/O; the rows come from OpendataRepository.
 */

/** Tsukuba City's local government code (全国地方公共団体コード, with its check digit). */
export const MUNICIPALITY_CODE = '082201';
export const PREFECTURE_NAME = '茨城県';
export const MUNICIPALITY_NAME = 'つくば市';

export const LICENCE = {
  name: 'クリエイティブ・コモンズ 表示 4.0 国際 (CC BY 4.0)',
  nameEn: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
  url: 'https://creativecommons.org/licenses/by/4.0/deed.ja',
  attribution: '出典：つくば市 生涯学習講座（tsumugu）',
} as const;

/** One course as an event of the dataset, its fields named in English (the JSON's keys). */
export interface OpenEvent {
  municipalityCode: string;
  no: number;
  prefectureName: string;
  municipalityName: string;
  name: string;
  nameKana: string;
  nameEn: string;
  startDate: string;
  endDate: string;
  startTime: string;
  endTime: string;
  scheduleNote: string;
  description: string;
  feeBasic: string;
  feeDetail: string;
  contactName: string;
  contactPhone: string;
  contactExtension: string;
  organiser: string;
  placeName: string;
  address: string;
  addressDetail: string;
  latitude: string;
  longitude: string;
  access: string;
  parking: string;
  capacity: number;
  applicationEndDate: string;
  applicationEndTime: string;
  applicationMethod: string;
  url: string;
  note: string;
  /** Beyond the format: the course's id, for the API's users. */
  courseId: string;
}

/**
 * The format's columns in its order, each with the OpenEvent field it shows; `required` marks the
 * columns the format makes mandatory (必須).
 */
export const EVENT_LIST_COLUMNS: readonly {
  header: string;
  field: Exclude<keyof OpenEvent, 'courseId'>;
  required: boolean;
}[] = [
  { header: '都道府県コード又は市区町村コード', field: 'municipalityCode', required: false },
  { header: 'NO', field: 'no', required: false },
  { header: '都道府県名', field: 'prefectureName', required: false },
  { header: '市区町村名', field: 'municipalityName', required: false },
  { header: 'イベント名', field: 'name', required: true },
  { header: 'イベント名_カナ', field: 'nameKana', required: true },
  { header: 'イベント名_英語', field: 'nameEn', required: false },
  { header: '開始日', field: 'startDate', required: true },
  { header: '終了日', field: 'endDate', required: true },
  { header: '開始時間', field: 'startTime', required: true },
  { header: '終了時間', field: 'endTime', required: true },
  { header: '開始日時特記事項', field: 'scheduleNote', required: false },
  { header: '説明', field: 'description', required: true },
  { header: '料金(基本)', field: 'feeBasic', required: false },
  { header: '料金(詳細)', field: 'feeDetail', required: false },
  { header: '連絡先名称', field: 'contactName', required: false },
  { header: '連絡先電話番号', field: 'contactPhone', required: false },
  { header: '連絡先内線番号', field: 'contactExtension', required: false },
  { header: '主催者', field: 'organiser', required: false },
  { header: '場所名称', field: 'placeName', required: true },
  { header: '住所', field: 'address', required: true },
  { header: '方書', field: 'addressDetail', required: false },
  { header: '緯度', field: 'latitude', required: false },
  { header: '経度', field: 'longitude', required: false },
  { header: 'アクセス方法', field: 'access', required: false },
  { header: '駐車場情報', field: 'parking', required: false },
  { header: '定員', field: 'capacity', required: false },
  { header: '参加申込終了日', field: 'applicationEndDate', required: false },
  { header: '参加申込終了時間', field: 'applicationEndTime', required: false },
  { header: '参加申込方法', field: 'applicationMethod', required: false },
  { header: 'URL', field: 'url', required: false },
  { header: '備考', field: 'note', required: false },
];

/** One scheduled session of a course, where it is held. */
export interface OpenEventSession {
  startsAt: string;
  endsAt: string;
  facilityNameJa: string;
  addressJa: string;
  roomNameJa: string;
  latitude: string;
  longitude: string;
  accessJa: string;
  parkingJa: string;
}

/** A published course as OpendataRepository.events reads it (sessions in time order, ≥ 1). */
export interface OpenEventSource {
  courseId: string;
  titleJa: string;
  titleKana: string;
  titleEn: string;
  summaryJa: string;
  descriptionJa: string;
  lifeStages: LifeStage[];
  category: Category;
  targetAgeMin: number | null;
  targetAgeMax: number | null;
  audience: Audience;
  childcareOffered: boolean;
  feeYen: number;
  paymentMethod: PaymentMethod;
  paymentNoteJa: string;
  capacity: number;
  bookingRule: BookingRule;
  applicationClosesAt: string;
  organisationNameJa: string;
  organisationPhone: string | null;
  sessions: OpenEventSession[];
}

const WEEKDAYS_JA = ['日', '月', '火', '水', '木', '金', '土'];

/** 「2027年6月5日（土）」, the year only when asked. */
function dateJa(instant: string, withYear: boolean): string {
  const [year, month, day] = japanDate(instant).split('-').map(Number);
  const weekday = WEEKDAYS_JA[japanWeekday(instant)];
  return `${withYear ? `${year}年` : ''}${month}月${day}日（${weekday}）`;
}

/**
 * The dates beyond the first row's one day: 「全8回：2027年6月5日（土）10:00〜11:30、6月12日（土）…」,
 * each with its place when the course moves between places. One session: nothing to add.
 */
function scheduleNote(sessions: readonly OpenEventSession[]): string {
  if (sessions.length < 2) return '';
  const places = new Set(sessions.map((session) => session.facilityNameJa));
  let lastYear = 0;
  const parts = sessions.map((session) => {
    const year = japanYear(session.startsAt);
    const text =
      `${dateJa(session.startsAt, year !== lastYear)}` +
      `${japanTime(session.startsAt)}〜${japanTime(session.endsAt)}` +
      (places.size > 1 ? `（${session.facilityNameJa}）` : '');
    lastYear = year;
    return text;
  });
  return `全${sessions.length}回：${parts.join('、')}`;
}

/** 「茨城県つくば市…」: the format wants the address from the prefecture on. */
function fullAddress(address: string): string {
  return address.startsWith(PREFECTURE_NAME) ? address : `${PREFECTURE_NAME}${address}`;
}

function ages(source: OpenEventSource): string {
  const { targetAgeMin: min, targetAgeMax: max } = source;
  if (min === null && max === null) return '';
  if (min !== null && max !== null) return `${min}〜${max}歳`;
  return min !== null ? `${min}歳以上` : `${max}歳以下`;
}

function note(source: OpenEventSource): string {
  const stages = source.lifeStages.map((stage) => LIFE_STAGE_LABELS[stage].ja).join('・');
  const age = ages(source);
  return [
    `分野：${CATEGORY_LABELS[source.category].ja}`,
    `対象：${stages}${age ? `（${age}）` : ''}、${AUDIENCE_LABELS[source.audience].ja}`,
    ...(source.childcareOffered ? ['保育あり（要申込）'] : []),
  ].join('。');
}

/** One course as a row of the dataset; `no` is its place in the file (from 1). */
export function openEvent(source: OpenEventSource, no: number, publicUrl: string): OpenEvent {
  const first = source.sessions[0];
  const last = source.sessions[source.sessions.length - 1];
  const description = [source.summaryJa, source.descriptionJa]
    .map((text) => text.trim())
    .filter((text, index, all) => text !== '' && all.indexOf(text) === index)
    .join('\n');
  const paid = source.feeYen > 0;
  return {
    municipalityCode: MUNICIPALITY_CODE,
    no,
    prefectureName: PREFECTURE_NAME,
    municipalityName: MUNICIPALITY_NAME,
    name: source.titleJa,
    nameKana: titleReading(source.titleJa, source.titleKana),
    nameEn: source.titleEn,
    startDate: japanDate(first.startsAt),
    endDate: japanDate(last.startsAt),
    startTime: japanTime(first.startsAt),
    endTime: japanTime(first.endsAt),
    scheduleNote: scheduleNote(source.sessions),
    description: description || source.titleJa,
    feeBasic: paid ? `${source.feeYen.toLocaleString('ja-JP')}円` : '無料',
    feeDetail: paid
      ? [PAYMENT_METHOD_LABELS[source.paymentMethod].ja, source.paymentNoteJa.trim()]
          .filter(Boolean)
          .join('。')
      : '',
    contactName: source.organisationNameJa,
    contactPhone: source.organisationPhone ?? '',
    contactExtension: '',
    organiser: source.organisationNameJa,
    placeName: first.facilityNameJa,
    address: fullAddress(first.addressJa),
    addressDetail: first.roomNameJa,
    latitude: first.latitude,
    longitude: first.longitude,
    access: first.accessJa,
    parking: first.parkingJa,
    capacity: source.capacity,
    applicationEndDate: japanDate(source.applicationClosesAt),
    applicationEndTime: japanTime(source.applicationClosesAt),
    applicationMethod: `つくば市生涯学習講座予約（tsumugu）のこの講座のページから申し込み（${BOOKING_RULE_LABELS[source.bookingRule].ja}）`,
    url: `${publicUrl}/courses/${source.courseId}`,
    note: note(source),
    courseId: source.courseId,
  };
}

/** The dataset as a CSV file: UTF-8 with a BOM, CRLF, RFC 4180 quoting, the header row first. */
export function eventListCsv(events: readonly OpenEvent[]): string {
  return csvRows([
    EVENT_LIST_COLUMNS.map((column) => column.header),
    ...events.map((event) => EVENT_LIST_COLUMNS.map((column) => event[column.field])),
  ]);
}
