import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Icon } from '../core/layout/icon';
import { RouterLink } from '@angular/router';
import { DataTable } from '../core/layout/data-table';
import { LoadState, LoadedContent } from '../core/load-state/load-state';
import { LotteryApi, type LotteryRecord } from './lottery-api';
import { LotteryRecordSummary } from './lottery-record-summary';
import { LotteryRecordView } from './lottery-record-view';
import { resultRows, waitingPlaces } from './lottery-view';
import { formatDateTime } from '../core/format/date-format';

/**
 * The public record of a course's lottery at /courses/:id/lottery: before the draw the seed's
 * commitment, after it the seed, the pseudonymous applications, the results and how anyone can
 * check them; the reader's own entry highlighted when signed in.
 */
@Component({
  selector: 'tsu-lottery-record-page',
  imports: [
    RouterLink,
    MatButtonModule,
    Icon,
    LoadState,
    LoadedContent,
    DataTable,
    LotteryRecordSummary,
  ],
  templateUrl: './lottery-record-page.html',
  styleUrl: './lottery.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LotteryRecordPage extends LotteryRecordView<LotteryRecord> {
  protected readonly resource = inject(LotteryApi).record(() => this.id());
  protected readonly titleKey = 'title.record';

  protected readonly rows = computed(() => {
    const record = this.record();
    return record?.results ? resultRows(record.results, record.yourEntryId, this.t) : [];
  });
  protected readonly showGroups = computed(() => (this.record()?.priorities.length ?? 0) > 0);
  /** The reader's own entry, in words. */
  protected readonly committedAt = computed(() => {
    const record = this.record();
    return record ? formatDateTime(record.committedAt, this.i18n.language()) : '';
  });
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
}
