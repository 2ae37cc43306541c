import { ChangeDetectionStrategy, Component, OnInit, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Icon } from '../core/layout/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { EmailVerified } from '../api/api-types';
import { I18nService } from '../core/i18n/i18n.service';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { SessionService } from '../core/session/session.service';
import { AuthApi } from './auth-api';
import { authEn, authJa } from './auth-messages';
import { TokenExchange } from './token-page';

@Component({
  selector: 'tsu-verify-email-page',
  imports: [RouterLink, MatButtonModule, Icon, MatProgressBarModule],
  templateUrl: './verify-email-page.html',
  styleUrl: './auth-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class VerifyEmailPage implements OnInit {
  private readonly api = inject(AuthApi);
  private readonly session = inject(SessionService);
  private readonly i18n = inject(I18nService);

  readonly token = input<string>();

  protected readonly t = scopedTranslator(authJa, authEn);
  protected readonly core = this.i18n.t;
  protected readonly language = this.i18n.language;
  protected readonly exchange = new TokenExchange<EmailVerified>();

  ngOnInit(): void {
    void this.exchange.exchange(this.token(), async (token) => {
      const result = await this.api.verifyEmail(token);
      // Verification signs the person in, unless this browser is signed in to another account
      // (kept as it is): the header shows whoever is signed in now.
      if (result.session === 'signed_in') this.session.signedIn(result.user);
      return result;
    });
  }
}
