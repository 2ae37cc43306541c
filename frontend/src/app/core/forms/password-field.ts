import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { Icon } from '../layout/icon';
import { MatInputModule } from '@angular/material/input';
import { I18nService } from '../i18n/i18n.service';
import { controlErrorMessage } from './control-error';

/**
 * A password input with a show/hide switch (typing blind on a phone is where mistakes happen)
 * and its error under it. `describedBy` links it to the rules written beside the form.
 */
@Component({
  selector: 'tsu-password-field',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatButtonModule, Icon],
  template: `
    <mat-form-field appearance="outline" class="password-field">
      <mat-label>{{ label() }}</mat-label>
      <input
        matInput
        [type]="visible() ? 'text' : 'password'"
        [formControl]="control()"
        [attr.autocomplete]="autocomplete()"
        [attr.aria-describedby]="describedBy()"
        spellcheck="false"
        autocapitalize="off"
      />
      <button
        mat-icon-button
        matSuffix
        type="button"
        [attr.aria-label]="t(visible() ? 'form.hidePassword' : 'form.showPassword')"
        [attr.aria-pressed]="visible()"
        (click)="visible.set(!visible())"
      >
        <tsu-icon [name]="visible() ? 'visibility_off' : 'visibility'" aria-hidden="true" />
      </button>
      <mat-error>{{ error() }}</mat-error>
    </mat-form-field>
  `,
  styles: `
    .password-field {
      width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PasswordField {
  private readonly i18n = inject(I18nService);
  protected readonly t = this.i18n.t;

  readonly control = input.required<FormControl<string>>();
  readonly label = input.required<string>();
  readonly autocomplete = input<'current-password' | 'new-password'>('current-password');
  readonly describedBy = input<string | null>(null);

  protected readonly visible = signal(false);

  protected error(): string | null {
    return controlErrorMessage(this.control(), this.t, this.i18n.language());
  }
}
