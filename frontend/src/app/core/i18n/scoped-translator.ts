import { inject } from '@angular/core';
import { I18nService, interpolate, type MessageParams } from './i18n.service';

export type Translator<K extends string> = (key: K, params?: MessageParams) => string;

/**
 * A translator for a feature's own catalogue, so the strings of a lazy feature (the
 * administrator console, the account pages) travel in that feature's chunk rather than in the
 * first load. It reads the language signal, so templates follow a language switch. Call it in
 * an injection context (a component's field initialiser).
 */
export function scopedTranslator<K extends string>(
  ja: Record<K, string>,
  en: Record<K, string>,
): Translator<K> {
  const i18n = inject(I18nService);
  return (key, params) => interpolate((i18n.language() === 'en' ? en : ja)[key], params);
}
