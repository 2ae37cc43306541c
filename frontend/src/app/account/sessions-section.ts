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
import { LoadState } from '../core/load-state/load-state';
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
  imports: [MatButtonModule, FormAlert, LoadState, DataTable],
  template: `
    <section class="section" id="sessions" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">{{ t('sessions.heading') }}</h2>
      <p class="section__lead">{{ t('sessions.lead') }}</p>
      <p class="visually-hidden" role="status">{{ announcement() }}</p>
      <tsu-form-alert [state]="action" />
      <tsu-load-state [resource]="sessions" [errorMessage]="t('loadError')">
        <ng-template>
          <tsu-data-table [label]="t('sessions.heading')">
            <thead>
              <tr>
                <th scope="col">{{ t('sessions.device') }}</th>
                <th scope="col">{{ t('sessions.since') }}</th>
                <th scope="col">{{ t('sessions.lastSeen') }}</th>
                <th scope="col">
                  <span class="visually-hidden">{{ t('sessions.end') }}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              @for (row of rows(); track row.id) {
                <tr>
                  <th scope="row">
                    {{ row.device }}
                    @if (row.current) {
                      <span class="badge badge--primary">{{ t('sessions.current') }}</span>
                    }
                  </th>
                  <td>{{ row.since }}</td>
                  <td>{{ row.lastSeen }}</td>
                  <td>
                    @if (!row.current) {
                      <button
                        mat-button
                        type="button"
                        [disabled]="action.busy()"
                        [attr.aria-label]="
                          t('sessions.endLabel', { device: row.device, since: row.since })
                        "
                        (click)="end(row.id)"
                      >
                        {{ t('sessions.end') }}
                      </button>
                    }
                  </td>
                </tr>
              }
            </tbody>
          </tsu-data-table>
        </ng-template>
      </tsu-load-state>
      <div class="actions everywhere">
        <button
          mat-stroked-button
          type="button"
          aria-describedby="everywhere-hint"
          [disabled]="action.busy()"
          (click)="logOutEverywhere()"
        >
          {{ t('sessions.everywhere') }}
        </button>
        <span id="everywhere-hint" class="group-hint">{{ t('sessions.everywhereHint') }}</span>
      </div>
    </section>
  `,
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
