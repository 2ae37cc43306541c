import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { Icon } from '../core/layout/icon';
import { MatSelectModule } from '@angular/material/select';
import { Router } from '@angular/router';
import type { CityQuestionnaireReport, QuestionnaireReportRow } from '../api/api-types';
import { adminEn, adminJa } from '../admin/admin-messages';
import { consoleTitle } from '../admin/page-title';
import { formatFiscalYear } from '../core/format/date-format';
import { formatCount } from '../core/format/money-format';
import { I18nService } from '../core/i18n/i18n.service';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { DataTable } from '../core/layout/data-table';
import { LoadState, LoadedContent } from '../core/load-state/load-state';
import { DistributionChart, percent } from './distribution-chart';
import { questionnaireEn, questionnaireJa } from './questionnaire-messages';
import { QuestionnairesApi } from './questionnaires-api';

/**
 * The city's questionnaire report (生涯学習推進課): a fiscal year's response rate and
 * satisfaction in total, by pillar of the plan, by organiser and by course, with the
 * distributions — every figure under the five-answer threshold — and the CSV for the plan's
 * evaluation. The year lives in the address (?year=2026).
 */
@Component({
  selector: 'tsu-admin-questionnaires-page',
  imports: [
    NgTemplateOutlet,
    MatButtonModule,
    MatFormFieldModule,
    Icon,
    MatSelectModule,
    DataTable,
    LoadState,
    LoadedContent,
    DistributionChart,
  ],
  templateUrl: './admin-questionnaires-page.html',
  styleUrl: './questionnaires.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminQuestionnairesPage {
  private readonly api = inject(QuestionnairesApi);
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);

  /** Query parameter: the fiscal year shown (default: this one). */
  readonly year = input<string>();

  protected readonly t = scopedTranslator(questionnaireJa, questionnaireEn);
  private readonly console = scopedTranslator(adminJa, adminEn);
  protected readonly fiscalYear = computed(() => {
    const year = Number(this.year());
    return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : undefined;
  });
  protected readonly resource = this.api.cityReport(() => this.fiscalYear());
  protected readonly report = computed<CityQuestionnaireReport | undefined>(() =>
    this.resource.hasValue() ? this.resource.value() : undefined,
  );
  protected readonly percent = percent;
  /** Counts with a thousands separator (6,620). */
  protected readonly count = formatCount;

  constructor() {
    consoleTitle(
      () => this.console('nav.questionnaires'),
      () => this.console('heading'),
    );
  }

  protected pick(label: { ja: string; en: string }): string {
    return this.i18n.language() === 'en' && label.en ? label.en : label.ja;
  }

  protected yearLabel(year: number): string {
    return formatFiscalYear(year, this.i18n.language());
  }

  protected mean(row: QuestionnaireReportRow): string {
    return row.satisfactionMean === null ? this.t('city.hidden') : row.satisfactionMean.toFixed(2);
  }

  protected csvUrl(year: number): string {
    return this.api.cityCsvUrl(year);
  }

  protected choose(year: number): void {
    void this.router.navigate([], { queryParams: { year }, queryParamsHandling: 'merge' });
  }
}
