import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { formatFiscalYear } from '../core/format/date-format';
import { I18nService } from '../core/i18n/i18n.service';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { LoadState, LoadedContent } from '../core/load-state/load-state';
import { sheetEn, sheetJa } from './evaluation-sheet-messages';
import { EvaluationSheetsApi } from './evaluation-sheets-api';
import { fiscalYearParam, recentFiscalYears } from './fiscal-years';
import { STATE_BADGE, formatWhen } from './sheet-format';

/**
 * The organiser's evaluation sheets (評価シート): one per organisation they organise for, for
 * the fiscal year chosen (in the address, ?year=2025; default this one).
 */
@Component({
  selector: 'tsu-own-sheets-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatSelectModule,
    LoadState,
    LoadedContent,
  ],
  templateUrl: './own-sheets-page.html',
  styleUrl: './evaluation-sheets.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OwnSheetsPage {
  private readonly api = inject(EvaluationSheetsApi);
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);

  /** Query parameter: the fiscal year shown. */
  readonly year = input<string>();

  protected readonly t = scopedTranslator(sheetJa, sheetEn);
  protected readonly years = recentFiscalYears();
  protected readonly resource = this.api.ownList(() => fiscalYearParam(this.year()));
  protected readonly list = computed(() =>
    this.resource.hasValue() ? this.resource.value() : undefined,
  );
  protected readonly rows = computed(() => {
    const language = this.i18n.language();
    return (this.list()?.rows ?? []).map((row) => ({
      ...row,
      name: this.i18n.pick(row.organisation.nameJa, row.organisation.nameEn),
      stateText: this.t(`state.${row.state}`),
      hint: this.t(`stateHint.${row.state}`),
      badge: STATE_BADGE[row.state],
      updated: formatWhen(row.updatedAt, language),
    }));
  });

  protected yearLabel(year: number): string {
    return formatFiscalYear(year, this.i18n.language());
  }

  protected choose(year: number): void {
    void this.router.navigate([], { queryParams: { year }, queryParamsHandling: 'merge' });
  }
}
