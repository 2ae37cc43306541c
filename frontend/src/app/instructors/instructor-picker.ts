import { ChangeDetectionStrategy, Component, computed, inject, model, signal } from '@angular/core';
import {
  MatAutocompleteModule,
  type MatAutocompleteSelectedEvent,
} from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatInputModule } from '@angular/material/input';
import { MatFormFieldModule } from '@angular/material/form-field';
import { Icon } from '../core/layout/icon';
import { RouterLink } from '@angular/router';
import type { InstructorCard } from '../api/api-types';
import { I18nService } from '../core/i18n/i18n.service';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { InstructorsApi } from './instructors-api';
import { pickerEn, pickerJa } from './picker-messages';

/** How many instructors a course may link (the API's limit too). */
export const MAX_LINKED_INSTRUCTORS = 10;

/**
 * The course form's instructors from the bank: the chosen ones as a list, each with a button to
 * remove them, and a search box over registered instructors (the organiser's picker endpoint)
 * with Material's autocomplete. A plain list rather than a chip grid: the grid's role wants
 * only rows inside, which its own input breaks (axe: aria-required-children).
 */
@Component({
  selector: 'tsu-instructor-picker',
  imports: [
    MatAutocompleteModule,
    MatButtonModule,
    MatFormFieldModule,
    Icon,
    MatInputModule,
    RouterLink,
  ],
  template: `
    <div class="picker">
      @if (selected().length) {
        <ul class="picker__chosen" [attr.aria-label]="t('chosen')">
          @for (instructor of selected(); track instructor.id) {
            <li class="picker__chip">
              <span>{{ name(instructor) }}</span>
              <button
                mat-icon-button
                type="button"
                class="picker__remove"
                [attr.aria-label]="t('remove', { name: name(instructor) })"
                (click)="remove(instructor.id)"
              >
                <tsu-icon name="close" aria-hidden="true" />
              </button>
            </li>
          }
        </ul>
      }
      <mat-form-field class="picker__field">
        <mat-label>{{ t('label') }}</mat-label>
        <input
          matInput
          type="search"
          [placeholder]="t('placeholder')"
          [matAutocomplete]="auto"
          [value]="query()"
          (input)="query.set($any($event.target).value)"
          [disabled]="selected().length >= max"
        />
        <mat-autocomplete #auto="matAutocomplete" (optionSelected)="add($event)">
          @for (instructor of options(); track instructor.id) {
            <mat-option [value]="instructor.id">{{ name(instructor) }}</mat-option>
          }
          @if (query().trim() && searched() && options().length === 0) {
            <mat-option disabled>{{ t('none') }}</mat-option>
          }
        </mat-autocomplete>
        <mat-hint>{{ t('hint') }}</mat-hint>
      </mat-form-field>
      <p class="picker__note">
        <a routerLink="/instructors" target="_blank">{{ t('directory') }}</a>
      </p>
    </div>
  `,
  styles: `
    :host {
      display: block;
      grid-column: 1 / -1;
    }
    .picker__chosen {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin: 0 0 0.75rem;
      padding: 0;
      list-style: none;
    }
    .picker__chip {
      display: inline-flex;
      align-items: center;
      gap: 0.25rem;
      padding-inline-start: 0.875rem;
      border-radius: 1.5rem;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .picker__field {
      width: 100%;
    }
    .picker__note {
      margin: 0 0 1rem;
      font-size: 0.9375rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InstructorPicker {
  private readonly api = inject(InstructorsApi);
  private readonly i18n = inject(I18nService);

  /** The linked instructors, in order. */
  readonly selected = model<InstructorCard[]>([]);

  protected readonly t = scopedTranslator(pickerJa, pickerEn);
  protected readonly max = MAX_LINKED_INSTRUCTORS;
  protected readonly query = signal('');
  private readonly results = this.api.picker(() => {
    const q = this.query().trim();
    return q ? q : undefined;
  });
  protected readonly searched = computed(() => this.results.hasValue());
  protected readonly options = computed(() => {
    const chosen = new Set(this.selected().map((instructor) => instructor.id));
    const found = this.results.hasValue() ? (this.results.value() ?? []) : [];
    return found.filter((instructor) => !chosen.has(instructor.id));
  });

  protected name(instructor: InstructorCard): string {
    return this.i18n.pick(instructor.displayName, instructor.displayNameEn);
  }

  protected add(event: MatAutocompleteSelectedEvent): void {
    const instructor = this.options().find((option) => option.id === event.option.value);
    if (instructor && this.selected().length < MAX_LINKED_INSTRUCTORS) {
      this.selected.update((list) => [...list, instructor]);
    }
    this.query.set('');
    event.option.deselect();
  }

  protected remove(id: string): void {
    this.selected.update((list) => list.filter((instructor) => instructor.id !== id));
  }
}
