import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  effect,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { ApiError, OpeningHours } from '../../api/api-types';
import { apiErrorBody } from '../../core/forms/api-error';
import { controlErrorMessage } from '../../core/forms/control-error';
import { FormAlert } from '../../core/forms/form-alert';
import { SubmitState } from '../../core/forms/submit-state';
import { StaffApi } from '../staff-api';
import { I18nService } from '../../core/i18n/i18n.service';
import { scopedTranslator } from '../../core/i18n/scoped-translator';
import { IN_THE_WAY_CODES, ReservationsInTheWay } from './reservations-in-the-way';
import { settingsEn, settingsJa } from './settings-messages';

const time = Validators.pattern(/^([01][0-9]|2[0-3]):[0-5][0-9]$/);

/**
 * The facility's opening hours (the same every day) and whether it closes on public holidays.
 * Hours that would leave reservations outside are refused; the refusal lists them.
 */
@Component({
  selector: 'tsu-hours-form',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    FormAlert,
    ReservationsInTheWay,
  ],
  template: `
    <tsu-reservations-in-the-way [error]="inTheWay()" />
    @if (!inTheWay()) {
      <tsu-form-alert [state]="submit" />
    }
    <form class="form" [formGroup]="form" (ngSubmit)="save()" novalidate>
      <div class="row-2">
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ t('hours.opensAt') }}</mat-label>
          <input matInput formControlName="opensAt" inputmode="numeric" autocomplete="off" />
          <mat-hint>{{ t('hours.timeHint') }}</mat-hint>
          <mat-error>{{ fieldError('opensAt') }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ t('hours.closesAt') }}</mat-label>
          <input matInput formControlName="closesAt" inputmode="numeric" autocomplete="off" />
          <mat-hint>{{ t('hours.timeHint') }}</mat-hint>
          <mat-error>{{ fieldError('closesAt') }}</mat-error>
        </mat-form-field>
      </div>
      <div class="checks">
        <mat-checkbox formControlName="closedOnPublicHolidays" aria-describedby="holidays-hint">
          {{ t('hours.holidays') }}
        </mat-checkbox>
        <p class="muted" id="holidays-hint">{{ t('hours.holidaysHint') }}</p>
      </div>
      <div class="actions">
        <button mat-flat-button type="submit" [disabled]="submit.busy()">
          {{ t('hours.save') }}
        </button>
      </div>
    </form>
  `,
  styleUrl: './facility-settings.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HoursForm {
  private readonly api = inject(StaffApi);
  private readonly i18n = inject(I18nService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly facilityId = input.required<string>();
  readonly hours = input.required<OpeningHours>();
  readonly saved = output<OpeningHours>();

  protected readonly t = scopedTranslator(settingsJa, settingsEn);
  protected readonly submit = new SubmitState(() => this.host.nativeElement);
  protected readonly inTheWay = signal<ApiError | null>(null);
  protected readonly form = new FormGroup({
    opensAt: new FormControl('', { nonNullable: true, validators: [Validators.required, time] }),
    closesAt: new FormControl('', { nonNullable: true, validators: [Validators.required, time] }),
    closedOnPublicHolidays: new FormControl(false, { nonNullable: true }),
  });

  constructor() {
    effect(() => this.form.reset({ ...this.hours() }));
  }

  protected fieldError(name: 'opensAt' | 'closesAt'): string | null {
    const control = this.form.controls[name];
    if (control.hasError('pattern') && !control.hasError('server')) return this.t('hours.timeHint');
    return controlErrorMessage(this.form.controls[name], this.i18n.t, this.i18n.language());
  }

  protected async save(): Promise<void> {
    this.inTheWay.set(null);
    const saved = await this.submit.run(this.form, async () => {
      try {
        return await this.api.saveOpeningHours(this.facilityId(), this.form.getRawValue());
      } catch (error: unknown) {
        const body = apiErrorBody(error);
        if (body && IN_THE_WAY_CODES.has(body.code)) this.inTheWay.set(body);
        throw error;
      }
    });
    if (saved) this.saved.emit(saved);
  }
}
