import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { type FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { Icon } from '../core/layout/icon';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { instructorEn, instructorJa } from './instructor-messages';
import type { Visibility } from './profile-form-model';

/** Who may see one part of a profile: everyone, or the city and organisers only. */
@Component({
  selector: 'tsu-visibility-switch',
  imports: [ReactiveFormsModule, MatButtonToggleModule, Icon],
  template: `
    <span class="visibility__label" aria-hidden="true">{{ t('visibility.who') }}</span>
    <mat-button-toggle-group
      class="visibility"
      hideSingleSelectionIndicator
      [formControl]="control()"
      [attr.aria-label]="t('visibility.label', { field: field() })"
    >
      <mat-button-toggle value="public">
        <tsu-icon name="visibility" aria-hidden="true" />{{ t('visibility.public') }}
      </mat-button-toggle>
      <mat-button-toggle value="organisers">
        <tsu-icon name="visibility_off" aria-hidden="true" />{{ t('visibility.organisers') }}
      </mat-button-toggle>
    </mat-button-toggle-group>
  `,
  styles: `
    :host {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 0.75rem;
      margin: 0 0 0.75rem;
    }
    .visibility__label {
      font-size: 0.875rem;
      font-weight: 700;
      color: var(--mat-sys-on-surface-variant);
    }
    .visibility {
      flex-wrap: wrap;
      max-width: 100%;
    }
    tsu-icon {
      width: 1.125rem;
      height: 1.125rem;
      margin-inline-end: 0.25rem;
      vertical-align: -0.2em;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class VisibilitySwitch {
  readonly control = input.required<FormControl<Visibility>>();
  /** The section's name, read in the group's label ("Who may see the description"). */
  readonly field = input.required<string>();
  protected readonly t = scopedTranslator(instructorJa, instructorEn);
}
