import { EVENT_LIST_COLUMNS, eventListCsv, openEvent, type OpenEventSource } from './event-list';

const place = (facilityNameJa: string) => ({
  facilityNameJa,
  addressJa: 'つくば市吾妻1-10-1',
  roomNameJa: '和室',
  latitude: '36.083500',
  longitude: '140.111400',
  accessJa: 'つくば駅から徒歩5分',
  parkingJa: '20台',
});

const source = (overrides: Partial<OpenEventSource> = {}): OpenEventSource => ({
  courseId: '00000000-0000-4000-8000-000000000001',
  titleJa: '書道入門',
  titleKana: '',
  titleEn: 'Calligraphy',
  summaryJa: '筆の持ち方から。',
  descriptionJa: '楷書の基本を学びます。',
  lifeStages: ['seniors', 'career'],
  category: 'arts_culture',
  targetAgeMin: 60,
  targetAgeMax: null,
  audience: 'residents_first',
  childcareOffered: false,
  feeYen: 0,
  paymentMethod: 'at_door',
  paymentNoteJa: '',
  capacity: 12,
  bookingRule: 'lottery',
  applicationClosesAt: '2027-12-20T08:00:00.000Z',
  organisationNameJa: '筑穂書道の会',
  organisationPhone: null,
  sessions: [
    // 28 December and, across the new year, 4 January (Japan time), the second elsewhere.
    {
      startsAt: '2027-12-28T01:00:00.000Z',
      endsAt: '2027-12-28T02:30:00.000Z',
      ...place('吾妻交流センター'),
    },
    {
      startsAt: '2028-01-04T05:00:00.000Z',
      endsAt: '2028-01-04T07:00:00.000Z',
      ...place('竹園交流センター'),
    },
  ],
  ...overrides,
});

describe('イベント一覧 rows', () => {
  it('spells out a course of several sessions across a new year and two places', () => {
    const row = openEvent(source(), 3, 'https://tsumugu.example');
    expect(row).toMatchObject({
      no: 3,
      startDate: '2027-12-28',
      endDate: '2028-01-04',
      startTime: '10:00',
      endTime: '11:30',
      scheduleNote:
        '全2回：2027年12月28日（火）10:00〜11:30（吾妻交流センター）、2028年1月4日（火）14:00〜16:00（竹園交流センター）',
      placeName: '吾妻交流センター',
      address: '茨城県つくば市吾妻1-10-1',
      feeBasic: '無料',
      feeDetail: '',
      contactPhone: '',
      applicationEndDate: '2027-12-20',
      applicationEndTime: '17:00',
      url: 'https://tsumugu.example/courses/00000000-0000-4000-8000-000000000001',
      description: '筆の持ち方から。\n楷書の基本を学びます。',
      note: '分野：芸術・文化・趣味。対象：シニア・仕事・キャリア（60歳以上）、市内在住・在勤・在学の方を優先',
    });
    expect(row.applicationMethod).toContain('（抽選）');
  });

  it('fills the reading from a kana title when none is stored, and writes fees as a city does', () => {
    const row = openEvent(
      source({
        titleJa: 'はじめての ヨガ！',
        feeYen: 1500,
        paymentMethod: 'in_advance',
        paymentNoteJa: '初回に窓口でお支払いください',
        childcareOffered: true,
        sessions: [source().sessions[0]],
      }),
      1,
      'https://tsumugu.example',
    );
    expect(row).toMatchObject({
      nameKana: 'ハジメテノ ヨガ',
      feeBasic: '1,500円',
      feeDetail: '事前に支払い。初回に窓口でお支払いください',
      scheduleNote: '',
    });
    expect(row.note).toContain('保育あり（要申込）');
  });

  it('writes the header and each row in the format’s column order', () => {
    const csv = eventListCsv([openEvent(source(), 1, 'https://tsumugu.example')]);
    expect(
      csv.startsWith('\uFEFF都道府県コード又は市区町村コード,NO,都道府県名,市区町村名,イベント名,'),
    ).toBe(true);
    const [, first] = csv.slice(1).split('\r\n');
    expect(
      first.startsWith(
        '082201,1,茨城県,つくば市,書道入門,,Calligraphy,2027-12-28,2028-01-04,10:00,11:30,',
      ),
    ).toBe(true);
    expect(EVENT_LIST_COLUMNS).toHaveLength(32);
  });
});
