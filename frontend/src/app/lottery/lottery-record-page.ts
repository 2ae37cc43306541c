import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { isNotFound } from '../core/api/catalogue-api';
import { I18nService } from '../core/i18n/i18n.service';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { PageTitleStrategy } from '../core/navigation/page-title.strategy';
import { LotteryApi } from './lottery-api';
import { lotteryEn, lotteryJa } from './lottery-messages';
import { recordFacts, resultRows, stateTexts, waitingPlaces } from './lottery-view';

/**
 * The public record of a course's lottery at /courses/:id/lottery: before the draw the seed's
 * commitment, after it the seed, the pseudonymous applications, the results and how anyone can
 * check them; the reader's own entry highlighted when signed in.
 */
@Component({
  selector: 'tsu-lottery-record-page',
  imports: [RouterLink, MatButtonModule, MatIconModule, MatProgressBarModule],
  templateUrl: './lottery-record-page.html',
  styleUrl: './lottery.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LotteryRecordPage {
  private readonly i18n = inject(I18nService);
  private readonly pageTitle = inject(PageTitleStrategy);

  readonly id = input.required<string>();

  protected readonly t = scopedTranslator(lotteryJa, lotteryEn);
  protected readonly core = this.i18n.t;
  protected readonly pick = this.i18n.pick;

  private readonly resource = inject(LotteryApi).record(() => this.id());
  protected readonly record = computed(() =>
    this.resource.hasValue() ? this.resource.value() : undefined,
  );
  protected readonly loading = computed(() => this.resource.isLoading());
  protected readonly notFound = computed(() => isNotFound(this.resource.error()));
  protected readonly failed = computed(() => !!this.resource.error() && !this.notFound());
  protected readonly texts = computed(() => {
    const record = this.record();
    return record ? stateTexts(record.state, this.t) : { badge: '', lead: '' };
  });
  protected readonly facts = computed(() => {
    const record = this.record();
    return record ? recordFacts(record, this.i18n.language(), this.t) : [];
  });
  protected readonly rows = computed(() => {
    const record = this.record();
    return record?.results ? resultRows(record.results, record.yourEntryId, this.t) : [];
  });
  protected readonly showGroups = computed(() => (this.record()?.priorities.length ?? 0) > 0);
  /** The reader's own entry, in words. */
  protected readonly yours = computed(() => {
    const record = this.record();
    const entry = record?.yourEntryId;
    if (!record || !entry) return null;
    const result = record.results?.find((r) => r.entryId === entry);
    if (!result) return this.t('yours.number', { entry });
    if (result.outcome === 'won') return this.t('yours.won', { entry });
    const place = waitingPlaces(record.results ?? []).get(entry);
    return this.t('yours.waitlisted', { entry, position: place ?? '' });
  });
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
          ? `${this.t('title.record')} ${this.pick(record.courseTitleJa, record.courseTitleEn)}`
          : null;
      this.pageTitle.setDetail(title);
    });
  }

  protected retry(): void {
    this.resource.reload();
  }
}
