import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  input,
  linkedSignal,
  output,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleChange, MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatCheckboxModule } from '@angular/material/checkbox';
import {
  MatDatepicker,
  MatDatepickerInput,
  MatDatepickerInputEvent,
  MatDatepickerToggle,
} from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Subject, debounceTime } from 'rxjs';
import type { FacilitySummary } from '../api/api-types';
import { fromIsoDate, toIsoDate } from '../core/format/date-format';
import { I18nService } from '../core/i18n/i18n.service';
import type { MessageKey } from '../core/i18n/messages-ja';
import { ReferenceService } from '../core/reference/reference.service';
import { CourseFilters, KEYWORD_MAX_LENGTH } from './course-filter-state';

/** Typing pauses this long before the search runs, so each keystroke is not a request. */
export const KEYWORD_DEBOUNCE_MS = 400;
/** Monday first: most courses are on weekdays, and the API's 0 = Sunday is kept underneath. */
const WEEKDAY_ORDER = [1, 2, 3, 4, 5, 6, 0];

/**
 * The catalogue's filters. It holds no state of its own beyond the text being typed: the page
 * passes the filters read from the URL and applies the changes this panel emits.
 */
import { Icon } from '../core/layout/icon';
import { lifeStageCalendarPath } from '../opendata/opendata-links';
@Component({
  selector: 'tsu-course-filter-panel',
  imports: [
    MatButtonModule,
    MatButtonToggleModule,
    MatCheckboxModule,
    // The directives, not MatDatepickerModule: the module re-provides MatDatepickerIntl and
    // would shadow the translated one from the route.
    MatDatepicker,
    MatDatepickerInput,
    MatDatepickerToggle,
    MatFormFieldModule,
    Icon,
    MatInputModule,
    MatSelectModule,
  ],
  templateUrl: './course-filter-panel.html',
  styleUrl: './course-filter-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CourseFilterPanel {
  private readonly i18n = inject(I18nService);
  protected readonly reference = inject(ReferenceService);

  readonly filters = input.required<CourseFilters>();
  readonly facilities = input<FacilitySummary[]>([]);
  /**
   * Which part to show: everything (wide screens), only the keyword box (on a phone it stays in
   * sight above the folded filters) or only the filters (inside the fold).
   */
  readonly part = input<'all' | 'keyword' | 'filters'>('all');
  readonly filtersChange = output<Partial<CourseFilters>>();
  readonly cleared = output<void>();

  protected readonly t = this.i18n.t;
  protected readonly pick = this.i18n.pick;
  protected readonly keywordMaxLength = KEYWORD_MAX_LENGTH;
  protected readonly weekdays = WEEKDAY_ORDER;
  protected readonly lifeStageCalendar = lifeStageCalendarPath;
  /** What is in the keyword box; follows the URL when it changes by back/forward. */
  protected readonly keyword = linkedSignal(() => this.filters().q);
  protected readonly fromDate = computed(() => this.asDate(this.filters().from));
  protected readonly untilDate = computed(() => this.asDate(this.filters().to));
  protected readonly pillars = computed(() => this.reference.reference()?.pillars ?? []);
  /** The plan's priority projects (重点事業) in its order and words. */
  protected readonly priorityProjects = computed(() => this.reference.list('priorityProjects'));

  private readonly typedKeyword = new Subject<string>();

  constructor() {
    const subscription = this.typedKeyword
      .pipe(debounceTime(KEYWORD_DEBOUNCE_MS))
      .subscribe((q) => this.emitKeyword(q));
    inject(DestroyRef).onDestroy(() => subscription.unsubscribe());
  }

  protected weekdayLabel(day: number, short: boolean): string {
    return this.t(`weekday.${short ? 'short.' : ''}${day}` as MessageKey);
  }

  protected onKeywordInput(event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    this.keyword.set(value);
    this.typedKeyword.next(value);
  }

  /** Enter searches at once rather than waiting for the pause. */
  protected onKeywordEnter(): void {
    this.emitKeyword(this.keyword());
  }

  protected onDateChange(field: 'from' | 'to', event: MatDatepickerInputEvent<Date>): void {
    this.filtersChange.emit({ [field]: event.value ? toIsoDate(event.value) : null });
  }

  protected onWeekdaysChange(event: MatButtonToggleChange): void {
    const days = (event.value as number[]).slice().sort((a, b) => a - b);
    this.filtersChange.emit({ weekdays: days });
  }

  protected onAgeChange(event: Event): void {
    const text = (event.target as HTMLInputElement).value.trim();
    const age = /^\d{1,3}$/.test(text) && Number(text) <= 120 ? Number(text) : null;
    this.filtersChange.emit({ age });
  }

  protected emit(change: Partial<CourseFilters>): void {
    this.filtersChange.emit(change);
  }

  private emitKeyword(value: string): void {
    const q = value.trim().slice(0, KEYWORD_MAX_LENGTH);
    if (q !== this.filters().q) this.filtersChange.emit({ q });
  }

  private asDate(value: string | null): Date | null {
    return value ? fromIsoDate(value) : null;
  }
}
