import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Icon } from '../core/layout/icon';
import { Router, RouterLink } from '@angular/router';
import { FormAlert } from '../core/forms/form-alert';
import { SubmitState } from '../core/forms/submit-state';
import { I18nService } from '../core/i18n/i18n.service';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { ReferenceService } from '../core/reference/reference.service';
import { AuthApi } from './auth-api';
import { authEn, authJa } from './auth-messages';

/** "Check your mail", with the address from the sign-up's navigation state when there is one. */
@Component({
  selector: 'tsu-sign-up-sent-page',
  imports: [RouterLink, MatButtonModule, Icon, FormAlert],
  template: `
    <div class="auth">
      <h1 tabindex="-1">{{ t('sent.heading') }}</h1>
      <div class="auth__success">
        <tsu-icon name="mail" aria-hidden="true" />
        <p>
          {{ email ? t('sent.text', { email }) : t('sent.textNoEmail') }}
          @if (linkHours(); as hours) {
            {{ t('sent.lifetime', { hours }) }}
          }
        </p>
      </div>
      <p>{{ t('sent.noMail') }}</p>
      <tsu-form-alert [state]="resend" />
      @if (email) {
        @if (resent()) {
          <p role="status">{{ t('sent.resent') }}</p>
        } @else {
          <button
            mat-stroked-button
            type="button"
            [disabled]="resend.busy()"
            (click)="resendMail(email)"
          >
            {{ t('sent.resend') }}
          </button>
        }
      }
      <ul class="auth__links">
        <li>
          <a routerLink="/log-in">{{ core('layout.nav.logIn') }}</a>
        </li>
      </ul>
    </div>
  `,
  styleUrl: './auth-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SignUpSentPage {
  private readonly api = inject(AuthApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly t = scopedTranslator(authJa, authEn);
  protected readonly core = inject(I18nService).t;
  protected readonly email: string | null = readEmail(inject(Router));
  protected readonly resend = new SubmitState(() => this.host.nativeElement);
  protected readonly resent = signal(false);
  private readonly reference = inject(ReferenceService);
  protected readonly linkHours = computed(() => this.reference.accountLinkHours()?.verifyEmail);

  protected async resendMail(email: string): Promise<void> {
    const done = await this.resend.run(null, () => this.api.resendVerification(email));
    if (done !== undefined) this.resent.set(true);
  }
}

function readEmail(router: Router): string | null {
  const state = router.currentNavigation()?.extras.state ?? globalThis.history?.state;
  const email = (state as { email?: unknown } | null)?.email;
  return typeof email === 'string' && email.includes('@') ? email : null;
}
