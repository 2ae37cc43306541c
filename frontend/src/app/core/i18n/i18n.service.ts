import { DOCUMENT } from '@angular/common';
import { Injectable, computed, effect, inject, signal } from '@angular/core';
import { en } from './messages-en';
import { ja, type MessageKey } from './messages-ja';

export type Language = 'ja' | 'en';
export type MessageParams = Record<string, string | number>;

const STORAGE_KEY = 'tsumugu.language';
const CATALOGUES: Record<Language, Record<MessageKey, string>> = { ja, en };

/** English plural categories (one / other), as Intl names them. */
const ENGLISH_PLURALS = new Intl.PluralRules('en');

/**
 * Chooses the form of each `{name, plural, one {# seat left} other {# seats left}}` (ICU's
 * plural syntax, `=0`/`=1`… exact matches too; `#` is the number) by English plural rules.
 * Japanese needs none: 「残り1席」, 「残り3席」.
 */
function choosePlurals(template: string, params: MessageParams): string {
  const start = /\{(\w+),\s*plural,/g;
  let out = '';
  let from = 0;
  for (let match = start.exec(template); match; match = start.exec(template)) {
    // Read `key {text}` pairs to the closing brace of the block.
    const options = new Map<string, string>();
    let i = match.index + match[0].length;
    let depth = 1;
    while (i < template.length && depth > 0) {
      const key = /^\s*(=\d+|\w+)\s*\{/.exec(template.slice(i));
      if (!key) {
        if (template[i] === '}') depth--;
        i++;
        continue;
      }
      let j = i + key[0].length;
      let inner = 1;
      const textStart = j;
      while (j < template.length && inner > 0) {
        if (template[j] === '{') inner++;
        else if (template[j] === '}') inner--;
        j++;
      }
      options.set(key[1], template.slice(textStart, j - 1));
      i = j;
    }
    const name = match[1];
    if (!(name in params)) continue;
    const value = Number(params[name]);
    const text =
      options.get(`=${value}`) ??
      options.get(ENGLISH_PLURALS.select(value)) ??
      options.get('other') ??
      '';
    out += template.slice(from, match.index) + text.replace(/#/g, String(params[name]));
    from = i;
    start.lastIndex = i;
  }
  return out + template.slice(from);
}

/**
 * Replaces `{name}` placeholders and chooses plural forms (see choosePlurals); a missing
 * parameter is left visible so it gets noticed.
 */
export function interpolate(template: string, params?: MessageParams): string {
  if (!params) return template;
  return choosePlurals(template, params).replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/**
 * Chooses the first language: a stored choice wins; otherwise a browser that asks for English
 * gets English (many foreign residents), and everyone else gets Japanese.
 */
export function initialLanguage(
  stored: string | null,
  browserLanguage: string | undefined,
): Language {
  if (stored === 'ja' || stored === 'en') return stored;
  return browserLanguage?.toLowerCase().startsWith('en') ? 'en' : 'ja';
}

function readStorage(): string | null {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    // Storage can be disabled (private mode, strict settings): fall back to the browser language.
    return null;
  }
}

/** The current language as a signal, and translation that re-renders when it changes. */
@Injectable({ providedIn: 'root' })
export class I18nService {
  private readonly document = inject(DOCUMENT);
  private readonly current = signal<Language>(
    initialLanguage(readStorage(), globalThis.navigator?.language),
  );

  readonly language = this.current.asReadonly();
  /** The BCP 47 locale used for Intl and the date adapter. */
  readonly locale = computed(() => (this.current() === 'ja' ? 'ja-JP' : 'en-GB'));

  constructor() {
    effect(() => {
      const language = this.current();
      this.document.documentElement.lang = language;
      try {
        globalThis.localStorage?.setItem(STORAGE_KEY, language);
      } catch {
        // Not persisting is acceptable; the choice still holds for this visit.
      }
    });
  }

  setLanguage(language: Language): void {
    this.current.set(language);
  }

  toggle(): void {
    this.current.update((language) => (language === 'ja' ? 'en' : 'ja'));
  }

  /** Reads the language signal, so templates and computeds calling it follow a switch. */
  readonly t = (key: MessageKey, params?: MessageParams): string =>
    interpolate(CATALOGUES[this.current()][key], params);

  /** Picks the field for the current language, falling back to Japanese when English is absent. */
  readonly pick = (
    japanese: string | null | undefined,
    english: string | null | undefined,
  ): string => (this.current() === 'en' ? english || japanese : japanese || english) ?? '';
}
