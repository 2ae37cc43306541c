import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Router } from '@angular/router';
import { AccountApi } from './account-api';
import { FormAlert } from '../core/forms/form-alert';
import { DataTable } from '../core/layout/data-table';
import { LoadState, LoadedContent } from '../core/load-state/load-state';
import { SubmitState } from '../core/forms/submit-state';
import { formatDateTime } from '../core/format/date-format';
import { I18nService } from '../core/i18n/i18n.service';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { SessionService } from '../core/session/session.service';
import { accountEn, accountJa } from './account-messages';
import { describeUserAgent } from './user-agent';

/** The devices where the person is logged in, each revocable, and "log out everywhere". */
@Component({
  selector: 'tsu-sessions-section',
  imports: [MatButtonModule, FormAlert, LoadState, LoadedContent, DataTable],
  templateUrl: './sessions-section.html',
  styleUrl: './account-section.scss',
  styles: `
    .everywhere {
      margin-top: 1rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SessionsSection {
  private readonly api = inject(AccountApi);
  private readonly session = inject(SessionService);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18nService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly t = scopedTranslator(accountJa, accountEn);
  protected readonly core = this.i18n.t;
  protected readonly sessions = this.api.sessions();
  protected readonly announcement = signal<string | null>(null);
  protected readonly action = new SubmitState(() => this.host.nativeElement);

  protected readonly rows = computed(() => {
    const language = this.i18n.language();
    const sessions = this.sessions.hasValue() ? this.sessions.value() : [];
    return sessions.map((row) => ({
      id: row.id,
      current: row.current,
      device: describeUserAgent(row.userAgent) ?? this.t('sessions.unknownDevice'),
      since: formatDateTime(row.createdAt, language),
      lastSeen: formatDateTime(row.lastSeenAt, language),
    }));
  });

  protected async end(id: string): Promise<void> {
    const done = await this.action.run(null, () => this.api.endSession(id));
    if (done === undefined) return;
    this.sessions.update((rows = []) => rows.filter((row) => row.id !== id));
    this.announcement.set(this.t('sessions.ended'));
  }

  protected async logOutEverywhere(): Promise<void> {
    const done = await this.action.run(null, () => this.api.logOutEverywhere());
    if (done === undefined) return;
    this.session.signedOut();
    await this.router.navigateByUrl('/log-in');
  }
}
