/**
 * A course title's reading (よみがな) in katakana, as the open-data format 「イベント一覧」 wants
 * it (イベント名_カナ) and as the column courses.title_kana holds it. Plain functions, no I/O.
 */

/** What courses_title_kana_check accepts: full-width katakana, ー, ・, ヽ, ヾ and spaces. */
export const KATAKANA_READING = /^[ァ-ヶー・ヽヾ ]*$/u;

export const MAX_READING_LENGTH = 200;

const HIRAGANA = /[ぁ-ゖゝゞ]/gu;
/** Hiragana and katakana sit 0x60 apart in Unicode (ぁ U+3041, ァ U+30A1). */
const KANA_OFFSET = 0x60;

/**
 * What an organiser typed, as it is stored: NFKC (half-width ｶﾅ become full-width), hiragana
 * turned into katakana, runs of spaces made one, ends trimmed. Other characters are kept, so
 * that the check can refuse them rather than have them vanish.
 */
export function normaliseReading(value: string): string {
  return value
    .normalize('NFKC')
    .replace(HIRAGANA, (character) => String.fromCodePoint(character.codePointAt(0)! + KANA_OFFSET))
    .replace(/\s+/gu, ' ')
    .trim();
}

export function isKatakanaReading(value: string): boolean {
  return KATAKANA_READING.test(value) && value.length <= MAX_READING_LENGTH;
}

/** Punctuation and symbols that titles carry but that are not read: 〜！？「」（）、。 … */
const NOT_READ = /[\p{P}\p{S}]/gu;
const KANA_ONLY = /^[ぁ-ゖゝゞァ-ヶー・ヽヾ ]+$/u;

/**
 * The reading a title gives by itself, when it is written in kana only (「はじめてのヨガ」 →
 * 「ハジメテノヨガ」); null when it holds kanji or Latin letters, whose reading only a person
 * (or a dictionary) knows.
 */
export function readingOfKanaTitle(title: string): string | null {
  const spoken = title
    .normalize('NFKC')
    .replace(NOT_READ, (character) => (character === 'ー' || character === '・' ? character : ' '));
  if (!KANA_ONLY.test(spoken)) return null;
  const reading = normaliseReading(spoken);
  return reading === '' ? null : reading;
}

/** The stored reading, else the one a kana-only title gives, else ''. */
export function titleReading(titleJa: string, titleKana: string): string {
  return titleKana || readingOfKanaTitle(titleJa) || '';
}
