import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Icon } from '../core/layout/icon';
import { MatRadioModule } from '@angular/material/radio';
import { MatSnackBar } from '@angular/material/snack-bar';
import type { Me } from '../api/api-types';
import { AccountApi } from './account-api';
import { authEn, authJa } from '../auth/auth-messages';
import { RELATION_LABELS, TSUKUBA_RELATIONS } from '../auth/tsukuba-relations';
import { controlErrorMessage } from '../core/forms/control-error';
import { FormAlert } from '../core/forms/form-alert';
import { SubmitState } from '../core/forms/submit-state';
import { birthYear, kana, phone } from '../core/forms/validators';
import { I18nService, type Language } from '../core/i18n/i18n.service';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { SessionService } from '../core/session/session.service';
import { accountEn, accountJa } from './account-messages';

type TextField =
  'familyName' | 'givenName' | 'familyNameKana' | 'givenNameKana' | 'birthYear' | 'phone';

/** Name in kanji and kana, birth year, phone, connection to Tsukuba and language. */
@Component({
  selector: 'tsu-profile-section',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    Icon,
    MatRadioModule,
    FormAlert,
  ],
  templateUrl: './profile-section.html',
  styleUrl: './account-section.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProfileSection {
  private readonly api = inject(AccountApi);
  private readonly session = inject(SessionService);
  private readonly i18n = inject(I18nService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly snackBar = inject(MatSnackBar);

  readonly user = input.required<Me>();

  protected readonly t = scopedTranslator(accountJa, accountEn);
  protected readonly fields = scopedTranslator(authJa, authEn);
  protected readonly core = this.i18n.t;
  protected readonly relations = TSUKUBA_RELATIONS;
  protected readonly relationLabels = RELATION_LABELS;

  protected readonly form = new FormGroup({
    familyName: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(50)],
    }),
    givenName: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(50)],
    }),
    familyNameKana: new FormControl('', { nonNullable: true, validators: [kana] }),
    givenNameKana: new FormControl('', { nonNullable: true, validators: [kana] }),
    birthYear: new FormControl('', { nonNullable: true, validators: [birthYear()] }),
    phone: new FormControl('', { nonNullable: true, validators: [phone] }),
    tsukubaRelations: new FormGroup({
      live: new FormControl(false, { nonNullable: true }),
      work: new FormControl(false, { nonNullable: true }),
      study: new FormControl(false, { nonNullable: true }),
    }),
    preferredLanguage: new FormControl<Language>('ja', { nonNullable: true }),
  });
  protected readonly submit = new SubmitState(() => this.host.nativeElement);
  protected readonly saved = signal(false);

  constructor() {
    // Fill the form from the person whenever the API tells us about them anew (a save does:
    // silently, so that refilling is not taken for an edit that clears the confirmation).
    effect(() => {
      const user = this.user();
      this.form.reset(
        {
          familyName: user.familyName,
          givenName: user.givenName,
          familyNameKana: user.familyNameKana,
          givenNameKana: user.givenNameKana,
          birthYear: user.birthYear === null ? '' : String(user.birthYear),
          phone: user.phone,
          tsukubaRelations: {
            live: user.tsukubaRelations.includes('live'),
            work: user.tsukubaRelations.includes('work'),
            study: user.tsukubaRelations.includes('study'),
          },
          preferredLanguage: user.preferredLanguage,
        },
        { emitEvent: false },
      );
    });
    this.form.valueChanges.subscribe(() => this.saved.set(false));
  }

  protected fieldError(name: TextField): string | null {
    return controlErrorMessage(this.form.controls[name], this.core, this.i18n.language());
  }

  protected async save(): Promise<void> {
    this.saved.set(false);
    const value = this.form.getRawValue();
    const user = await this.submit.run(this.form, () =>
      this.api.updateProfile({
        familyName: value.familyName.trim(),
        givenName: value.givenName.trim(),
        familyNameKana: value.familyNameKana.trim(),
        givenNameKana: value.givenNameKana.trim(),
        birthYear: value.birthYear.trim() === '' ? null : Number(value.birthYear),
        phone: value.phone.trim(),
        tsukubaRelations: TSUKUBA_RELATIONS.filter((relation) => value.tsukubaRelations[relation]),
        preferredLanguage: value.preferredLanguage,
      }),
    );
    if (!user) return;
    if (user.preferredLanguage !== this.user().preferredLanguage) {
      void this.i18n.setLanguage(user.preferredLanguage);
    }
    this.session.updated(user);
    this.saved.set(true);
    // Seen wherever the person has scrolled to; the status beside the button is what is
    // announced (the snack bar stays quiet so that it is not said twice).
    this.snackBar.open(this.t('profile.saved'), undefined, {
      duration: 5000,
      politeness: 'off',
    });
  }
}
