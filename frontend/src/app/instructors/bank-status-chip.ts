import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

/** The tone of a status: done and good, waiting for someone, or over. Words carry the meaning. */
export function statusTone(status: string): 'positive' | 'waiting' | 'ended' | 'attention' {
  switch (status) {
    case 'registered':
    case 'accepted':
    case 'reported':
      return 'positive';
    case 'submitted':
    case 'pending':
    case 'draft':
      return 'waiting';
    case 'returned':
    case 'suspended':
      return 'attention';
    default:
      return 'ended';
  }
}

/** A profile's or request's status in words, coloured by its tone (never colour alone). */
@Component({
  selector: 'tsu-bank-status-chip',
  template: `<span class="chip" [class]="'chip chip--' + tone()">{{ label() }}</span>`,
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
      white-space: nowrap;
    }
    .chip--positive {
      background: var(--mat-sys-primary);
      color: var(--mat-sys-on-primary);
    }
    .chip--waiting {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .chip--attention {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .chip--ended {
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface);
      border-color: var(--mat-sys-outline);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BankStatusChip {
  readonly status = input.required<string>();
  readonly label = input.required<string>();
  protected readonly tone = computed(() => statusTone(this.status()));
}
