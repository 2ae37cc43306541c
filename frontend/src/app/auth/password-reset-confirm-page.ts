import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  input,
  signal,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { Icon } from '../core/layout/icon';
import { RouterLink } from '@angular/router';
import { FormAlert } from '../core/forms/form-alert';
import { PasswordField } from '../core/forms/password-field';
import { SubmitState } from '../core/forms/submit-state';
import { passwordRules, sameAs } from '../core/forms/validators';
import { I18nService } from '../core/i18n/i18n.service';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { SessionService } from '../core/session/session.service';
import { AuthApi } from './auth-api';
import { authEn, authJa } from './auth-messages';
import { PasswordRules } from './password-rules';

@Component({
  selector: 'tsu-password-reset-confirm-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    Icon,
    FormAlert,
    PasswordField,
    PasswordRules,
  ],
  template: `
    <div class="auth">
      <h1 tabindex="-1">{{ t('resetConfirm.heading') }}</h1>
      @if (done()) {
        <div class="auth__success" role="status">
          <tsu-icon name="check_circle" aria-hidden="true" />
          <p>{{ t('resetConfirm.done') }}</p>
        </div>
        <a mat-flat-button routerLink="/log-in">{{ core('layout.nav.logIn') }}</a>
      } @else if (!token()) {
        <div class="auth__notice" role="alert">
          <p>{{ t('verify.missingToken') }}</p>
        </div>
        <a routerLink="/password-reset">{{ t('reset.heading') }}</a>
      } @else {
        <tsu-form-alert [state]="submit" />
        @if (submit.code() === 'TOKEN_INVALID_OR_EXPIRED') {
          <p>
            <a routerLink="/password-reset">{{ t('reset.submit') }}</a>
          </p>
        }
        <form class="auth__form" [formGroup]="form" (ngSubmit)="save()" novalidate>
          <tsu-password-rules rulesId="reset-password-rules" />
          <tsu-password-field
            [control]="form.controls.newPassword"
            [label]="t('field.newPassword')"
            autocomplete="new-password"
            describedBy="reset-password-rules"
          />
          <tsu-password-field
            [control]="form.controls.newPasswordAgain"
            [label]="t('field.newPasswordAgain')"
            autocomplete="new-password"
          />
          <button mat-flat-button type="submit" class="auth__submit" [disabled]="submit.busy()">
            {{ submit.busy() ? core('form.sending') : t('resetConfirm.submit') }}
          </button>
        </form>
      }
    </div>
  `,
  styleUrl: './auth-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PasswordResetConfirmPage {
  private readonly api = inject(AuthApi);
  private readonly session = inject(SessionService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly token = input<string>();

  protected readonly t = scopedTranslator(authJa, authEn);
  protected readonly core = inject(I18nService).t;
  // The address is unknown here; the API checks the email rule against the account's.
  private readonly newPassword = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, passwordRules(() => '')],
  });
  protected readonly form = new FormGroup({
    newPassword: this.newPassword,
    newPasswordAgain: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, sameAs(() => this.newPassword.value)],
    }),
  });
  protected readonly submit = new SubmitState(() => this.host.nativeElement);
  protected readonly done = signal(false);

  protected async save(): Promise<void> {
    const token = this.token() ?? '';
    const { newPassword } = this.form.getRawValue();
    const result = await this.submit.run(this.form, () =>
      this.api.confirmPasswordReset(token, newPassword),
    );
    if (result === undefined) return;
    // Every session was revoked, this browser's too.
    this.session.signedOut();
    this.done.set(true);
  }
}
