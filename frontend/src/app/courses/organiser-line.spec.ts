import { organiserLine } from './organiser-line';

describe('organiserLine', () => {
  it('does not repeat what the name already says', () => {
    expect(organiserLine('NPO法人 つくば子育てひろば', 'npo', 'NPO法人', 'ja')).toBe(
      'NPO法人 つくば子育てひろば',
    );
    expect(
      organiserLine('Tsukuba Parenting Hiroba (NPO)', 'npo', 'Non-profit organisation', 'en'),
    ).toBe('Tsukuba Parenting Hiroba (NPO)');
    expect(organiserLine('国立大学法人 筑波大学', 'university', '大学', 'ja')).toBe(
      '国立大学法人 筑波大学',
    );
    expect(organiserLine('University of Tsukuba', 'university', 'University', 'en')).toBe(
      'University of Tsukuba',
    );
  });

  it('never shows the internal 「市の担当課」 on a public page: the city names itself', () => {
    expect(organiserLine('生涯学習推進課', 'city_department', '市の担当課', 'ja')).toBe(
      'つくば市 生涯学習推進課',
    );
    expect(
      organiserLine('Lifelong Learning Division', 'city_department', 'City department', 'en'),
    ).toBe('Tsukuba City Lifelong Learning Division');
    expect(organiserLine('つくば市 生涯学習推進課', 'city_department', '市の担当課', 'ja')).toBe(
      'つくば市 生涯学習推進課',
    );
    expect(
      organiserLine(
        'Tsukuba City Lifelong Learning Division',
        'city_department',
        'City department',
        'en',
      ),
    ).toBe('Tsukuba City Lifelong Learning Division');
  });

  it('keeps the kind where it tells the reader something', () => {
    expect(organiserLine('つくば囲碁・将棋クラブ', 'citizen_group', '市民団体', 'ja')).toBe(
      'つくば囲碁・将棋クラブ（市民団体）',
    );
    expect(organiserLine('Tsukuba Go and Shogi Club', 'citizen_group', 'Citizen group', 'en')).toBe(
      'Tsukuba Go and Shogi Club (Citizen group)',
    );
  });
});
