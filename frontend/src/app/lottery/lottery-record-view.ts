import { computed, Directive, effect, inject, input } from '@angular/core';
import type { HttpResourceRef } from '@angular/common/http';
import { I18nService } from '../core/i18n/i18n.service';
import { isMissing } from '../core/load-state/load-state';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { PageTitleStrategy } from '../core/navigation/page-title.strategy';
import type { LotteryRecord } from './lottery-api';
import { type LotteryKey, lotteryEn, lotteryJa } from './lottery-messages';

/**
 * What the public lottery record and the organiser's draw record share: the course id from the
 * route, the record as a resource (its load states are the page's `<tsu-load-state>`), the
 * counts and the page title; the top of the record is `<tsu-lottery-record-summary>`. Each page
 * names its resource and its title.
 */
@Directive()
export abstract class LotteryRecordView<R extends LotteryRecord> {
  protected readonly i18n = inject(I18nService);
  private readonly pageTitle = inject(PageTitleStrategy);

  readonly id = input.required<string>();

  protected readonly t = scopedTranslator(lotteryJa, lotteryEn);
  protected readonly pick = this.i18n.pick;

  /** The page's record (a field initialiser of the page). */
  protected abstract readonly resource: HttpResourceRef<R | undefined>;
  /** The eyebrow and page-title prefix: 抽選の記録 or the organiser's 抽選の記録と結果. */
  protected abstract readonly titleKey: LotteryKey;

  protected readonly record = computed(() =>
    this.resource.hasValue() ? this.resource.value() : undefined,
  );
  protected readonly notFound = computed(() => isMissing(this.resource.error()));

  protected readonly counts = computed(() => {
    const record = this.record();
    if (!record?.drawnAt) return null;
    return this.t('counts', {
      entries: record.entryCount ?? 0,
      won: record.winnerCount ?? 0,
      waiting: record.waitlistedCount ?? 0,
    });
  });

  constructor() {
    effect(() => {
      const record = this.record();
      const title = this.notFound()
        ? this.t('notFound')
        : record
          ? `${this.t(this.titleKey)} ${this.pick(record.courseTitleJa, record.courseTitleEn)}`
          : null;
      this.pageTitle.setDetail(title);
    });
  }
}
