import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { Icon } from '../layout/icon';
import { I18nService } from '../i18n/i18n.service';
import type { SubmitState } from './submit-state';

/** The message above a form after a refused submit; an alert, so it is announced at once. */
@Component({
  selector: 'tsu-form-alert',
  imports: [Icon],
  template: `
    @if (text(); as message) {
      <div class="form-alert" role="alert">
        <tsu-icon name="error" aria-hidden="true" />
        <p>{{ message }}</p>
      </div>
    }
  `,
  styles: `
    .form-alert {
      display: flex;
      gap: 0.5rem;
      align-items: flex-start;
      margin: 0 0 1rem;
      padding: 0.75rem 1rem;
      border-radius: 0.75rem;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .form-alert p {
      margin: 0;
    }
    .form-alert tsu-icon {
      flex: none;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FormAlert {
  private readonly i18n = inject(I18nService);
  readonly state = input.required<SubmitState>();

  protected readonly text = computed(() => {
    const state = this.state();
    const error = state.error();
    if (error) return error[this.i18n.language()];
    const problem = state.problem();
    return problem ? this.i18n.t(problem) : null;
  });
}
