import type { AbstractControl } from '@angular/forms';
import type { MessageKey } from '../i18n/messages-ja';
import type { Language, MessageParams } from '../i18n/i18n.service';
import type { Bilingual } from './api-error';

type Translate = (key: MessageKey, params?: MessageParams) => string;

/** Client-side errors in the order they are worth reading; the first present one is shown. */
const CLIENT_ERRORS: [string, MessageKey][] = [
  ['required', 'form.error.required'],
  ['email', 'form.error.email'],
  ['passwordLength', 'form.error.passwordLength'],
  ['passwordContainsEmail', 'form.error.passwordContainsEmail'],
  ['kana', 'form.error.kana'],
  ['birthYear', 'form.error.birthYear'],
  ['phone', 'form.error.phone'],
  ['mismatch', 'form.error.mismatch'],
  ['maxlength', 'form.error.maxLength'],
  ['requiredChoice', 'form.error.requiredChoice'],
];

/**
 * The one message to show under a field: the API's word for it when it has spoken (it knows
 * more, e.g. a common password), else the first client-side rule broken. Null when valid.
 */
export function controlErrorMessage(
  control: AbstractControl | null,
  t: Translate,
  language: Language,
): string | null {
  const errors = control?.errors;
  if (!errors) return null;
  const server = errors['server'] as Bilingual | undefined;
  if (server) return server[language];
  for (const [name, key] of CLIENT_ERRORS) {
    if (errors[name]) {
      const detail = errors[name] as Record<string, unknown> | true;
      const params: MessageParams = {};
      if (detail && typeof detail === 'object') {
        for (const [param, value] of Object.entries(detail)) {
          if (typeof value === 'number' || typeof value === 'string') params[param] = value;
        }
        if (name === 'maxlength') params['max'] = detail['requiredLength'] as number;
      }
      return t(key, params);
    }
  }
  return t('form.error.invalid');
}
