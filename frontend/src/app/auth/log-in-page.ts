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
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { I18nService } from '../core/i18n/i18n.service';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { controlErrorMessage } from '../core/forms/control-error';
import { FormAlert } from '../core/forms/form-alert';
import { PasswordField } from '../core/forms/password-field';
import { SubmitState } from '../core/forms/submit-state';
import { SessionService } from '../core/session/session.service';
import { afterLogInUrl } from '../core/session/start-page';
import { AuthApi } from './auth-api';
import { authEn, authJa } from './auth-messages';

@Component({
  selector: 'tsu-log-in-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    FormAlert,
    PasswordField,
  ],
  templateUrl: './log-in-page.html',
  styleUrl: './auth-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LogInPage {
  private readonly api = inject(AuthApi);
  private readonly session = inject(SessionService);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18nService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /**
   * Where to go afterwards (set by the guards); only paths inside the app are followed. Without
   * it, the person's start page (see `afterLogInUrl`).
   */
  readonly returnTo = input<string>();

  protected readonly t = scopedTranslator(authJa, authEn);
  protected readonly core = this.i18n.t;
  protected readonly form = new FormGroup({
    email: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.email],
    }),
    password: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });
  protected readonly submit = new SubmitState(() => this.host.nativeElement);
  protected readonly resend = new SubmitState(() => this.host.nativeElement);
  protected readonly resent = signal(false);

  protected fieldError(name: 'email'): string | null {
    return controlErrorMessage(this.form.controls[name], this.core, this.i18n.language());
  }

  protected async logIn(): Promise<void> {
    this.resent.set(false);
    const { email, password } = this.form.getRawValue();
    const user = await this.submit.run(this.form, () => this.api.logIn(email.trim(), password));
    if (!user) {
      // The password is never kept in the field after a refusal.
      this.form.controls.password.reset();
      return;
    }
    this.session.signedIn(user);
    await this.router.navigateByUrl(afterLogInUrl(user.roles, this.returnTo()));
  }

  protected async resendVerification(): Promise<void> {
    const email = this.form.controls.email.value.trim();
    const done = await this.resend.run(null, () => this.api.resendVerification(email));
    if (done !== undefined) this.resent.set(true);
  }
}
