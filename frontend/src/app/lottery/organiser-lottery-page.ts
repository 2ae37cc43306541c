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
import { type LotteryKey, lotteryEn, lotteryJa } from './lottery-messages';
import { outcomeLabel, recordFacts, stateTexts, waitingPlaces } from './lottery-view';

/**
 * The organiser's draw record at /organiser/courses/:id/lottery: the public record plus who is
 * behind each entry number and what became of their booking. Another organisation's course is
 * a 404 from the API, shown as "no record".
 */
@Component({
  selector: 'tsu-organiser-lottery-page',
  imports: [RouterLink, MatButtonModule, MatIconModule, MatProgressBarModule],
  templateUrl: './organiser-lottery-page.html',
  styleUrl: './lottery.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrganiserLotteryPage {
  private readonly i18n = inject(I18nService);
  private readonly pageTitle = inject(PageTitleStrategy);

  readonly id = input.required<string>();

  protected readonly t = scopedTranslator(lotteryJa, lotteryEn);
  protected readonly core = this.i18n.t;
  protected readonly pick = this.i18n.pick;

  private readonly resource = inject(LotteryApi).organiserRecord(() => this.id());
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
    const applicants = this.record()?.applicants ?? [];
    const places = waitingPlaces(applicants);
    return applicants.map((applicant) => ({
      ...applicant,
      party: this.t('people', { count: applicant.partySize }),
      outcomeText: outcomeLabel(applicant.outcome, places.get(applicant.entryId) ?? null, this.t),
      statusText: this.t(`status.${applicant.bookingStatus}` as LotteryKey),
      code: `${applicant.bookingCode.slice(0, 4)}-${applicant.bookingCode.slice(4)}`,
    }));
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
          ? `${this.t('title.organiser')} ${this.pick(record.courseTitleJa, record.courseTitleEn)}`
          : null;
      this.pageTitle.setDetail(title);
    });
  }

  protected retry(): void {
    this.resource.reload();
  }
}
