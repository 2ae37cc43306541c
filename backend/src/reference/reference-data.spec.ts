import {
  BASIC_POLICY_LABELS,
  PILLAR_LABELS,
  PRIORITY_PROJECT_LABELS,
  PRIORITY_PROJECTS,
} from './reference-data';

/**
 * The plan's titles exactly as 第2次つくば市生涯学習推進基本計画（概要版） prints them: the
 * evaluation sheets and exports speak the plan's language, so a paraphrase is a defect.
 */
describe("the plan's own words", () => {
  it('names the five pillars (施策の柱) as the plan does', () => {
    expect(Object.values(PILLAR_LABELS).map((label) => label.ja)).toEqual([
      '個人の自立に向けた学習機会の提供',
      '生涯学習環境の整備',
      '生涯学習関連施設の充実',
      '絆づくりと地域づくりに向けた学習機会の提供',
      '生涯学習推進体制の強化',
    ]);
  });

  it('names the four basic policies (基本方針) and their aims as the plan does', () => {
    expect(Object.values(BASIC_POLICY_LABELS).map((label) => [label.ja, label.aimJa])).toEqual([
      ['市民の自主性・主体性の尊重', '個人や地域住民の自立に向けた意識（自助）を高める'],
      ['市民と行政のパートナーシップ', '協働による地域づくりの実践（共助）にむすびつける'],
      [
        '地域の歴史・文化の継承と創造',
        '地域資源を掘り出し活用することで更なる新たな価値を創造する',
      ],
      [
        '多様な主体とのネットワーク',
        '庁内の関係各課はもとより，大学や研究機関，民間団体等との連携・協働を推進しネットワークを構築する',
      ],
    ]);
  });

  it('names the five priority projects (重点事業) in the plan’s order', () => {
    expect(PRIORITY_PROJECTS.map((code) => PRIORITY_PROJECT_LABELS[code].ja)).toEqual([
      'ライフステージに応じた学習機会の提供',
      '学習成果を活かす支援と指導者の養成',
      '市民同士が交流できる施設の充実',
      '絆づくりと地域づくりにつながる学習機会の提供',
      '多様な主体とのネットワーク行政の推進',
    ]);
  });

  it('gives every title an English translation', () => {
    for (const label of [
      ...Object.values(PILLAR_LABELS),
      ...Object.values(BASIC_POLICY_LABELS),
      ...Object.values(PRIORITY_PROJECT_LABELS),
    ]) {
      expect(label.en).toMatch(/^[A-Z][^\u3000-\u9fff]+$/);
    }
  });
});
