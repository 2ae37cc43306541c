import { ChangeDetectionStrategy, Component, computed, inject, model, signal } from '@angular/core';
import {
  MatAutocompleteModule,
  type MatAutocompleteSelectedEvent,
} from '@angular/material/autocomplete';
import { MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import type { InstructorCard } from '../api/api-types';
import { I18nService } from '../core/i18n/i18n.service';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { InstructorsApi } from './instructors-api';
import { pickerEn, pickerJa } from './picker-messages';

/** How many instructors a course may link (the API's limit too). */
export const MAX_LINKED_INSTRUCTORS = 10;

/**
 * The course form's instructors from the bank: a search box over registered instructors (the
 * organiser's picker endpoint) with the chosen ones as chips, each removable. Material's chip
 * grid and autocomplete give the keyboard and screen-reader behaviour (arrow keys, Backspace).
 */
@Component({
  selector: 'tsu-instructor-picker',
  imports: [MatAutocompleteModule, MatChipsModule, MatFormFieldModule, MatIconModule, RouterLink],
  template: `
    <mat-form-field class="picker">
      <mat-label>{{ t('label') }}</mat-label>
      <mat-chip-grid #chips [attr.aria-label]="t('chosen')">
        @for (instructor of selected(); track instructor.id) {
          <mat-chip-row (removed)="remove(instructor.id)">
            {{ name(instructor) }}
            <button
              matChipRemove
              type="button"
              [attr.aria-label]="t('remove', { name: name(instructor) })"
            >
              <mat-icon svgIcon="close" aria-hidden="true" />
            </button>
          </mat-chip-row>
        }
        <input
          [placeholder]="t('placeholder')"
          [matChipInputFor]="chips"
          [matAutocomplete]="auto"
          [value]="query()"
          (input)="query.set($any($event.target).value)"
          [disabled]="selected().length >= max"
        />
      </mat-chip-grid>
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
  `,
  styles: `
    :host {
      display: block;
      grid-column: 1 / -1;
    }
    .picker {
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
