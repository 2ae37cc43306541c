import { splitKeywords } from './keywords';

describe('splitKeywords', () => {
  it('returns nothing for an empty query', () => {
    expect(splitKeywords(undefined)).toEqual([]);
    expect(splitKeywords('   ')).toEqual([]);
  });

  it('splits on half- and full-width spaces', () => {
    expect(splitKeywords('スマホ　教室  初心者')).toEqual(['スマホ', '教室', '初心者']);
  });

  it('turns full-width letters into half-width ones', () => {
    expect(splitKeywords('ＡＢＣ')).toEqual(['ABC']);
  });

  it('keeps at most five words', () => {
    expect(splitKeywords('a b c d e f g')).toHaveLength(5);
  });
});
