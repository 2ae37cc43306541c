import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import {
  FormControl,
  FormGroup,
  FormGroupDirective,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { Me } from '../api/api-types';
import { AccountApi } from './account-api';
import { PasswordRules } from '../auth/password-rules';
import { controlErrorMessage } from '../core/forms/control-error';
import { FormAlert } from '../core/forms/form-alert';
import { PasswordField } from '../core/forms/password-field';
import { SubmitState } from '../core/forms/submit-state';
import { passwordRules, sameAs } from '../core/forms/validators';
import { I18nService } from '../core/i18n/i18n.service';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { accountEn, accountJa } from './account-messages';

/** Change of email (confirmed from the new address) and of password; both re-ask the password. */
@Component({
  selector: 'tsu-credentials-section',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    FormAlert,
    PasswordField,
    PasswordRules,
  ],
  templateUrl: './credentials-section.html',
  styleUrl: './account-section.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CredentialsSection {
  private readonly api = inject(AccountApi);
  private readonly i18n = inject(I18nService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly user = input.required<Me>();

  protected readonly t = scopedTranslator(accountJa, accountEn);
  protected readonly core = this.i18n.t;

  protected readonly emailForm = new FormGroup({
    newEmail: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.email, Validators.maxLength(254)],
    }),
    currentPassword: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required],
    }),
  });
  // Resetting through the directives also clears their `submitted` flags, so no error shows.
  private readonly emailDirective = viewChild('emailFormRef', { read: FormGroupDirective });
  private readonly passwordDirective = viewChild('passwordFormRef', { read: FormGroupDirective });
  protected readonly emailSubmit = new SubmitState(() => this.emailHost());
  protected readonly emailSentTo = signal<string | null>(null);

  private readonly newPassword = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, passwordRules(() => this.user().email)],
  });
  protected readonly passwordForm = new FormGroup({
    currentPassword: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required],
    }),
    newPassword: this.newPassword,
    newPasswordAgain: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, sameAs(() => this.newPassword.value)],
    }),
  });
  protected readonly passwordSubmit = new SubmitState(() => this.passwordHost());
  protected readonly passwordChanged = signal(false);

  protected emailError(): string | null {
    return controlErrorMessage(this.emailForm.controls.newEmail, this.core, this.i18n.language());
  }

  protected async changeEmail(): Promise<void> {
    this.emailSentTo.set(null);
    const { newEmail, currentPassword } = this.emailForm.getRawValue();
    const email = newEmail.trim();
    const done = await this.emailSubmit.run(this.emailForm, () =>
      this.api.changeEmail(email, currentPassword),
    );
    this.emailForm.controls.currentPassword.reset();
    if (done === undefined) return;
    this.emailDirective()?.resetForm();
    this.emailSentTo.set(email);
  }

  protected async changePassword(): Promise<void> {
    this.passwordChanged.set(false);
    const { currentPassword, newPassword } = this.passwordForm.getRawValue();
    const done = await this.passwordSubmit.run(this.passwordForm, () =>
      this.api.changePassword(currentPassword, newPassword),
    );
    if (done === undefined) {
      this.passwordForm.controls.currentPassword.reset();
      return;
    }
    this.passwordDirective()?.resetForm();
    this.passwordChanged.set(true);
  }

  private emailHost(): HTMLElement | undefined {
    return this.host.nativeElement.querySelector<HTMLElement>('#email') ?? undefined;
  }

  private passwordHost(): HTMLElement | undefined {
    return this.host.nativeElement.querySelector<HTMLElement>('#password') ?? undefined;
  }
}
