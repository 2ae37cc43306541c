import { DOCUMENT, NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { Icon } from '../core/layout/icon';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import type {
  BreakdownGroup,
  FigureDimension,
  FigureKey,
  FigureValue,
  Indicator,
} from '../api/api-types';
import { formatDateTime, formatFiscalYear, formatIsoDate } from '../core/format/date-format';
import { I18nService } from '../core/i18n/i18n.service';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { LoadState, LoadedContent } from '../core/load-state/load-state';
import { ReferenceService } from '../core/reference/reference.service';
import { SessionService } from '../core/session/session.service';
import { type BarRow, BarTable } from './bar-table';
import { CityApi, type CityFilters } from './city-api';
import { type CityMessageKey, cityEn, cityJa } from './city-messages';
import { type TrendPoint, TrendChart } from './trend-chart';

const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** The figures the trend offers, and the rows of the trend's table, in this order. */
export const TREND_FIGURES: readonly FigureKey[] = [
  'participants',
  'courses_held',
  'sessions_held',
  'applicants',
  'fill_rate',
  'attendance_rate',
  'completion_rate',
  'satisfaction_rate',
  'repeat_learners',
  'room_use_rate',
];

const DIMENSIONS: readonly FigureDimension[] = [
  'organisation',
  'pillar',
  'life_stage',
  'category',
  'facility',
  'month',
];

/** The filter a breakdown's group stands for (the drill-down to its courses). */
function filterOf(by: FigureDimension, key: string): CityFilters {
  switch (by) {
    case 'organisation':
      return { organisationId: key };
    case 'facility':
      return { facilityId: key };
    case 'pillar':
      return { pillar: Number(key) };
    case 'month':
      return { month: Number(key) };
    case 'life_stage':
      return { lifeStage: key };
    case 'category':
      return { category: key };
  }
}

/**
 * 計画の評価 (/city): the lifelong-learning section's dashboard — indicators against their
 * targets, the year's main figures each with its definition, five-year trends (an SVG chart and
 * the table of its numbers), participation by pillar, life stage, age and 在住・在勤・在学, the
 * community centres' room use, and a drill-down from any breakdown to its courses. One fiscal
 * year at a time (`?year=`); printable.
 */
@Component({
  selector: 'tsu-city-page',
  imports: [
    NgTemplateOutlet,
    RouterLink,
    MatButtonModule,
    Icon,
    MatFormFieldModule,
    MatInputModule,
    LoadState,
    LoadedContent,
    BarTable,
    TrendChart,
  ],
  templateUrl: './city-page.html',
  styleUrl: './city-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CityPage {
  private readonly api = inject(CityApi);
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  private readonly reference = inject(ReferenceService);
  private readonly session = inject(SessionService);
  private readonly document = inject(DOCUMENT);

  /** The `year` query parameter: a fiscal year; anything else means this one. */
  readonly year = input<string | undefined>(undefined);

  protected readonly t = scopedTranslator(cityJa, cityEn);
  private readonly askedYear = computed(() => {
    const value = Number(this.year());
    return Number.isInteger(value) && value >= 2000 && value <= 2100 ? value : undefined;
  });
  protected readonly dashboard = this.api.dashboard(this.askedYear);
  private readonly data = computed(() =>
    this.dashboard.hasValue() ? this.dashboard.value() : null,
  );
  protected readonly canEdit = computed(() => this.session.hasAnyRole(['plan_evaluator']));

  protected readonly fiscalYear = computed(() => this.data()?.fiscalYear ?? 0);
  protected readonly yearLabel = computed(() =>
    formatFiscalYear(this.fiscalYear(), this.i18n.language()),
  );
  protected readonly years = computed(() => {
    const data = this.data();
    if (!data) return [];
    const years: { year: number; label: string }[] = [];
    for (let year = data.currentFiscalYear; year >= data.currentFiscalYear - 6; year -= 1) {
      years.push({
        year,
        label:
          formatFiscalYear(year, this.i18n.language()) +
          (year === data.currentFiscalYear ? ` ${this.t('current')}` : ''),
      });
    }
    return years;
  });
  /** The year shown is this one, still in progress: its values are partial. */
  protected readonly inProgress = computed(() => {
    const data = this.data();
    return !!data && data.fiscalYear === data.currentFiscalYear;
  });
  protected readonly asOf = computed(() => {
    const asOf = this.data()?.asOf;
    return asOf
      ? this.t('asOf', { time: formatDateTime(asOf, this.i18n.language()) })
      : this.t('notYet');
  });
  protected readonly status = signal('');
  protected readonly refreshing = signal(false);

  // --- indicators ---------------------------------------------------------------------------
  protected readonly indicators = computed(() => this.data()?.indicators ?? []);
  protected readonly hasDemo = computed(() => this.indicators().some((i) => i.isDemo));

  protected readonly thresholds = this.api.thresholds();
  protected readonly thresholdError = signal('');

  // --- figures -----------------------------------------------------------------------------
  protected readonly figures = computed(() => this.data()?.figures ?? []);

  // --- trend -------------------------------------------------------------------------------
  protected readonly trendFigures = TREND_FIGURES;
  protected readonly trendFigure = signal<FigureKey>('participants');
  protected readonly trendYears = computed(() =>
    (this.data()?.trend ?? []).map((entry) => ({
      year: entry.fiscalYear,
      label: formatFiscalYear(entry.fiscalYear, this.i18n.language()),
      hasData: entry.hasData,
      figures: entry.figures,
    })),
  );
  /** The years of the trend the system has no course for: said in words, never drawn as 0. */
  protected readonly noDataNote = computed(() => {
    const years = this.trendYears().filter((entry) => !entry.hasData);
    if (years.length === 0) return '';
    const separator = this.i18n.language() === 'en' ? ', ' : '、';
    return this.t('trend.noDataNote', { years: years.map((y) => y.label).join(separator) });
  });
  protected readonly trendPoints = computed<TrendPoint[]>(() =>
    this.trendYears().map((entry) => {
      const figure = entry.figures.find((f) => f.key === this.trendFigure());
      return {
        // The year alone under its bar (the caption says 年度): it fits at the largest text.
        label: String(entry.year),
        value: entry.hasData ? (figure?.value ?? null) : null,
        text: !entry.hasData ? this.t('trend.noData') : figure ? this.valueText(figure) : '—',
      };
    }),
  );
  protected readonly trendRows = computed(() =>
    TREND_FIGURES.map((key) => ({
      key,
      name: this.figureName(key),
      cells: this.trendYears().map((entry) => {
        const figure = entry.figures.find((f) => f.key === key);
        if (!entry.hasData) return this.t('trend.noData');
        return figure ? this.valueText(figure) : '—';
      }),
    })),
  );

  // --- participation -----------------------------------------------------------------------
  protected readonly byPillar = computed(() => this.groupRows(this.data()?.byPillar ?? []));
  protected readonly byLifeStage = computed(() => this.groupRows(this.data()?.byLifeStage ?? []));
  protected readonly byAge = computed(() => this.ageRows(this.data()?.participants.byAgeBand));
  protected readonly byRelation = computed<BarRow[]>(() =>
    (this.data()?.participants.byRelation ?? []).map((row) => ({
      key: row.relation,
      label: this.pick(row.label),
      value: row.count,
      cells: [GROUPED.format(row.count)],
    })),
  );
  /** The four participation charts, each a bar table with its numbers. */
  protected readonly participationPanels = computed(() => {
    const byGroup = [
      this.t('participation.area'),
      this.t('participation.courses'),
      this.t('participation.participants'),
    ];
    const byPeople = [this.t('participation.area'), this.t('participation.people')];
    return [
      {
        key: 'pillar',
        heading: this.t('participation.byPillar'),
        rows: this.byPillar(),
        headers: byGroup,
        caption: this.t('participation.captionPillar'),
        note: '',
      },
      {
        key: 'life-stage',
        heading: this.t('participation.byLifeStage'),
        rows: this.byLifeStage(),
        headers: byGroup,
        caption: this.t('participation.captionLifeStage'),
        note: this.t('participation.lifeStageNote'),
      },
      {
        key: 'age',
        heading: this.t('participation.byAge'),
        rows: this.byAge(),
        headers: byPeople,
        caption: this.t('participation.captionAge'),
        note: '',
      },
      {
        key: 'relation',
        heading: this.t('participation.byRelation'),
        rows: this.byRelation(),
        headers: byPeople,
        caption: this.t('participation.captionRelation'),
        note: '',
      },
    ];
  });
  protected readonly participantDefinition = computed(() =>
    this.pick(this.data()?.participants.definition ?? { ja: '', en: '' }),
  );

  // --- room use ----------------------------------------------------------------------------
  protected readonly rooms = computed<BarRow[]>(() =>
    (this.data()?.roomUse ?? []).map((row) => ({
      key: row.facilityId,
      label: this.pick(row.name),
      value: row.rate,
      cells: [
        row.rate === null ? '—' : `${row.rate}%`,
        GROUPED.format(row.courseHours),
        GROUPED.format(row.hireHours),
        GROUPED.format(row.openHours),
      ],
    })),
  );
  protected readonly roomDefinition = computed(() => {
    const figure = this.figures().find((f) => f.key === 'room_use_rate');
    return figure ? this.pick(figure.definition) : '';
  });

  // --- drill-down --------------------------------------------------------------------------
  protected readonly dimensions = DIMENSIONS;
  protected readonly drillBy = signal<FigureDimension>('organisation');
  protected readonly breakdown = this.api.breakdown(() =>
    this.data() ? { fiscalYear: this.fiscalYear(), by: this.drillBy() } : undefined,
  );
  protected readonly drillRows = computed(() => {
    const groups = this.breakdown.hasValue() ? (this.breakdown.value()?.groups ?? []) : [];
    return groups
      .map((group) => ({
        key: group.key,
        label: this.pick(group.label),
        courses: this.number(group.figures, 'courses_held'),
        participants: this.number(group.figures, 'participants'),
        fill: this.text(group.figures, 'fill_rate'),
        attendance: this.text(group.figures, 'attendance_rate'),
        satisfaction: this.text(group.figures, 'satisfaction_rate'),
      }))
      .filter((row) => row.courses !== '0');
  });
  protected readonly drillGroup = signal<{
    by: FigureDimension;
    key: string;
    label: string;
  } | null>(null);
  /** The chosen group's own figures (its tiles) and participants by age (its chart). */
  protected readonly groupFigures = this.api.groupFigures(() => {
    const group = this.drillGroup();
    return group && this.data()
      ? { fiscalYear: this.fiscalYear(), filters: filterOf(group.by, group.key) }
      : undefined;
  });
  protected readonly groupTiles = computed(() =>
    this.groupFigures.hasValue()
      ? (this.groupFigures.value()?.figures ?? []).filter((figure) => figure.applicable)
      : [],
  );
  protected readonly groupByAge = computed(() =>
    this.ageRows(
      this.groupFigures.hasValue() ? this.groupFigures.value()?.participants.byAgeBand : [],
    ),
  );
  protected readonly courses = this.api.courses(() => {
    const group = this.drillGroup();
    return group && this.data()
      ? { fiscalYear: this.fiscalYear(), filters: filterOf(group.by, group.key) }
      : undefined;
  });
  protected readonly courseRows = computed(() =>
    (this.courses.hasValue() ? (this.courses.value()?.courses ?? []) : []).map((course) => ({
      ...course,
      title: this.i18n.language() === 'en' && course.titleEn ? course.titleEn : course.titleJa,
      organisationName: this.pick(course.organisation),
      first: formatIsoDate(course.firstDate, this.i18n.language()),
      fill: course.fillRate === null ? '—' : `${course.fillRate}%`,
      attendance: course.attendanceRate === null ? '—' : `${course.attendanceRate}%`,
      satisfaction: course.satisfactionRate === null ? '—' : `${course.satisfactionRate}%`,
    })),
  );

  // --- actions -----------------------------------------------------------------------------
  protected chooseYear(event: Event): void {
    const year = (event.target as HTMLSelectElement).value;
    this.drillGroup.set(null);
    void this.router.navigate([], { queryParams: { year }, queryParamsHandling: 'merge' });
  }

  protected chooseTrendFigure(event: Event): void {
    this.trendFigure.set((event.target as HTMLSelectElement).value as FigureKey);
  }

  protected chooseDrill(event: Event): void {
    this.drillBy.set((event.target as HTMLSelectElement).value as FigureDimension);
    this.drillGroup.set(null);
  }

  protected showCourses(row: { key: string; label: string }): void {
    this.drillGroup.set({ by: this.drillBy(), key: row.key, label: row.label });
    // Move to the list once it is drawn (its heading takes the focus).
    setTimeout(() => this.document.getElementById('city-courses-heading')?.focus(), 50);
  }

  protected closeCourses(): void {
    const key = this.drillGroup()?.key;
    this.drillGroup.set(null);
    setTimeout(() => this.document.getElementById(`drill-${key}`)?.focus(), 0);
  }

  protected async refresh(): Promise<void> {
    this.refreshing.set(true);
    try {
      await this.api.refresh();
      this.dashboard.reload();
      this.breakdown.reload();
      this.status.set(this.t('refreshed'));
    } catch {
      this.status.set(this.t('refreshFailed'));
    } finally {
      this.refreshing.set(false);
    }
  }

  protected async saveThresholds(event: Event): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const value = (name: string) =>
      Number((form.elements.namedItem(name) as HTMLInputElement).value);
    this.thresholdError.set('');
    try {
      await this.api.setThresholds({
        onTrackPercent: value('onTrack'),
        nearlyOnTrackPercent: value('nearly'),
      });
      this.thresholds.reload();
      this.dashboard.reload();
      this.status.set(this.t('thresholds.saved'));
    } catch {
      this.thresholdError.set(this.t('thresholds.failed'));
    }
  }

  protected byLabel(dimension: FigureDimension): string {
    return this.t(`by.${dimension}` as CityMessageKey);
  }

  protected print(): void {
    this.document.defaultView?.print();
  }

  // --- formatting ----------------------------------------------------------------------------
  protected pick(label: { ja: string; en: string }): string {
    return this.i18n.language() === 'en' ? label.en : label.ja;
  }

  protected valueText(figure: FigureValue): string {
    if (figure.value === null) return '—';
    return this.t(`unit.${figure.unit}`, { value: GROUPED.format(figure.value) });
  }

  protected partsText(figure: FigureValue): string {
    return figure.numerator !== null && figure.denominator !== null
      ? this.t('figures.parts', {
          numerator: GROUPED.format(figure.numerator),
          denominator: GROUPED.format(figure.denominator),
        })
      : '';
  }

  protected indicatorValue(indicator: Indicator, value: number | null): string {
    if (value === null) return '—';
    return `${GROUPED.format(value)}${this.pick(indicator.unit)}`;
  }

  protected percent(value: number | null): string {
    return value === null ? '—' : `${GROUPED.format(value)}%`;
  }

  protected pillarShort(pillar: number): string {
    return this.i18n.language() === 'en' ? `Pillar ${pillar}` : `柱${pillar}`;
  }

  protected pillarName(pillar: number): string {
    return this.reference.pillarLabel(pillar);
  }

  protected fiscalYearText(year: number): string {
    return formatFiscalYear(year, this.i18n.language());
  }

  protected figureName(key: FigureKey): string {
    const figure =
      this.figures().find((f) => f.key === key) ??
      this.data()?.trend[0]?.figures.find((f) => f.key === key);
    return figure ? this.pick(figure.name) : key;
  }

  private ageRows(
    bands: readonly { band: string; label: { ja: string; en: string }; count: number }[] = [],
  ): BarRow[] {
    return bands.map((row) => ({
      key: row.band,
      label: this.pick(row.label),
      value: row.count,
      cells: [GROUPED.format(row.count)],
    }));
  }

  private groupRows(groups: readonly BreakdownGroup[]): BarRow[] {
    return groups.map((group) => {
      const participants = group.figures.find((f) => f.key === 'participants')?.value ?? 0;
      return {
        key: group.key,
        label: this.pick(group.label),
        value: participants,
        cells: [this.number(group.figures, 'courses_held'), GROUPED.format(participants)],
      };
    });
  }

  private number(figures: readonly FigureValue[], key: FigureKey): string {
    const value = figures.find((f) => f.key === key)?.value;
    return value === null || value === undefined ? '—' : GROUPED.format(value);
  }

  private text(figures: readonly FigureValue[], key: FigureKey): string {
    const figure = figures.find((f) => f.key === key);
    return figure ? this.valueText(figure) : '—';
  }
}
