import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { Icon } from '../core/layout/icon';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { controlErrorMessage } from '../core/forms/control-error';
import { FormAlert } from '../core/forms/form-alert';
import { SubmitState } from '../core/forms/submit-state';
import { I18nService } from '../core/i18n/i18n.service';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { AuthApi } from './auth-api';
import { authEn, authJa } from './auth-messages';

/** Asks for a reset link. The answer is the same whether or not the address has an account. */
@Component({
  selector: 'tsu-password-reset-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    Icon,
    MatInputModule,
    FormAlert,
  ],
  template: `
    <div class="auth">
      <h1 tabindex="-1">{{ t('reset.heading') }}</h1>
      @if (sentTo(); as email) {
        <div class="auth__success" role="status">
          <tsu-icon name="mail" aria-hidden="true" />
          <p>{{ t('reset.sent', { email }) }}</p>
        </div>
      } @else {
        <p class="auth__lead">{{ t('reset.lead') }}</p>
        <tsu-form-alert [state]="submit" />
        <form class="auth__form" [formGroup]="form" (ngSubmit)="send()" novalidate>
          <mat-form-field appearance="outline">
            <mat-label>{{ t('field.email') }}</mat-label>
            <input
              matInput
              type="email"
              formControlName="email"
              autocomplete="username"
              inputmode="email"
              spellcheck="false"
              autocapitalize="off"
            />
            <mat-error>{{ emailError() }}</mat-error>
          </mat-form-field>
          <button mat-flat-button type="submit" class="auth__submit" [disabled]="submit.busy()">
            {{ submit.busy() ? core('form.sending') : t('reset.submit') }}
          </button>
        </form>
      }
      <ul class="auth__links">
        <li>
          <a routerLink="/log-in">{{ t('reset.backToLogIn') }}</a>
        </li>
      </ul>
    </div>
  `,
  styleUrl: './auth-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PasswordResetPage {
  private readonly api = inject(AuthApi);
  private readonly i18n = inject(I18nService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly t = scopedTranslator(authJa, authEn);
  protected readonly core = this.i18n.t;
  protected readonly form = new FormGroup({
    email: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.email],
    }),
  });
  protected readonly submit = new SubmitState(() => this.host.nativeElement);
  protected readonly sentTo = signal<string | null>(null);

  protected emailError(): string | null {
    return controlErrorMessage(this.form.controls.email, this.core, this.i18n.language());
  }

  protected async send(): Promise<void> {
    const email = this.form.controls.email.value.trim();
    const done = await this.submit.run(this.form, () => this.api.requestPasswordReset(email));
    if (done !== undefined) this.sentTo.set(email);
  }
}
