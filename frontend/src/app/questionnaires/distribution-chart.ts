import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { QuestionnaireDistribution } from '../api/api-types';
import { I18nService } from '../core/i18n/i18n.service';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { questionnaireEn, questionnaireJa } from './questionnaire-messages';

/** 0.425 → "42.5%" (one decimal, as the CSV). */
export function percent(share: number | null | undefined): string {
  return share === null || share === undefined ? '—' : `${(share * 100).toFixed(1)}%`;
}

/**
 * One question's answers as a bar chart that is a table: each option a row with its bar and,
 * beside it, the count and the share — so a screen reader reads the numbers, and nothing is
 * told by colour alone.
 */
@Component({
  selector: 'tsu-distribution-chart',
  template: `
    <table class="chart">
      <caption>
        <span class="chart__question">{{ pick(distribution().question) }}</span>
        <span class="chart__meta">
          {{ t('chart.answered', { count: distribution().answered }) }}
          @if (distribution().kind === 'multiple') {
            · {{ t('chart.multiple') }}
          }
          @if (distribution().mean !== null) {
            · {{ t('org.mean', { mean: distribution().mean! }) }}
          }
        </span>
      </caption>
      <tbody>
        @for (entry of distribution().entries; track entry.value) {
          <tr>
            <th scope="row">
              {{ pick(entry.label) }}
              <span
                class="chart__bar chart__bar--under"
                aria-hidden="true"
                [style.width.%]="width(entry.share)"
              ></span>
            </th>
            <td class="chart__bar-cell" aria-hidden="true">
              <span class="chart__bar" [style.width.%]="width(entry.share)"></span>
            </td>
            <td class="chart__figure">
              {{ t('chart.count', { count: entry.count }) }}
              <span class="chart__share">({{ share(entry.share) }})</span>
            </td>
          </tr>
        }
      </tbody>
    </table>
  `,
  styles: `
    :host {
      display: block;
      margin: 0 0 1.5rem;
    }
    .chart {
      width: 100%;
      border-collapse: collapse;
    }
    caption {
      text-align: start;
      padding-bottom: 0.5rem;
    }
    .chart__question {
      display: block;
      font-weight: 600;
    }
    .chart__meta {
      color: var(--mat-sys-on-surface-variant);
      font-size: 0.9em;
    }
    th {
      text-align: start;
      font-weight: normal;
      padding: 0.25rem 0.75rem 0.25rem 0;
      width: 35%;
      vertical-align: middle;
    }
    .chart__bar-cell {
      width: 40%;
      padding: 0.25rem 0;
    }
    .chart__bar {
      display: block;
      min-width: 2px;
      height: 1.25rem;
      border-radius: 0 0.25rem 0.25rem 0;
      background: var(--mat-sys-primary);
    }
    .chart__figure {
      white-space: nowrap;
      padding-inline-start: 0.75rem;
      font-variant-numeric: tabular-nums;
    }
    .chart__share {
      color: var(--mat-sys-on-surface-variant);
    }
    .chart__bar--under {
      display: none;
    }
    /*
     * On a phone the bar goes under its label, across the label's column, and the numbers keep
     * theirs: three columns left the bars a few pixels wide at 特大 and pushed the numbers out of
     * the page.
     */
    @media (max-width: 40rem) {
      th {
        width: auto;
        padding-block: 0.375rem;
      }
      .chart__bar-cell {
        display: none;
      }
      .chart__bar--under {
        display: block;
        height: 0.875rem;
        margin-top: 0.25rem;
      }
      .chart__figure {
        vertical-align: top;
        padding-block: 0.375rem;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DistributionChart {
  private readonly i18n = inject(I18nService);
  readonly distribution = input.required<QuestionnaireDistribution>();
  protected readonly t = scopedTranslator(questionnaireJa, questionnaireEn);
  private readonly largest = computed(() =>
    Math.max(0, ...this.distribution().entries.map((entry) => entry.share)),
  );

  protected pick(label: { ja: string; en: string }): string {
    return this.i18n.language() === 'en' && label.en ? label.en : label.ja;
  }

  protected share(value: number): string {
    return percent(value);
  }

  /** Bars scaled to the largest share, so small differences stay visible. */
  protected width(share: number): number {
    const largest = this.largest();
    return largest > 0 ? (share / largest) * 100 : 0;
  }
}
