import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Icon } from '../core/layout/icon';
import { RouterLink } from '@angular/router';
import { DataTable } from '../core/layout/data-table';
import { LoadState, LoadedContent } from '../core/load-state/load-state';
import { hyphenatedCode } from '../bookings/booking-format';
import { LotteryApi, type OrganiserLottery } from './lottery-api';
import type { LotteryKey } from './lottery-messages';
import { LotteryRecordSummary } from './lottery-record-summary';
import { LotteryRecordView } from './lottery-record-view';
import { outcomeLabel, waitingPlaces } from './lottery-view';

/**
 * The organiser's draw record at /organiser/courses/:id/lottery: the public record plus who is
 * behind each entry number and what became of their booking. Another organisation's course is
 * a 404 from the API, shown as "no record".
 */
@Component({
  selector: 'tsu-organiser-lottery-page',
  imports: [
    RouterLink,
    MatButtonModule,
    Icon,
    LoadState,
    LoadedContent,
    DataTable,
    LotteryRecordSummary,
  ],
  templateUrl: './organiser-lottery-page.html',
  styleUrl: './lottery.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrganiserLotteryPage extends LotteryRecordView<OrganiserLottery> {
  protected readonly resource = inject(LotteryApi).organiserRecord(() => this.id());
  protected readonly titleKey = 'title.organiser';

  protected readonly rows = computed(() => {
    const applicants = this.record()?.applicants ?? [];
    const places = waitingPlaces(applicants);
    return applicants.map((applicant) => ({
      ...applicant,
      party: this.t('people', { count: applicant.partySize }),
      outcomeText: outcomeLabel(applicant.outcome, places.get(applicant.entryId) ?? null, this.t),
      statusText: this.t(`status.${applicant.bookingStatus}` as LotteryKey),
      code: hyphenatedCode(applicant.bookingCode),
    }));
  });
}
