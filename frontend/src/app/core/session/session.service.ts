import { HttpClient } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { AuthSession, Me, Role } from '../../api/api-types';
import { I18nService } from '../i18n/i18n.service';

/**
 * A name in the order its owner's script expects: Japanese (kanji or kana) family-first in any
 * language, Latin names given-name first in English.
 */
export function personName(familyName: string, givenName: string, language: 'ja' | 'en'): string {
  const japanese = /[\u3040-\u30ff\u3400-\u9fff]/.test(familyName + givenName);
  const name =
    japanese || language === 'ja' ? `${familyName} ${givenName}` : `${givenName} ${familyName}`;
  return name.trim();
}

type SessionStatus = 'loading' | 'ready' | 'unavailable';

/**
 * Who is using the app, as signals. The session itself lives in an httpOnly cookie the app
 * cannot read; this service asks the API once at start (which also issues the XSRF-TOKEN cookie
 * that log-in and sign-up need) and is told about every later change: log-in, verification,
 * profile edits, log-out, and a 401 from any request (the session expired or was revoked).
 */
@Injectable({ providedIn: 'root' })
export class SessionService {
  private readonly http = inject(HttpClient);
  private readonly i18n = inject(I18nService);

  private readonly status = signal<SessionStatus>('loading');
  private readonly current = signal<Me | null>(null);
  private loading: Promise<void> | null = null;

  readonly user = this.current.asReadonly();
  readonly isSignedIn = computed(() => this.current() !== null);
  /** Every role the person holds; 'citizen' means a verified email. Empty when signed out. */
  readonly roles = computed<readonly Role[]>(() => this.current()?.roles ?? []);
  /** False until the first answer (or failure) of GET /api/auth/session. */
  readonly loaded = computed(() => this.status() !== 'loading');
  readonly displayName = computed(() => {
    const user = this.current();
    if (!user) return '';
    return personName(user.familyName, user.givenName, this.i18n.language()) || user.email;
  });

  /** Starts loading the session (once); resolves when it is known. Never rejects. */
  load(): Promise<void> {
    this.loading ??= firstValueFrom(this.http.get<AuthSession>('/api/auth/session')).then(
      (session) => {
        this.current.set(session.authenticated ? session.user : null);
        this.status.set('ready');
      },
      () => {
        // The API is unreachable: show the public pages as to a visitor; guards send people to
        // log in, where a retry will tell them what is wrong.
        this.current.set(null);
        this.status.set('unavailable');
        this.loading = null;
      },
    );
    return this.loading;
  }

  /** For guards: waits for the first answer, starting the request if nobody has yet. */
  whenLoaded(): Promise<void> {
    return this.loaded() ? Promise.resolve() : this.load();
  }

  hasAnyRole(roles: readonly Role[]): boolean {
    const held = this.roles();
    return roles.some((role) => held.includes(role));
  }

  /** After log-in or verification: remember the person and speak their preferred language. */
  signedIn(user: Me): void {
    this.current.set(user);
    this.status.set('ready');
    void this.i18n.setLanguage(user.preferredLanguage);
  }

  /** After a profile change answered with the new MeDto. */
  updated(user: Me): void {
    this.current.set(user);
  }

  /** The session ended elsewhere (401, log-out, account deleted). */
  signedOut(): void {
    this.current.set(null);
    this.status.set('ready');
  }

  async logOut(): Promise<void> {
    try {
      await firstValueFrom(this.http.post<void>('/api/auth/log-out', {}));
    } finally {
      // Even if the request fails the person asked to leave: forget them in this tab.
      this.signedOut();
    }
  }

  /** Re-reads the person (roles change when an administrator grants one). */
  async refresh(): Promise<void> {
    this.loading = null;
    this.status.set('loading');
    await this.load();
  }
}
