import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  effect,
  inject,
  signal,
} from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { FormAlert } from '../core/forms/form-alert';
import { SubmitState } from '../core/forms/submit-state';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { LoadState, LoadedContent } from '../core/load-state/load-state';
import { InstructorsApi } from './instructors-api';
import { reviewEn, reviewJa } from './review-messages';

/** The city's lead time for requests to instructors (how many days ahead a date must be). */
@Component({
  selector: 'tsu-lead-time-settings',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    FormAlert,
    LoadState,
    LoadedContent,
  ],
  template: `
    <section class="settings" aria-labelledby="settings-heading">
      <h2 id="settings-heading">{{ t('settings') }}</h2>
      <p id="settings-lead">{{ t('settingsLead') }}</p>
      <tsu-load-state [resource]="settings">
        <ng-template tsuLoaded>
          <form class="settings__form" (ngSubmit)="save()" novalidate>
            <tsu-form-alert [state]="submit" />
            <mat-form-field subscriptSizing="dynamic">
              <mat-label>{{ t('leadDays') }}</mat-label>
              <input
                matInput
                type="number"
                min="1"
                max="90"
                required
                aria-describedby="settings-lead"
                [formControl]="days"
              />
              @if (days.touched && days.invalid) {
                <mat-error>{{ t('leadDaysRange') }}</mat-error>
              }
            </mat-form-field>
            <button mat-stroked-button type="submit" [disabled]="submit.busy()">
              {{ t('saveSettings') }}
            </button>
            @if (saved()) {
              <p role="status">{{ t('settingsSaved') }}</p>
            }
          </form>
        </ng-template>
      </tsu-load-state>
    </section>
  `,
  styles: `
    .settings {
      margin-top: 2.5rem;
      padding-top: 1rem;
      border-top: 1px solid var(--mat-sys-outline-variant);
    }
    .settings__form {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.75rem 1rem;
    }
    .settings__form p {
      margin: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LeadTimeSettings {
  private readonly api = inject(InstructorsApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly t = scopedTranslator(reviewJa, reviewEn);
  protected readonly settings = this.api.settings();
  protected readonly days = new FormControl<number | null>(null, [
    Validators.required,
    Validators.min(1),
    Validators.max(90),
  ]);
  protected readonly submit = new SubmitState(() => this.host.nativeElement);
  protected readonly saved = signal(false);

  constructor() {
    effect(() => {
      if (this.settings.hasValue()) this.days.setValue(this.settings.value().requestLeadDays);
    });
  }

  protected async save(): Promise<void> {
    this.saved.set(false);
    this.days.markAsTouched();
    if (this.days.invalid) return;
    const result = await this.submit.run(null, () =>
      this.api.saveSettings({ requestLeadDays: Number(this.days.value) }),
    );
    if (result) this.saved.set(true);
  }
}
