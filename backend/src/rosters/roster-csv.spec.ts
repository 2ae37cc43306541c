import type { RosterDto } from './dto/roster.dto';
import { contentDisposition, csvCell, csvRows, rosterCsv, rosterFileName } from './roster-csv';

function roster(overrides: Partial<RosterDto> = {}): RosterDto {
  return {
    course: {
      id: 'c',
      titleJa: 'スマホ講座',
      titleEn: 'Smartphones',
      capacity: 10,
      bookedCount: 4,
      childcareOffered: true,
      guardianRule: 'none',
    },
    session: {
      id: 's',
      // 10:00 on 3 December in Japan is 01:00 UTC the same day.
      startsAt: '2026-12-03T01:00:00.000Z',
      endsAt: '2026-12-03T03:00:00.000Z',
      status: 'scheduled',
      number: 1,
      facilityId: 'f',
      facilityNameJa: '吾妻交流センター',
      facilityNameEn: 'Azuma',
      roomNameJa: '和室',
      roomNameEn: 'Washitsu',
    },
    viewer: { kind: 'organiser', canSeeContacts: true, canMessage: true },
    entries: [
      {
        bookingId: 'b',
        code: 'K7M2-Q9XD',
        name: '佐藤 花子',
        nameKana: 'サトウ ハナコ',
        age: 41,
        bookerAttends: true,
        partySize: 3,
        childcareAges: [1, 3],
        companions: [
          { name: '佐藤 ひなた', age: 4 },
          { name: '佐藤 そら', age: 1 },
        ],
        phone: '+81-29-000-0000',
        email: 'hanako@example.jp',
        attendance: {
          status: 'late',
          checkedInAt: '2026-12-03T01:12:00.000Z',
          recordedAt: '2026-12-03T01:12:00.000Z',
          recordedByName: '受付',
        },
      },
    ],
    waitingList: { count: 0, people: 0, entries: [] },
    walkIns: [
      {
        id: 'w',
        name: '山田, "さくら"',
        partySize: 1,
        note: '見学\n次回申込予定',
        createdAt: '2026-12-03T00:58:00.000Z',
      },
    ],
    totals: {
      bookings: 1,
      people: 3,
      present: 0,
      late: 3,
      absent: 0,
      notYet: 0,
      walkIns: 1,
      childcare: 2,
    },
    ...overrides,
  };
}

describe('roster CSV', () => {
  it('guards cells that Excel would run as formulas with a leading apostrophe', () => {
    expect(csvCell('=SUM(A1:A9)')).toBe("'=SUM(A1:A9)");
    expect(csvCell('+81-29-000-0000')).toBe("'+81-29-000-0000");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@cmd')).toBe("'@cmd");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('佐藤')).toBe('佐藤');
    // Numbers are ours, not typed by a person.
    expect(csvCell(-1)).toBe('-1');
    expect(csvCell(null)).toBe('');
  });

  it('quotes commas, quotes and line breaks as RFC 4180 says', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('one\ntwo')).toBe('"one\ntwo"');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
  });

  it('starts with the UTF-8 byte-order mark and ends every record with CRLF', () => {
    const text = csvRows([
      ['a', 'b'],
      ['c', 1],
    ]);
    expect(text).toBe('\uFEFFa,b\r\nc,1\r\n');
    expect([...Buffer.from(text, 'utf8').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('writes bookings then walk-ins under Japanese headers, times in Japan time', () => {
    const lines = rosterCsv(roster()).slice(1).split('\r\n');
    expect(lines[0]).toBe(
      '区分,予約者,フリガナ,人数,参加者,保育,予約番号,出欠,受付時刻,電話番号,メールアドレス,備考',
    );
    expect(lines[1]).toBe(
      "予約,佐藤 花子,サトウ ハナコ,3,佐藤 花子（本人）、佐藤 ひなた（4歳）、佐藤 そら（1歳）,2人（1歳・3歳）,K7M2-Q9XD,遅刻,10:12,'+81-29-000-0000,hanako@example.jp,",
    );
    expect(lines[2]).toBe('当日参加,"山田, ""さくら""",,1,,,,出席,09:58,,,"見学\n次回申込予定"');
    expect(lines[3]).toBe('');
  });

  it('leaves out the contact columns for viewers who may not see them, and marks the not yet arrived', () => {
    const csv = rosterCsv(
      roster({
        viewer: { kind: 'facility_staff', canSeeContacts: false, canMessage: false },
        entries: [
          {
            ...roster().entries[0]!,
            bookerAttends: false,
            partySize: 2,
            childcareAges: [],
            attendance: null,
            phone: undefined,
            email: undefined,
          },
        ],
        walkIns: [],
      }),
    );
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('区分,予約者,フリガナ,人数,参加者,保育,予約番号,出欠,受付時刻,備考');
    expect(lines[1]).toBe(
      '予約,佐藤 花子,サトウ ハナコ,2,佐藤 ひなた（4歳）、佐藤 そら（1歳）,,K7M2-Q9XD,未受付,,',
    );
  });

  it('names the file by the Japan date and the title, with an ASCII fallback (RFC 5987)', () => {
    const name = rosterFileName(roster());
    expect(name).toEqual({
      ascii: 'roster-2026-12-03.csv',
      utf8: 'roster-2026-12-03-スマホ講座.csv',
    });
    expect(contentDisposition(name)).toBe(
      `attachment; filename="roster-2026-12-03.csv"; filename*=UTF-8''roster-2026-12-03-` +
        `${encodeURIComponent('スマホ講座')}.csv`,
    );
    // 23:30 UTC is already the next day in Japan; path and quote characters are not kept.
    const late = rosterFileName(
      roster({
        session: { ...roster().session, startsAt: '2026-12-02T23:30:00.000Z' },
        course: { ...roster().course, titleJa: 'A/B "講座" 入門  編' },
      }),
    );
    expect(late.utf8).toBe('roster-2026-12-03-A_B__講座__入門_編.csv');
    expect(contentDisposition(late)).not.toMatch(/[^\x20-\x7e]/);
  });
});
