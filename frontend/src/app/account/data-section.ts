import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  output,
  signal,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { Icon } from '../core/layout/icon';
import { AccountApi } from './account-api';
import { FormAlert } from '../core/forms/form-alert';
import { PasswordField } from '../core/forms/password-field';
import { SubmitState } from '../core/forms/submit-state';
import { I18nService } from '../core/i18n/i18n.service';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { SessionService } from '../core/session/session.service';
import { accountEn, accountJa } from './account-messages';

/** APPI: download everything held about me; delete my account (anonymised by the API). */
@Component({
  selector: 'tsu-data-section',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    Icon,
    FormAlert,
    PasswordField,
  ],
  templateUrl: './data-section.html',
  styleUrl: './account-section.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DataSection {
  private readonly api = inject(AccountApi);
  private readonly session = inject(SessionService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** The account is gone; the page says goodbye. */
  readonly deleted = output<void>();

  protected readonly t = scopedTranslator(accountJa, accountEn);
  protected readonly core = inject(I18nService).t;
  protected readonly download = new SubmitState(() => this.host.nativeElement);
  protected readonly deletion = new SubmitState(() => this.host.nativeElement);
  protected readonly downloaded = signal(false);
  protected readonly confirming = signal(false);
  protected readonly form = new FormGroup({
    currentPassword: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required],
    }),
    understood: new FormControl(false, { nonNullable: true }),
  });

  protected async exportData(): Promise<void> {
    this.downloaded.set(false);
    const blob = await this.download.run(null, () => this.api.exportData());
    if (!blob) return;
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = 'tsumugu-my-data.json';
    link.click();
    // Give the browser a moment to start the download before the address is released.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    this.downloaded.set(true);
  }

  protected start(): void {
    this.form.reset({ currentPassword: '', understood: false });
    this.deletion.clear();
    this.confirming.set(true);
    setTimeout(() => this.host.nativeElement.querySelector<HTMLElement>('#delete input')?.focus());
  }

  protected cancel(): void {
    this.confirming.set(false);
    setTimeout(() => this.host.nativeElement.querySelector<HTMLElement>('#delete-start')?.focus());
  }

  protected async deleteAccount(): Promise<void> {
    const { currentPassword } = this.form.getRawValue();
    const done = await this.deletion.run(this.form, () => this.api.deleteAccount(currentPassword));
    if (done === undefined) {
      this.form.controls.currentPassword.reset();
      return;
    }
    this.deleted.emit();
    this.session.signedOut();
  }
}
