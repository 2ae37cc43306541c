import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Icon } from '../core/layout/icon';
import { RouterLink } from '@angular/router';
import { DateRange } from '../core/format/date-range';
import { I18nService } from '../core/i18n/i18n.service';
import { DataTable } from '../core/layout/data-table';
import { isMissing, LoadState, LoadedContent } from '../core/load-state/load-state';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { PageTitleStrategy } from '../core/navigation/page-title.strategy';
import { MessageForm } from './message-form';
import {
  attendanceText,
  backLink,
  childcareText,
  companionsText,
  sessionLine,
} from './roster-view';
import { RostersApi } from './rosters-api';
import { rostersEn, rostersJa } from './rosters-messages';

/**
 * One session's participant list: who booked (a table; a list on a phone), who waits, who
 * walked in, the numbers, a CSV for Excel and — for organisers and instructors — a message to
 * everyone booked. Phone and email arrive from the API for organisers only.
 */
@Component({
  selector: 'tsu-roster-page',
  imports: [
    RouterLink,
    MatButtonModule,
    Icon,
    LoadState,
    LoadedContent,
    DataTable,
    MessageForm,
    DateRange,
  ],
  templateUrl: './roster-page.html',
  styleUrl: './rosters.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RosterPage {
  private readonly i18n = inject(I18nService);
  private readonly pageTitle = inject(PageTitleStrategy);
  private readonly api = inject(RostersApi);

  readonly id = input.required<string>();

  protected readonly t = scopedTranslator(rostersJa, rostersEn);
  protected readonly pick = this.i18n.pick;

  protected readonly resource = this.api.roster(() => this.id());
  protected readonly roster = computed(() =>
    this.resource.hasValue() ? this.resource.value() : undefined,
  );
  protected readonly notFound = computed(() => isMissing(this.resource.error()));

  protected readonly back = computed(() => {
    const roster = this.roster();
    return roster ? backLink(roster) : null;
  });
  protected readonly sessionText = computed(() => {
    const roster = this.roster();
    return roster ? sessionLine(roster, this.t, this.i18n.language(), this.pick) : null;
  });
  protected readonly csvUrl = computed(() => this.api.csvUrl(this.id()));
  protected readonly rows = computed(() =>
    (this.roster()?.entries ?? []).map((entry) => ({
      entry,
      companions: companionsText(entry, this.t),
      childcare: childcareText(entry, this.t),
      attendance: attendanceText(entry, this.t),
    })),
  );

  constructor() {
    effect(() => {
      const roster = this.roster();
      this.pageTitle.setDetail(
        this.notFound()
          ? this.t('roster.notFound')
          : roster
            ? `${this.pick(roster.course.titleJa, roster.course.titleEn)} ${this.t('session.nth', { n: roster.session.number })}`
            : null,
      );
    });
  }
}
