import { signal } from '@angular/core';
import { apiErrorBody, type Bilingual } from '../core/forms/api-error';
import { NETWORK_ERROR } from '../core/forms/submit-state';

export type TokenStatus = 'working' | 'done' | 'failed' | 'missing';

/**
 * The pages reached from a link in a mail (verify, confirm a new email, accept an invitation)
 * send the link's token once and show the outcome. The token is then removed from the
 * address bar, so it does not linger in history or get shared by a copied address.
 */
export class TokenExchange<T> {
  readonly status = signal<TokenStatus>('working');
  readonly result = signal<T | null>(null);
  readonly error = signal<Bilingual | null>(null);
  readonly code = signal<string | null>(null);

  async exchange(token: string | undefined, send: (token: string) => Promise<T>): Promise<void> {
    if (!token) {
      this.status.set('missing');
      return;
    }
    globalThis.history?.replaceState(
      globalThis.history.state,
      '',
      globalThis.location?.pathname ?? '/',
    );
    try {
      this.result.set(await send(token));
      this.status.set('done');
    } catch (error: unknown) {
      const body = apiErrorBody(error);
      this.code.set(body?.code ?? null);
      this.error.set(body ? body.messages : NETWORK_ERROR);
      this.status.set('failed');
    }
  }
}
