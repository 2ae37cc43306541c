import { signal } from '@angular/core';
import type { FormGroup } from '@angular/forms';
import type { MessageKey } from '../i18n/messages-ja';
import { apiErrorBody, applyServerFieldErrors, type Bilingual } from './api-error';

/** Shown when no answer with a designed error came back (offline, proxy page, timeout). */
export const NETWORK_ERROR: Bilingual = {
  ja: '送信できませんでした。通信状況をご確認のうえ、もう一度お試しください。',
  en: 'We could not send this. Please check your connection and try again.',
};

/**
 * The life of one form's submit: refuses to send an invalid form (and says so), shows a busy
 * state while the request runs, and turns the API's answer into messages — per field next to
 * the field, the rest above the form. Focus moves to the first field to fix, or to the alert.
 */
export class SubmitState {
  readonly busy = signal(false);
  /** A message from the API (or the network fallback) to show above the form. */
  readonly error = signal<Bilingual | null>(null);
  /** A client-side problem named by a key of the core catalogue. */
  readonly problem = signal<MessageKey | null>(null);
  /** The API's error code of the last failure, for pages that react to one. */
  readonly code = signal<string | null>(null);

  constructor(private readonly host: () => HTMLElement | undefined) {}

  async run<T>(form: FormGroup | null, action: () => Promise<T>): Promise<T | undefined> {
    this.error.set(null);
    this.problem.set(null);
    this.code.set(null);
    if (form && form.invalid) {
      form.markAllAsTouched();
      this.problem.set('form.error.summary');
      this.focusProblem();
      return undefined;
    }
    this.busy.set(true);
    try {
      return await action();
    } catch (error: unknown) {
      const body = apiErrorBody(error);
      this.code.set(body?.code ?? null);
      const unmatched = form ? applyServerFieldErrors(form, error) : [];
      const fieldsMatched = (body?.fields?.length ?? 0) > unmatched.length;
      if (fieldsMatched && unmatched.length === 0) {
        this.problem.set('form.error.summary');
      } else {
        const extra = unmatched;
        this.error.set(
          body
            ? {
                ja: [body.messages.ja, ...extra.map((m) => m.ja)].join(' '),
                en: [body.messages.en, ...extra.map((m) => m.en)].join(' '),
              }
            : NETWORK_ERROR,
        );
      }
      this.focusProblem();
      return undefined;
    } finally {
      this.busy.set(false);
    }
  }

  clear(): void {
    this.error.set(null);
    this.problem.set(null);
    this.code.set(null);
  }

  /** After the view shows the messages, put focus where the person has to act. */
  private focusProblem(): void {
    setTimeout(() => {
      const host = this.host();
      const target =
        host?.querySelector<HTMLElement>(
          'input.ng-invalid, textarea.ng-invalid, mat-select.ng-invalid, [role="alert"]',
        ) ?? null;
      if (!target) return;
      if (target.getAttribute('role') === 'alert' && !target.hasAttribute('tabindex')) {
        target.setAttribute('tabindex', '-1');
      }
      target.focus();
    });
  }
}
