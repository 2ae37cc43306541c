import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { EvaluationSheet } from '../api/api-types';
import { I18nService } from '../core/i18n/i18n.service';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { DataTable } from '../core/layout/data-table';
import { sheetEn, sheetJa } from './evaluation-sheet-messages';
import { formatFigure, formatWhen } from './sheet-format';

/**
 * What a sheet records, for both sides: the figures of the year with their definitions, the
 * organisation's own evaluation (when `showText`; the organisation edits it in a form instead)
 * and the history of submissions, returns and acceptances.
 */
@Component({
  selector: 'tsu-sheet-record',
  imports: [DataTable],
  template: `
    @let record = sheet();
    <section class="sheet-section" aria-labelledby="sheet-figures-heading">
      <h2 id="sheet-figures-heading">{{ t('sheet.figures') }}</h2>
      @if (record.figures.length === 0) {
        <p class="state-message">{{ t('sheet.noFigures') }}</p>
      } @else {
        <p class="sheet-note">{{ figuresNote() }}</p>
        <tsu-data-table [label]="t('sheet.figures')">
          <thead>
            <tr>
              <th scope="col">{{ t('sheet.figure') }}</th>
              <th scope="col" class="numeric">{{ t('sheet.value') }}</th>
              <th scope="col">{{ t('sheet.definition') }}</th>
            </tr>
          </thead>
          <tbody>
            @for (figure of figures(); track figure.key) {
              <tr>
                <th scope="row">{{ figure.label }}</th>
                <td class="numeric nowrap">{{ figure.text }}</td>
                <td class="sheet-definition">{{ figure.definition }}</td>
              </tr>
            }
          </tbody>
        </tsu-data-table>
      }
    </section>

    @if (showText()) {
      <section class="sheet-section" aria-labelledby="sheet-evaluation-heading">
        <h2 id="sheet-evaluation-heading">{{ t('sheet.evaluation') }}</h2>
        <dl class="sheet-text">
          @for (field of textFields; track field) {
            <dt>{{ t(field) }}</dt>
            <dd>{{ record[field] || t('none') }}</dd>
          }
        </dl>
      </section>
    }

    <section class="sheet-section" aria-labelledby="sheet-history-heading">
      <h2 id="sheet-history-heading">{{ t('history') }}</h2>
      @if (history().length === 0) {
        <p class="state-message">{{ t('history.empty') }}</p>
      } @else {
        <ol class="sheet-history">
          @for (event of history(); track $index) {
            <li class="sheet-history__event">
              <p class="sheet-history__what">
                <strong>{{ event.action }}</strong>
                <span>{{ event.when }}</span>
                <span>{{ event.who }}</span>
              </p>
              @if (event.comment) {
                <p class="sheet-history__comment">{{ event.comment }}</p>
              }
            </li>
          }
        </ol>
      }
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SheetRecord {
  private readonly i18n = inject(I18nService);
  readonly sheet = input.required<EvaluationSheet>();
  readonly showText = input(false);

  protected readonly t = scopedTranslator(sheetJa, sheetEn);
  protected readonly textFields = ['outcomes', 'issues', 'improvements', 'nextYearPlan'] as const;

  protected readonly figuresNote = computed(() => {
    const sheet = this.sheet();
    const time = formatWhen(sheet.figuresAsOf, this.i18n.language());
    return this.t(sheet.figuresAsSubmitted ? 'sheet.figuresSubmitted' : 'sheet.figuresLive', {
      time,
    });
  });

  protected readonly figures = computed(() => {
    const language = this.i18n.language();
    return this.sheet().figures.map((figure) => ({
      key: figure.key,
      label: this.i18n.pick(figure.labelJa, figure.labelEn),
      text: formatFigure(figure, language),
      definition: this.i18n.pick(figure.definitionJa, figure.definitionEn),
    }));
  });

  /** Newest first: the last return's comment is what the organisation needs to read. */
  protected readonly history = computed(() => {
    const language = this.i18n.language();
    return [...this.sheet().history].reverse().map((event) => ({
      action: this.t(`action.${event.action}`),
      when: formatWhen(event.at, language),
      who: event.actorName ?? this.t('history.deleted'),
      comment: event.comment,
    }));
  });
}
