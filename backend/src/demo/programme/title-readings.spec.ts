import { isKatakanaReading, readingOfKanaTitle } from '../../courses/title-reading';
import { COURSE_TEMPLATES } from './index';
import { TITLE_READINGS } from './title-readings';

describe('demo title readings', () => {
  it('gives every template a katakana reading, and lists no template that is gone', () => {
    const keys = COURSE_TEMPLATES.map((template) => template.key);
    expect(Object.keys(TITLE_READINGS).sort()).toEqual([...keys].sort());
    for (const [key, reading] of Object.entries(TITLE_READINGS)) {
      expect([key, isKatakanaReading(reading) && reading !== '']).toEqual([key, true]);
    }
  });

  it('agrees with the reading a kana-only title gives by itself', () => {
    for (const template of COURSE_TEMPLATES) {
      const own = readingOfKanaTitle(template.title[0]);
      if (own !== null)
        expect(TITLE_READINGS[template.key].replace(/ /g, '')).toBe(own.replace(/ /g, ''));
    }
  });
});
