import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { acceptLanguageInterceptor } from './accept-language.interceptor';
import { I18nService, initialLanguage, interpolate } from './i18n.service';
import { en } from './messages-en';
import { ja as jaShell } from './messages-ja';
import { jaPages } from './messages-ja-pages';

/** The whole Japanese catalogue: the first load's messages and the pages'. */
const ja = { ...jaShell, ...jaPages };

/** The parameters a message uses: `{name}`, and `{name, plural, …}` counts as `{name}`. */
function placeholders(text: string): string[] {
  const names = [...text.matchAll(/\{(\w+)(?:\}|,\s*plural,)/g)].map((m) => `{${m[1]}}`);
  return [...new Set(names)].sort();
}

describe('message catalogues', () => {
  it('have exactly the same keys in Japanese and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ja).sort());
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(ja) as (keyof typeof ja)[]) {
      expect({ key, placeholders: placeholders(en[key]) }).toEqual({
        key,
        placeholders: placeholders(ja[key]),
      });
    }
  });

  it('have no empty messages', () => {
    for (const catalogue of [ja, en]) {
      expect(Object.values(catalogue).filter((text) => text.trim() === '')).toEqual([]);
    }
  });
});

describe('interpolate', () => {
  it('chooses English plural forms: "1 seat left", "2 seats left", exact matches first', () => {
    const template = '{count, plural, one {# seat left} other {# seats left}}';
    expect(interpolate(template, { count: 1 })).toBe('1 seat left');
    expect(interpolate(template, { count: 2 })).toBe('2 seats left');
    expect(interpolate(template, { count: 0 })).toBe('0 seats left');
    expect(
      interpolate(
        '{count, plural, =0 {No seats left} one {# seat} other {# seats}} (capacity {capacity})',
        {
          count: 0,
          capacity: 12,
        },
      ),
    ).toBe('No seats left (capacity 12)');
    expect(
      interpolate(
        '{count, plural, one {# party} other {# parties}} ({people, plural, one {# person} other {# people}})',
        {
          count: 1,
          people: 3,
        },
      ),
    ).toBe('1 party (3 people)');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate('残り{count}席 {other}', { count: 3 })).toBe('残り3席 {other}');
  });
});

describe('initialLanguage', () => {
  it('prefers a stored choice', () => {
    expect(initialLanguage('en', 'ja-JP')).toBe('en');
    expect(initialLanguage('ja', 'en-US')).toBe('ja');
  });

  it('honours an English browser on the first visit and defaults to Japanese', () => {
    expect(initialLanguage(null, 'en-GB')).toBe('en');
    expect(initialLanguage(null, 'ja')).toBe('ja');
    expect(initialLanguage(null, 'vi-VN')).toBe('ja');
    expect(initialLanguage('fr', undefined)).toBe('ja');
  });
});

describe('I18nService', () => {
  beforeEach(() => localStorage.clear());

  it('translates, switches language, sets <html lang> and remembers the choice', () => {
    const i18n = TestBed.inject(I18nService);
    i18n.setLanguage('ja');
    TestBed.tick();
    expect(i18n.t('courses.filter.keyword')).toBe('キーワード');
    expect(document.documentElement.lang).toBe('ja');

    i18n.toggle();
    TestBed.tick();
    expect(i18n.t('courses.filter.keyword')).toBe('Keyword');
    expect(i18n.t('course.seatsLeft', { count: 2 })).toBe('2 seats left');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('tsumugu.language')).toBe('en');
  });

  it('picks the field of the current language, falling back to Japanese', () => {
    const i18n = TestBed.inject(I18nService);
    i18n.setLanguage('en');
    expect(i18n.pick('講座', 'Course')).toBe('Course');
    expect(i18n.pick('講座', null)).toBe('講座');
    i18n.setLanguage('ja');
    expect(i18n.pick('講座', 'Course')).toBe('講座');
  });
});

describe('acceptLanguageInterceptor', () => {
  it('sends the current language to the API only', () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([acceptLanguageInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    const http = TestBed.inject(HttpClient);
    const backend = TestBed.inject(HttpTestingController);
    TestBed.inject(I18nService).setLanguage('en');

    http.get('/api/courses').subscribe();
    http.get('https://example.org/other').subscribe();

    expect(backend.expectOne('/api/courses').request.headers.get('Accept-Language')).toBe('en');
    expect(
      backend.expectOne('https://example.org/other').request.headers.has('Accept-Language'),
    ).toBe(false);
    backend.verify();
  });
});
