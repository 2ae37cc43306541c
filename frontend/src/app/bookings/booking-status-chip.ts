import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { BookingStatus } from '../api/api-types';

/** A booking's status in words, coloured by kind (the words carry it, never colour alone). */
@Component({
  selector: 'tsu-booking-status-chip',
  template: `<span class="chip" [class]="'chip chip--' + status()">{{ label() }}</span>`,
  styles: `
    .chip {
      display: inline-flex;
      align-items: center;
      padding: 0.125rem 0.75rem;
      border-radius: 1rem;
      font-weight: 700;
      font-size: 0.9375rem;
      line-height: 1.6;
      border: 1px solid transparent;
    }
    .chip--confirmed {
      background: var(--mat-sys-primary);
      color: var(--mat-sys-on-primary);
    }
    .chip--waiting,
    .chip--applied {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .chip--cancelled {
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface);
      border-color: var(--mat-sys-outline);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BookingStatusChip {
  readonly status = input.required<BookingStatus>();
  readonly label = input.required<string>();
}
