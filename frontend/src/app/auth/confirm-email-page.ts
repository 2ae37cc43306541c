import { ChangeDetectionStrategy, Component, OnInit, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Icon } from '../core/layout/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { I18nService } from '../core/i18n/i18n.service';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { SessionService } from '../core/session/session.service';
import { AuthApi } from './auth-api';
import { authEn, authJa } from './auth-messages';
import { TokenExchange } from './token-page';

@Component({
  selector: 'tsu-confirm-email-page',
  imports: [RouterLink, MatButtonModule, Icon, MatProgressBarModule],
  template: `
    <div class="auth">
      <h1 tabindex="-1">{{ t('confirmEmail.heading') }}</h1>
      @switch (exchange.status()) {
        @case ('working') {
          <p>{{ t('confirmEmail.working') }}</p>
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="t('confirmEmail.working')" />
        }
        @case ('done') {
          <div class="auth__success" role="status">
            <tsu-icon name="check_circle" aria-hidden="true" />
            <p>{{ t('confirmEmail.done') }}</p>
          </div>
          <a mat-flat-button routerLink="/account">{{ t('confirmEmail.toAccount') }}</a>
        }
        @default {
          <div class="auth__notice" role="alert">
            <p>
              {{
                exchange.code() === 'TOKEN_INVALID_OR_EXPIRED' || exchange.status() === 'missing'
                  ? t('confirmEmail.failed')
                  : exchange.error()?.[language()]
              }}
            </p>
          </div>
          <a mat-stroked-button routerLink="/account">{{ t('confirmEmail.toAccount') }}</a>
        }
      }
    </div>
  `,
  styleUrl: './auth-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConfirmEmailPage implements OnInit {
  private readonly api = inject(AuthApi);
  private readonly session = inject(SessionService);
  private readonly i18n = inject(I18nService);

  readonly token = input<string>();

  protected readonly t = scopedTranslator(authJa, authEn);
  protected readonly language = this.i18n.language;
  protected readonly exchange = new TokenExchange<unknown>();

  ngOnInit(): void {
    void this.exchange.exchange(this.token(), async (token) => {
      const result = await this.api.confirmEmailChange(token);
      // The header shows the address: re-read the person if this browser is signed in.
      if (this.session.isSignedIn()) await this.session.refresh();
      return result;
    });
  }
}
