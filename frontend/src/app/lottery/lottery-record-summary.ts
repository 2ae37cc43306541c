import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { I18nService } from '../core/i18n/i18n.service';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import type { LotteryRecord } from './lottery-api';
import { lotteryEn, lotteryJa } from './lottery-messages';
import { recordFacts, stateTexts } from './lottery-view';

/**
 * The top of both lottery records (the public one and the organiser's): the course as the page
 * heading under what the page is, the lottery's state as a badge and a sentence, then the facts
 * of the draw. What a page adds between the sentence and the facts is projected.
 */
@Component({
  selector: 'tsu-lottery-record-summary',
  template: `
    <p class="lottery__eyebrow">{{ eyebrow() }}</p>
    <h1 tabindex="-1">{{ pick(record().courseTitleJa, record().courseTitleEn) }}</h1>
    <ul class="badge-list">
      <li class="badge" [class.badge--primary]="record().state === 'drawn'">{{ texts().badge }}</li>
    </ul>
    <p class="lead-text">{{ texts().lead }}</p>
    <ng-content />
    <dl class="facts lottery__facts">
      @for (fact of facts(); track fact.label) {
        <dt>{{ fact.label }}</dt>
        <dd>
          @if (fact.code) {
            <code class="lottery__hex">{{ fact.value }}</code>
          } @else {
            {{ fact.value }}
          }
        </dd>
      }
    </dl>
  `,
  styleUrl: './lottery.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LotteryRecordSummary {
  private readonly i18n = inject(I18nService);
  private readonly t = scopedTranslator(lotteryJa, lotteryEn);

  readonly record = input.required<LotteryRecord>();
  /** What the page is: 抽選の記録, or the organiser's 抽選の記録と結果. */
  readonly eyebrow = input.required<string>();

  protected readonly pick = this.i18n.pick;
  protected readonly texts = computed(() => stateTexts(this.record().state, this.t));
  protected readonly facts = computed(() =>
    recordFacts(this.record(), this.i18n.language(), this.t),
  );
}
