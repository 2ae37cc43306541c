import { HttpErrorResponse } from '@angular/common/http';
import type { AbstractControl, FormGroup } from '@angular/forms';
import type { ApiError } from '../../api/api-types';
import type { Language } from '../i18n/i18n.service';

export type Bilingual = { ja: string; en: string };

/** The API's error body when the response carries one (every error the API designs does). */
export function apiErrorBody(error: unknown): ApiError | null {
  if (!(error instanceof HttpErrorResponse)) return null;
  const body = error.error as Partial<ApiError> | null;
  if (body && typeof body === 'object' && typeof body.code === 'string' && body.messages) {
    return body as ApiError;
  }
  return null;
}

export function apiErrorCode(error: unknown): string | null {
  return apiErrorBody(error)?.code ?? null;
}

/**
 * What went wrong, in the person's language: the API's own message when there is one, else
 * `fallback` (the network failed, or a proxy answered with a page of its own).
 */
export function apiErrorMessage(error: unknown, language: Language, fallback: Bilingual): string {
  const body = apiErrorBody(error);
  return body ? body.messages[language] : fallback[language];
}

/**
 * Puts the API's per-field messages on the matching controls of `form` (as a `server` error,
 * shown by `controlErrorMessage` next to the field) and returns the messages that match no
 * control, to be shown above the form. Field names are the API's, which the forms reuse.
 */
export function applyServerFieldErrors(form: FormGroup, error: unknown): Bilingual[] {
  const body = apiErrorBody(error);
  const unmatched: Bilingual[] = [];
  for (const field of body?.fields ?? []) {
    const control: AbstractControl | null = form.get(field.field);
    if (control) {
      control.setErrors({ ...(control.errors ?? {}), server: { ja: field.ja, en: field.en } });
      control.markAsTouched();
    } else {
      unmatched.push({ ja: field.ja, en: field.en });
    }
  }
  return unmatched;
}
