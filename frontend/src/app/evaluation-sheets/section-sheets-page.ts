import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { Icon } from '../core/layout/icon';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import type { ListedSheetState } from '../api/api-types';
import { formatFiscalYear } from '../core/format/date-format';
import { I18nService } from '../core/i18n/i18n.service';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { DataTable } from '../core/layout/data-table';
import { LoadState, LoadedContent } from '../core/load-state/load-state';
import { sheetEn, sheetJa } from './evaluation-sheet-messages';
import { EvaluationSheetsApi } from './evaluation-sheets-api';
import { fiscalYearParam, recentFiscalYears } from './fiscal-years';
import { STATE_BADGE, formatWhen } from './sheet-format';

const STATES: readonly ListedSheetState[] = [
  'not_started',
  'draft',
  'submitted',
  'returned',
  'accepted',
];
const KINDS = ['all', 'departments', 'partners'] as const;
type KindFilter = (typeof KINDS)[number];

/**
 * The lifelong-learning section's list of every organisation's sheet for a fiscal year: how
 * many are in each state, who has submitted, a roll-up by the plan's pillars, the Excel
 * workbook. Year, state and kind live in the address (?year=2025&state=submitted&kind=partners).
 */
@Component({
  selector: 'tsu-section-sheets-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    Icon,
    MatSelectModule,
    DataTable,
    LoadState,
    LoadedContent,
  ],
  templateUrl: './section-sheets-page.html',
  styleUrl: './evaluation-sheets.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SectionSheetsPage {
  private readonly api = inject(EvaluationSheetsApi);
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);

  /** Query parameters. */
  readonly year = input<string>();
  readonly state = input<string>();
  readonly kind = input<string>();

  protected readonly t = scopedTranslator(sheetJa, sheetEn);
  protected readonly years = recentFiscalYears();
  protected readonly stateOptions = computed(() =>
    STATES.map((state) => ({ value: state, label: this.t(`state.${state}`) })),
  );
  protected readonly kindOptions = computed(() =>
    KINDS.map((kind) => ({ value: kind, label: this.t(`section.kind.${kind}`) })),
  );
  protected readonly resource = this.api.sectionList(() => fiscalYearParam(this.year()));
  protected readonly list = computed(() =>
    this.resource.hasValue() ? this.resource.value() : undefined,
  );
  protected readonly stateFilter = computed<ListedSheetState | 'all'>(() => {
    const state = this.state() as ListedSheetState;
    return STATES.includes(state) ? state : 'all';
  });
  protected readonly kindFilter = computed<KindFilter>(() => {
    const kind = this.kind() as KindFilter;
    return KINDS.includes(kind) ? kind : 'all';
  });

  protected readonly counts = computed(() =>
    (this.list()?.counts ?? []).map((count) => ({
      ...count,
      label: this.t(`state.${count.state}`),
      badge: STATE_BADGE[count.state],
    })),
  );

  protected readonly rows = computed(() => {
    const language = this.i18n.language();
    const state = this.stateFilter();
    const kind = this.kindFilter();
    return (this.list()?.rows ?? [])
      .filter((row) => state === 'all' || row.state === state)
      .filter(
        (row) =>
          kind === 'all' ||
          (kind === 'departments') === (row.organisation.kind === 'city_department'),
      )
      .map((row) => ({
        ...row,
        name: this.i18n.pick(row.organisation.nameJa, row.organisation.nameEn),
        stateText: this.t(`state.${row.state}`),
        badge: STATE_BADGE[row.state],
        submitted: formatWhen(row.submittedAt, language),
        pillarText: row.pillars.length ? row.pillars.join('・') : this.t('none'),
      }));
  });

  protected readonly pillars = computed(() =>
    (this.list()?.pillars ?? []).map((pillar) => ({
      ...pillar,
      title: this.i18n.pick(pillar.ja, pillar.en),
      rate: pillar.organisations
        ? `${((pillar.handedIn / pillar.organisations) * 100).toFixed(1)}%`
        : this.t('none'),
    })),
  );

  protected yearLabel(year: number): string {
    return formatFiscalYear(year, this.i18n.language());
  }

  protected workbookUrl(year: number): string {
    return this.api.workbookUrl(year);
  }

  protected filter(params: Record<string, string | number | null>): void {
    void this.router.navigate([], { queryParams: params, queryParamsHandling: 'merge' });
  }
}
