import { ApiProperty } from '@nestjs/swagger';
import type { OpenEvent } from '../event-list';

/** One course as a row of the open dataset 「イベント一覧」, each field its column's value. */
export class OpenEventDto implements OpenEvent {
  @ApiProperty({ description: '都道府県コード又は市区町村コード: 082201 (Tsukuba City).' })
  municipalityCode: string;

  @ApiProperty({ type: 'integer', description: "NO: the row's place in the dataset, from 1." })
  no: number;

  @ApiProperty({ description: '都道府県名: 茨城県.' })
  prefectureName: string;

  @ApiProperty({ description: '市区町村名: つくば市.' })
  municipalityName: string;

  @ApiProperty({ description: 'イベント名: the course title in Japanese.' })
  name: string;

  @ApiProperty({ description: "イベント名_カナ: the title's reading in katakana." })
  nameKana: string;

  @ApiProperty({ description: 'イベント名_英語: the English title (empty when none).' })
  nameEn: string;

  @ApiProperty({ description: "開始日: the first session's Japan date, YYYY-MM-DD." })
  startDate: string;

  @ApiProperty({ description: "終了日: the last session's Japan date, YYYY-MM-DD." })
  endDate: string;

  @ApiProperty({ description: "開始時間: the first session's start, HH:MM (Japan time)." })
  startTime: string;

  @ApiProperty({ description: "終了時間: the first session's end, HH:MM (Japan time)." })
  endTime: string;

  @ApiProperty({
    description: "開始日時特記事項: every session's date and time when there are several.",
  })
  scheduleNote: string;

  @ApiProperty({ description: '説明: the summary and description in Japanese.' })
  description: string;

  @ApiProperty({ description: '料金(基本): 無料 or the fee in yen (e.g. 1,000円).' })
  feeBasic: string;

  @ApiProperty({ description: '料金(詳細): how the fee is paid.' })
  feeDetail: string;

  @ApiProperty({ description: '連絡先名称: the organiser.' })
  contactName: string;

  @ApiProperty({ description: "連絡先電話番号: the organiser's phone (empty when none)." })
  contactPhone: string;

  @ApiProperty({ description: '連絡先内線番号: always empty.' })
  contactExtension: string;

  @ApiProperty({ description: '主催者: the organising department, university or group.' })
  organiser: string;

  @ApiProperty({ description: '場所名称: where the first session is held.' })
  placeName: string;

  @ApiProperty({ description: "住所: that place's address from the prefecture on." })
  address: string;

  @ApiProperty({ description: '方書: the room.' })
  addressDetail: string;

  @ApiProperty({ description: "緯度: the place's latitude (WGS 84, decimal degrees)." })
  latitude: string;

  @ApiProperty({ description: "経度: the place's longitude (WGS 84, decimal degrees)." })
  longitude: string;

  @ApiProperty({ description: 'アクセス方法: how to get there.' })
  access: string;

  @ApiProperty({ description: '駐車場情報: parking at the place.' })
  parking: string;

  @ApiProperty({ type: 'integer', description: '定員: seats.' })
  capacity: number;

  @ApiProperty({ description: '参加申込終了日: the Japan date applications close, YYYY-MM-DD.' })
  applicationEndDate: string;

  @ApiProperty({ description: '参加申込終了時間: the time they close, HH:MM (Japan time).' })
  applicationEndTime: string;

  @ApiProperty({ description: '参加申込方法: how to apply (first come or lottery).' })
  applicationMethod: string;

  @ApiProperty({ description: "URL: the course's page." })
  url: string;

  @ApiProperty({ description: '備考: category, audience, ages, childcare.' })
  note: string;

  @ApiProperty({
    format: 'uuid',
    description: 'Beyond the format: the course (GET /api/courses/{id}).',
  })
  courseId: string;
}

export class OpenDataColumnDto {
  @ApiProperty({
    description: 'The column as the national format names it (e.g. イベント名_カナ).',
  })
  header: string;

  @ApiProperty({ description: 'The field of each item that holds it (e.g. nameKana).' })
  field: string;

  @ApiProperty({ description: 'Whether the format requires it (必須).' })
  required: boolean;
}

export class OpenDataLicenceDto {
  @ApiProperty({ example: 'クリエイティブ・コモンズ 表示 4.0 国際 (CC BY 4.0)' })
  name: string;

  @ApiProperty({ example: 'Creative Commons Attribution 4.0 International (CC BY 4.0)' })
  nameEn: string;

  @ApiProperty({ example: 'https://creativecommons.org/licenses/by/4.0/deed.ja' })
  url: string;

  @ApiProperty({ description: 'What to credit when reusing the data.' })
  attribution: string;
}

/** The dataset 「イベント一覧」 as JSON: the same rows as the CSV file, with what describes them. */
export class OpenEventListDto {
  @ApiProperty({ example: '082201' })
  municipalityCode: string;

  @ApiProperty({ type: OpenDataLicenceDto })
  licence: OpenDataLicenceDto;

  @ApiProperty({
    format: 'date-time',
    description: 'When the data last changed (also the Last-Modified header).',
  })
  lastModified: string;

  @ApiProperty({
    description:
      'The Japan date from which courses are listed: the start of the current fiscal year (courses with a session ending on or after it).',
    example: '2027-04-01',
  })
  from: string;

  @ApiProperty({ type: [OpenDataColumnDto], description: 'The CSV columns, in order.' })
  columns: OpenDataColumnDto[];

  @ApiProperty({ type: [OpenEventDto] })
  items: OpenEventDto[];
}
