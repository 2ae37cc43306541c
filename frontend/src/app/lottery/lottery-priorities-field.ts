import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import type { FormControl } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { I18nService } from '../core/i18n/i18n.service';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import type { LotteryPriority } from './lottery-api';
import { lotteryPrioritiesEn, lotteryPrioritiesJa } from './lottery-priorities-messages';

/** In precedence order: meeting the first outranks meeting the second. */
const PRIORITIES: readonly LotteryPriority[] = ['first_time', 'residents'];

/**
 * The organiser's choice of who a lottery draws first (checkboxes in a fieldset), bound to the
 * course form's lotteryPriorities control; the API's message for the field shows below it.
 */
@Component({
  selector: 'tsu-lottery-priorities-field',
  imports: [MatCheckboxModule],
  template: `
    <fieldset class="lottery-priorities" [attr.aria-describedby]="hintId">
      <legend>{{ t('legend') }}</legend>
      <p class="lottery-priorities__hint" [id]="hintId">{{ t('hint') }}</p>
      @for (priority of priorities; track priority) {
        <mat-checkbox
          [checked]="selected().includes(priority)"
          (change)="toggle(priority, $event.checked)"
          >{{ t(priority) }}</mat-checkbox
        >
      }
      @if (serverError(); as error) {
        <p class="lottery-priorities__error" role="alert">{{ error }}</p>
      }
    </fieldset>
  `,
  styles: `
    /* A whole row of the form's grid: the fields beside it keep their own height. */
    :host {
      display: block;
      grid-column: 1 / -1;
    }
    .lottery-priorities {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
      margin: 0 0 1rem;
      padding: 0.75rem 1rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 0.75rem;
    }
    .lottery-priorities__hint {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
      font-size: 0.875rem;
    }
    .lottery-priorities__error {
      margin: 0;
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LotteryPrioritiesField {
  private readonly i18n = inject(I18nService);

  readonly control = input.required<FormControl<string[]>>();

  protected readonly t = scopedTranslator(lotteryPrioritiesJa, lotteryPrioritiesEn);
  protected readonly priorities = PRIORITIES;
  protected readonly hintId = 'lottery-priorities-hint';
  protected readonly selected = signal<readonly string[]>([]);
  protected readonly serverError = signal<string | null>(null);

  constructor() {
    // The control changes outside this component (patched from the API, the server's message
    // set after saving): follow its events.
    effect((onCleanup) => {
      const control = this.control();
      const sync = () => {
        this.selected.set(control.value);
        const server = control.errors?.['server'] as { ja: string; en: string } | undefined;
        this.serverError.set(server ? server[this.i18n.language()] : null);
      };
      sync();
      const subscription = control.events.subscribe(sync);
      onCleanup(() => subscription.unsubscribe());
    });
  }

  protected toggle(priority: LotteryPriority, checked: boolean): void {
    const control = this.control();
    const next = PRIORITIES.filter((p) => (p === priority ? checked : control.value.includes(p)));
    control.setValue(next);
    control.markAsTouched();
    control.markAsDirty();
  }
}
