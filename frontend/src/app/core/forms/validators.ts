import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';

export const PASSWORD_MIN_LENGTH = 10;

/**
 * The rules the API enforces that a browser can check before sending: at least ten characters,
 * and not containing the email address (or its part before @). The API also refuses the most
 * common passwords, which only it knows.
 */
export function passwordRules(email: () => string): ValidatorFn {
  return (control: AbstractControl<string | null>): ValidationErrors | null => {
    const password = control.value ?? '';
    if (password === '') return null; // `required` speaks for an empty field
    if (password.length < PASSWORD_MIN_LENGTH) {
      return { passwordLength: { min: PASSWORD_MIN_LENGTH } };
    }
    const address = email().trim().toLowerCase();
    const localPart = address.split('@')[0] ?? '';
    const lower = password.toLowerCase();
    if (
      (address.includes('@') && lower.includes(address)) ||
      (localPart.length >= 3 && lower.includes(localPart))
    ) {
      return { passwordContainsEmail: true };
    }
    return null;
  };
}

/** Hiragana or katakana (either is fine: the API folds them), long vowel marks and spaces. */
const KANA = /^[\u3041-\u3096\u309D-\u309F\u30A1-\u30FA\u30FC-\u30FF\s\u3000・]*$/;

export const kana: ValidatorFn = (control: AbstractControl<string | null>) => {
  const value = control.value ?? '';
  return KANA.test(value) ? null : { kana: true };
};

/**
 * A plausible birth year: from 120 years back to this year, as the API checks it. Empty is
 * allowed (the field is optional).
 */
export function birthYear(now: () => Date = () => new Date()): ValidatorFn {
  return (control: AbstractControl<string | number | null>): ValidationErrors | null => {
    const raw = control.value;
    if (raw === null || raw === '') return null;
    const year = Number(raw);
    const max = now().getFullYear();
    const min = max - 120;
    if (!Number.isInteger(year) || year < min || year > max) {
      return { birthYear: { min, max } };
    }
    return null;
  };
}

/**
 * A Japanese or international phone number as people write it: digits with optional hyphens,
 * spaces, brackets and a leading +, ten to fifteen digits in all (029-883-1111, 090 1234 5678).
 */
export const phone: ValidatorFn = (control: AbstractControl<string | null>) => {
  const value = (control.value ?? '').trim();
  if (value === '') return null;
  const digits = value.replace(/\D/g, '');
  const wellFormed = /^\+?[\d\s\-()（）－]+$/.test(value);
  return wellFormed && digits.length >= 10 && digits.length <= 15 ? null : { phone: true };
};

/** For a "type it again" field: equal to the value of `other`. */
export function sameAs(other: () => string): ValidatorFn {
  return (control: AbstractControl<string | null>) =>
    (control.value ?? '') === '' || control.value === other() ? null : { mismatch: true };
}
