import { NgTemplateOutlet } from '@angular/common';
import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { Icon } from '../core/layout/icon';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import type { FigureKey, Indicator, IndicatorInput } from '../api/api-types';
import { formatFiscalYear } from '../core/format/date-format';
import { I18nService } from '../core/i18n/i18n.service';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { LoadState, LoadedContent } from '../core/load-state/load-state';
import { ReferenceService } from '../core/reference/reference.service';
import { SessionService } from '../core/session/session.service';
import { CityApi } from './city-api';
import { cityEn, cityJa } from './city-messages';

/** The figures an indicator may follow, with the names the dashboard gives them. */
const FIGURE_CHOICES: readonly FigureKey[] = [
  'participants',
  'courses_held',
  'sessions_held',
  'seats_offered',
  'applicants',
  'enrolled',
  'fill_rate',
  'attendances',
  'attendance_rate',
  'completion_rate',
  'repeat_learners',
  'satisfaction_rate',
  'questionnaire_response_rate',
  'lottery_oversubscription',
  'instructor_registrations',
  'instructor_requests_fulfilled',
  'room_use_rate',
];
/** Figures that break down by pillar (the course figures). */
const BY_PILLAR = new Set<FigureKey>(FIGURE_CHOICES.slice(0, 14));

/** The fields the API may name in a 400 answer. */
type IndicatorField =
  | 'nameJa'
  | 'nameEn'
  | 'baselineFiscalYear'
  | 'baselineValue'
  | 'targetFiscalYear'
  | 'targetValue'
  | 'figureFilters';

/**
 * One indicator (/city/indicators/:id, `new` to add one): its terms — name, pillar, unit,
 * direction, baseline and target, and where its actual values come from — then its values by
 * fiscal year with the year's milestone and grade, and (for a manual indicator) the form that
 * enters a year's value with its source. Only the section edits; administrators read.
 */
@Component({
  selector: 'tsu-indicator-page',
  imports: [
    NgTemplateOutlet,
    RouterLink,
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    Icon,
    MatInputModule,
    LoadState,
    LoadedContent,
  ],
  templateUrl: './indicator-page.html',
  styleUrl: './city-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IndicatorPage {
  private readonly api = inject(CityApi);
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  private readonly reference = inject(ReferenceService);
  private readonly session = inject(SessionService);

  readonly id = input.required<string>();
  /** The dashboard's fiscal year, to go back to it. */
  readonly year = input<string | undefined>(undefined);

  protected readonly t = scopedTranslator(cityJa, cityEn);
  protected readonly isNew = computed(() => this.id() === 'new');
  protected readonly indicator = this.api.indicator(() => (this.isNew() ? undefined : this.id()));
  protected readonly canEdit = computed(() => this.session.hasAnyRole(['plan_evaluator']));
  protected readonly figureChoices = FIGURE_CHOICES;
  protected readonly pillars = [1, 2, 3, 4, 5];
  /** The figures of this fiscal year (as the server's clock says): their names and definitions. */
  protected readonly figures = this.api.figures();
  private readonly thisYear = computed(() =>
    this.figures.hasValue() ? (this.figures.value()?.fiscalYear ?? null) : null,
  );
  protected readonly chosenDefinition = computed(() => {
    const figure = this.figures.hasValue()
      ? this.figures.value()?.figures.find((f) => f.key === this.figureKey())
      : undefined;
    return figure ? this.pick(figure.definition) : '';
  });

  protected readonly form = new FormGroup({
    nameJa: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    nameEn: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    pillar: new FormControl(1, { nonNullable: true }),
    unitJa: new FormControl('', { nonNullable: true }),
    unitEn: new FormControl('', { nonNullable: true }),
    direction: new FormControl<'higher' | 'lower'>('higher', { nonNullable: true }),
    baselineFiscalYear: new FormControl<number | null>(null, {
      validators: [Validators.required],
    }),
    baselineValue: new FormControl<number | null>(null, { validators: [Validators.required] }),
    targetFiscalYear: new FormControl<number | null>(null, {
      validators: [Validators.required],
    }),
    targetValue: new FormControl<number | null>(null, { validators: [Validators.required] }),
    source: new FormControl<'figure' | 'manual'>('figure', { nonNullable: true }),
    figureKey: new FormControl<FigureKey>('participants', { nonNullable: true }),
    filterPillar: new FormControl<number | null>(null),
    isDemo: new FormControl(false, { nonNullable: true }),
  });
  protected readonly source = signal<'figure' | 'manual'>('figure');
  protected readonly figureKey = signal<FigureKey>('participants');
  protected readonly canFilterPillar = computed(() => BY_PILLAR.has(this.figureKey()));
  protected readonly saving = signal(false);
  protected readonly message = signal('');
  protected readonly errors = signal<Partial<Record<IndicatorField, string>>>({});

  protected readonly manual = new FormGroup({
    fiscalYear: new FormControl<number | null>(null, { validators: [Validators.required] }),
    value: new FormControl<number | null>(null, { validators: [Validators.required] }),
    sourceJa: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    sourceEn: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    note: new FormControl('', { nonNullable: true }),
  });
  protected readonly manualMessage = signal('');

  protected readonly history = computed(() => {
    const indicator = this.indicator.hasValue() ? this.indicator.value() : null;
    if (!indicator) return [];
    return indicator.history.map((year) => ({
      ...year,
      label: formatFiscalYear(year.fiscalYear, this.i18n.language()),
      milestoneText: this.valueText(indicator, year.milestone),
      actualText: this.valueText(indicator, year.actual),
      achievementText: year.achievementRate === null ? '—' : `${year.achievementRate}%`,
      progressText: year.progress === null ? '—' : `${year.progress}%`,
      gradeText: year.gradeLabel ? this.pick(year.gradeLabel) : '—',
      sourceText: year.manual ? this.pick(year.manual.source) : '',
    }));
  });
  protected readonly name = computed(() => {
    const indicator = this.indicator.hasValue() ? this.indicator.value() : null;
    return indicator ? this.pick(indicator.name) : '';
  });
  protected readonly manualYears = computed(() => {
    const indicator = this.indicator.hasValue() ? this.indicator.value() : null;
    if (!indicator) return [];
    const years: { year: number; label: string }[] = [];
    for (let year = indicator.baselineFiscalYear; year <= indicator.targetFiscalYear; year += 1) {
      years.push({ year, label: formatFiscalYear(year, this.i18n.language()) });
    }
    return years;
  });

  constructor() {
    // An indicator's terms into the form once it arrives.
    effect(() => {
      const indicator = this.indicator.hasValue() ? this.indicator.value() : null;
      if (indicator) this.fill(indicator);
    });
    // A new indicator starts from last year's baseline toward a target four years on.
    effect(() => {
      const year = this.thisYear();
      if (year === null) return;
      const controls = this.form.controls;
      if (this.isNew() && controls.baselineFiscalYear.value === null) {
        controls.baselineFiscalYear.setValue(year - 1);
        controls.targetFiscalYear.setValue(year + 3);
      }
      if (this.manual.controls.fiscalYear.value === null) {
        this.manual.controls.fiscalYear.setValue(year - 1);
      }
    });
    this.form.controls.source.valueChanges.subscribe((value) => this.source.set(value));
    this.form.controls.figureKey.valueChanges.subscribe((value) => this.figureKey.set(value));
  }

  protected pillarName(pillar: number): string {
    return this.reference.pillarLabel(pillar);
  }

  protected figureName(key: FigureKey): string {
    const figure = this.figures.hasValue()
      ? this.figures.value()?.figures.find((f) => f.key === key)
      : undefined;
    return figure ? this.pick(figure.name) : key;
  }

  protected pick(label: { ja: string; en: string }): string {
    return this.i18n.language() === 'en' ? label.en : label.ja;
  }

  protected backLink(): Record<string, string> {
    const year = this.year();
    return year ? { year } : {};
  }

  protected async save(): Promise<void> {
    this.form.markAllAsTouched();
    this.errors.set({});
    if (this.form.invalid) {
      this.message.set(this.t('form.saveFailed'));
      return;
    }
    const value = this.form.getRawValue();
    const input: IndicatorInput = {
      nameJa: value.nameJa,
      nameEn: value.nameEn,
      pillar: Number(value.pillar) as IndicatorInput['pillar'],
      unitJa: value.unitJa,
      unitEn: value.unitEn,
      direction: value.direction,
      baselineFiscalYear: Number(value.baselineFiscalYear),
      baselineValue: Number(value.baselineValue),
      targetFiscalYear: Number(value.targetFiscalYear),
      targetValue: Number(value.targetValue),
      source: value.source,
      figureKey: value.source === 'figure' ? value.figureKey : null,
      figureFilters:
        value.source === 'figure' && value.filterPillar && BY_PILLAR.has(value.figureKey)
          ? { pillar: Number(value.filterPillar) as IndicatorInput['pillar'] }
          : {},
      isDemo: value.isDemo,
    };
    this.saving.set(true);
    try {
      const saved = this.isNew()
        ? await this.api.createIndicator(input)
        : await this.api.updateIndicator(this.id(), input);
      this.message.set(this.t('form.saved'));
      if (this.isNew()) {
        await this.router.navigate(['/city/indicators', saved.id], {
          queryParams: this.backLink(),
        });
      } else {
        this.indicator.reload();
      }
    } catch (error) {
      this.message.set(this.t('form.saveFailed'));
      const fields = fieldErrors(error, this.i18n.language());
      this.errors.set(fields);
      // The API's message under its field (the control turns invalid until it is changed).
      for (const name of Object.keys(fields)) {
        const control = this.form.get(name);
        control?.setErrors({ server: true });
        control?.markAsTouched();
      }
    } finally {
      this.saving.set(false);
    }
  }

  protected async remove(): Promise<void> {
    if (!window.confirm(this.t('form.deleteConfirm'))) return;
    await this.api.deleteIndicator(this.id());
    await this.router.navigate(['/city'], { queryParams: this.backLink() });
  }

  protected async saveManual(): Promise<void> {
    this.manual.markAllAsTouched();
    if (this.manual.invalid) return;
    const value = this.manual.getRawValue();
    try {
      await this.api.setManualValue(this.id(), Number(value.fiscalYear), {
        value: Number(value.value),
        sourceJa: value.sourceJa,
        sourceEn: value.sourceEn,
        note: value.note,
      });
      this.manualMessage.set(
        this.t('manual.saved', {
          year: formatFiscalYear(Number(value.fiscalYear), this.i18n.language()),
        }),
      );
      this.indicator.reload();
    } catch (error) {
      const fields = fieldErrors(error, this.i18n.language());
      this.manualMessage.set(Object.values(fields)[0] ?? this.t('form.saveFailed'));
    }
  }

  private fill(indicator: Indicator): void {
    this.form.setValue({
      nameJa: indicator.name.ja,
      nameEn: indicator.name.en,
      pillar: indicator.pillar,
      unitJa: indicator.unit.ja,
      unitEn: indicator.unit.en,
      direction: indicator.direction,
      baselineFiscalYear: indicator.baselineFiscalYear,
      baselineValue: indicator.baselineValue,
      targetFiscalYear: indicator.targetFiscalYear,
      targetValue: indicator.targetValue,
      source: indicator.source,
      figureKey: indicator.figureKey ?? 'participants',
      filterPillar: indicator.figureFilters.pillar ?? null,
      isDemo: indicator.isDemo,
    });
    this.source.set(indicator.source);
    this.figureKey.set(indicator.figureKey ?? 'participants');
    if (!this.canEdit()) this.form.disable();
  }

  private valueText(indicator: Indicator, value: number | null): string {
    return value === null ? '—' : `${value}${this.pick(indicator.unit)}`;
  }
}

/** The API's bilingual field messages, by field, in the page's language. */
function fieldErrors(error: unknown, language: 'ja' | 'en'): Record<string, string> {
  if (!(error instanceof HttpErrorResponse) || !Array.isArray(error.error?.fields)) return {};
  return Object.fromEntries(
    (error.error.fields as { field: string; ja: string; en: string }[]).map((field) => [
      field.field,
      field[language],
    ]),
  );
}
