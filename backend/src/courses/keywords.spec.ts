import { MAX_KEYWORDS, splitKeywords } from './keywords';

describe('splitKeywords', () => {
  it('returns nothing for an empty query', () => {
    expect(splitKeywords(undefined)).toEqual([]);
    expect(splitKeywords('')).toEqual([]);
    expect(splitKeywords('  \u3000 ')).toEqual([]);
  });

  it('splits on half- and full-width spaces', () => {
    expect(splitKeywords('スマホ\u3000教室  初心者')).toEqual(['スマホ', '教室', '初心者']);
  });

  it('turns full-width letters and half-width katakana into their usual forms', () => {
    expect(splitKeywords('ＡＢＣ ｽﾏﾎ')).toEqual(['ABC', 'スマホ']);
  });

  it('treats control characters as spaces, so that none reaches the database', () => {
    expect(splitKeywords('料理\u0000教室\u0007')).toEqual(['料理', '教室']);
  });

  it('counts a repeated word once and keeps at most five words', () => {
    expect(splitKeywords('a a b')).toEqual(['a', 'b']);
    expect(splitKeywords('a b c d e f g')).toHaveLength(MAX_KEYWORDS);
  });
});
