import { DOCUMENT } from '@angular/common';
import { Injectable, computed, effect, inject, isDevMode, signal } from '@angular/core';
import { ja, type MessageKey } from './messages-ja';

export type Language = 'ja' | 'en';
export type MessageParams = Record<string, string | number>;
type Catalogue = Partial<Record<MessageKey, string>>;

const STORAGE_KEY = 'tsumugu.language';

/**
 * Japanese travels in the first load, as far as the shell and the home page need it; English
 * is a chunk of its own, fetched when the visitor reads English (a stored choice or an English
 * browser: before the first render, see `I18nService.ready`) or switches to it. Most visits are
 * Japanese and never download it.
 */
const LOADERS: Record<Language, () => Promise<Catalogue>> = {
  ja: () => Promise.resolve(ja),
  en: () => import('./messages-en').then((m) => m.en),
};
const loaded: Partial<Record<Language, Catalogue>> = { ja };

/**
 * The other pages' Japanese messages once they have arrived: every route but the home page's
 * fetches them alongside its code (`withPageMessages` in app.routes.ts), so they are there
 * before such a page renders. A signal, so that text read before they came is written again.
 */
const japanesePages = signal<Catalogue>({});
let japanesePagesLoading: Promise<void> | undefined;

/** Fetches the pages' Japanese messages once; a failed download is tried again next time. */
export function loadPageMessages(): Promise<void> {
  japanesePagesLoading ??= import('./messages-ja-pages').then(
    (m) => japanesePages.set(m.jaPages),
    (error: unknown) => {
      japanesePagesLoading = undefined;
      throw error;
    },
  );
  return japanesePagesLoading;
}

/**
 * Makes a catalogue available at once (specs, whose set-up switches language synchronously);
 * the app loads English through `I18nService.setLanguage` / `ready` instead.
 */
export function preloadCatalogue(language: Language, catalogue: Catalogue): void {
  loaded[language] = catalogue;
}

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
  /** The language asked for first; shown once its catalogue is there (see `ready`). */
  private readonly wanted = initialLanguage(readStorage(), globalThis.navigator?.language);
  private readonly current = signal<Language>(loaded[this.wanted] ? this.wanted : 'ja');
  private readonly catalogues = signal<Partial<Record<Language, Catalogue>>>({ ...loaded });
  /** The latest switch asked for, so that a slow download cannot undo a later choice. */
  private requested: Language = this.wanted;

  readonly language = this.current.asReadonly();
  /** The BCP 47 locale used for Intl and the date adapter. */
  readonly locale = computed(() => (this.current() === 'ja' ? 'ja-JP' : 'en-GB'));

  constructor() {
    effect(() => {
      const language = this.current();
      this.document.documentElement.lang = language;
      // Not while English is still on its way: a failed download must not replace the choice.
      if (language !== this.requested) return;
      try {
        globalThis.localStorage?.setItem(STORAGE_KEY, language);
      } catch {
        // Not persisting is acceptable; the choice still holds for this visit.
      }
    });
  }

  /**
   * Resolves once the first language's catalogue is there and shown: the app waits for it before
   * its first render, so an English reader never sees the page in Japanese first.
   */
  ready(): Promise<void> {
    return this.setLanguage(this.wanted);
  }

  /** Switches at once when the catalogue is loaded, otherwise as soon as it has arrived. */
  async setLanguage(language: Language): Promise<void> {
    this.requested = language;
    if (!this.catalogues()[language]) {
      let catalogue: Catalogue;
      try {
        catalogue = await LOADERS[language]();
      } catch {
        // Offline or a stale deployment: stay in the language on screen; a later switch retries.
        return;
      }
      loaded[language] = catalogue;
      this.catalogues.update((catalogues) => ({ ...catalogues, [language]: catalogue }));
    }
    if (this.requested === language) this.current.set(language);
  }

  toggle(): Promise<void> {
    return this.setLanguage(this.current() === 'ja' ? 'en' : 'ja');
  }

  /**
   * Reads the language signal, so templates and computeds calling it follow a switch. A message
   * that is not there (a page's message read before its route fetched them: a bug) shows its
   * key, and says so in development.
   */
  readonly t = (key: MessageKey, params?: MessageParams): string => {
    const language = this.current();
    const template =
      (this.catalogues()[language] ?? loaded.ja)?.[key] ??
      (language === 'ja' ? japanesePages()[key] : undefined);
    if (template === undefined) {
      if (isDevMode()) {
        console.error(`i18n: no ${language} message "${key}" (not loaded yet?)`);
      }
      return key;
    }
    return interpolate(template, params);
  };

  /** Picks the field for the current language, falling back to Japanese when English is absent. */
  readonly pick = (
    japanese: string | null | undefined,
    english: string | null | undefined,
  ): string => (this.current() === 'en' ? english || japanese : japanese || english) ?? '';
}
