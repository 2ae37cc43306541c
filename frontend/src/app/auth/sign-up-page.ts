import { ChangeDetectionStrategy, Component, ElementRef, computed, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { Router, RouterLink } from '@angular/router';
import { controlErrorMessage } from '../core/forms/control-error';
import { FormAlert } from '../core/forms/form-alert';
import { PasswordField } from '../core/forms/password-field';
import { SubmitState } from '../core/forms/submit-state';
import { kana, passwordRules } from '../core/forms/validators';
import { I18nService, type Language } from '../core/i18n/i18n.service';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { ReferenceService } from '../core/reference/reference.service';
import { AuthApi } from './auth-api';
import { authEn, authJa } from './auth-messages';
import { PasswordRules } from './password-rules';
import { RELATION_LABELS, TSUKUBA_RELATIONS } from './tsukuba-relations';

type TextField = 'familyName' | 'givenName' | 'familyNameKana' | 'givenNameKana' | 'email';

@Component({
  selector: 'tsu-sign-up-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    FormAlert,
    PasswordField,
    PasswordRules,
  ],
  templateUrl: './sign-up-page.html',
  styleUrl: './auth-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SignUpPage {
  private readonly api = inject(AuthApi);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18nService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly t = scopedTranslator(authJa, authEn);
  protected readonly core = this.i18n.t;
  protected readonly relations = TSUKUBA_RELATIONS;
  protected readonly relationLabels = RELATION_LABELS;
  private readonly reference = inject(ReferenceService);
  /** The verification link's lifetime: the backend's constant, as the mail states it. */
  protected readonly linkHours = computed(() => this.reference.accountLinkHours()?.verifyEmail);

  private readonly email = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.email, Validators.maxLength(254)],
  });
  protected readonly form = new FormGroup({
    familyName: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(50)],
    }),
    givenName: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(50)],
    }),
    familyNameKana: new FormControl('', {
      nonNullable: true,
      validators: [kana, Validators.maxLength(50)],
    }),
    givenNameKana: new FormControl('', {
      nonNullable: true,
      validators: [kana, Validators.maxLength(50)],
    }),
    email: this.email,
    password: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, passwordRules(() => this.email.value)],
    }),
    tsukubaRelations: new FormGroup({
      live: new FormControl(false, { nonNullable: true }),
      work: new FormControl(false, { nonNullable: true }),
      study: new FormControl(false, { nonNullable: true }),
    }),
    preferredLanguage: new FormControl<Language>(this.i18n.language(), { nonNullable: true }),
  });
  protected readonly submit = new SubmitState(() => this.host.nativeElement);

  constructor() {
    // The password rule about the email depends on the email: re-check when it changes.
    this.form.controls.email.valueChanges.subscribe(() =>
      this.form.controls.password.updateValueAndValidity({ emitEvent: false }),
    );
  }

  protected fieldError(name: TextField): string | null {
    return controlErrorMessage(this.form.controls[name], this.core, this.i18n.language());
  }

  protected async signUp(): Promise<void> {
    const value = this.form.getRawValue();
    const email = value.email.trim();
    const done = await this.submit.run(this.form, () =>
      this.api.signUp({
        email,
        password: value.password,
        familyName: value.familyName.trim(),
        givenName: value.givenName.trim(),
        familyNameKana: value.familyNameKana.trim(),
        givenNameKana: value.givenNameKana.trim(),
        preferredLanguage: value.preferredLanguage,
        tsukubaRelations: TSUKUBA_RELATIONS.filter((relation) => value.tsukubaRelations[relation]),
      }),
    );
    if (done === undefined) return;
    // The address travels in the navigation's state, not the URL, so it stays out of history.
    await this.router.navigate(['/sign-up/sent'], { state: { email } });
  }
}
