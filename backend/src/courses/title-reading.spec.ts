import {
  isKatakanaReading,
  normaliseReading,
  readingOfKanaTitle,
  titleReading,
} from './title-reading';

describe('title readings (よみがな)', () => {
  it('stores what an organiser types as full-width katakana with single spaces', () => {
    expect(normaliseReading('  しょどう にゅうもん ')).toBe('ショドウ ニュウモン');
    expect(normaliseReading('ｼﾆｱﾉ　　スマホ')).toBe('シニアノ スマホ');
    expect(normaliseReading('ぱぱ・まま')).toBe('パパ・ママ');
  });

  it('accepts katakana readings and refuses kanji, Latin letters and digits', () => {
    expect(isKatakanaReading('ショドウ ニュウモン')).toBe(true);
    expect(isKatakanaReading('')).toBe(true);
    expect(isKatakanaReading('書道')).toBe(false);
    expect(isKatakanaReading('Excel')).toBe(false);
    expect(isKatakanaReading('ボキ3キュウ')).toBe(false);
    expect(isKatakanaReading('ア'.repeat(201))).toBe(false);
  });

  it('reads a title written in kana by itself, and no other', () => {
    expect(readingOfKanaTitle('はじめてのヨガ')).toBe('ハジメテノヨガ');
    expect(readingOfKanaTitle('ボッチャで交流！')).toBeNull();
    expect(readingOfKanaTitle('やさしい えいご 〜はじめの一歩〜')).toBeNull();
    expect(readingOfKanaTitle('こどもえいご 〜うたとあそび〜')).toBe('コドモエイゴ ウタトアソビ');
    expect(readingOfKanaTitle('〜！')).toBeNull();
  });

  it('prefers the stored reading', () => {
    expect(titleReading('書道入門', 'ショドウニュウモン')).toBe('ショドウニュウモン');
    expect(titleReading('はじめてのヨガ', '')).toBe('ハジメテノヨガ');
    expect(titleReading('書道入門', '')).toBe('');
  });
});
