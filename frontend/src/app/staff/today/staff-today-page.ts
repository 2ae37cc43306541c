import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { DoorSession } from '../../api/api-types';
import { NOW } from '../../core/format/browser-clock';
import { formatDate, formatTime, tokyoInstant, tokyoIsoDate } from '../../core/format/date-format';
import { I18nService } from '../../core/i18n/i18n.service';
import { scopedTranslator } from '../../core/i18n/scoped-translator';
import { LoadState, LoadedContent } from '../../core/load-state/load-state';
import { StaffApi } from '../staff-api';
import { staffEn, staffJa } from '../staff-messages';

/**
 * Facility staff's start page (今日): today's and tomorrow's sessions at their centres, each
 * one tap from its check-in, with how many are booked and already in. Days are Japan days, as
 * the API decides them.
 */
@Component({
  selector: 'tsu-staff-today-page',
  imports: [RouterLink, MatButtonModule, LoadState, LoadedContent],
  templateUrl: './staff-today-page.html',
  styleUrl: './staff-today-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StaffTodayPage {
  private readonly api = inject(StaffApi);
  private readonly i18n = inject(I18nService);
  private readonly now = inject(NOW);
  protected readonly t = scopedTranslator(staffJa, staffEn);
  private readonly pick = this.i18n.pick;

  protected readonly resource = this.api.sessions();

  protected readonly days = computed(() => {
    const data = this.resource.hasValue() ? this.resource.value() : undefined;
    if (!data) return [];
    const language = this.i18n.language();
    // One centre needs no centre name on each line; several do.
    const several = new Set(data.sessions.map((s) => s.facilityId)).size > 1;
    const now = this.now().getTime();
    return [
      { date: data.today, key: 'today.today' as const },
      { date: data.tomorrow, key: 'today.tomorrow' as const },
    ].map(({ date, key }) => ({
      date,
      heading: this.t(key, { date: formatDate(tokyoInstant(date, '12:00'), language) }),
      sessions: data.sessions
        .filter((session) => tokyoIsoDate(session.startsAt) === date)
        .map((session) => this.describe(session, several, now)),
    }));
  });

  private describe(session: DoorSession, several: boolean, now: number) {
    const title = this.pick(session.courseTitleJa, session.courseTitleEn);
    const time = `${formatTime(session.startsAt)}〜${formatTime(session.endsAt)}`;
    const room = this.pick(session.roomNameJa, session.roomNameEn);
    return {
      id: session.sessionId,
      title,
      time,
      place: several
        ? `${this.pick(session.facilityNameJa, session.facilityNameEn)} ${room}`
        : room,
      cancelled: session.status === 'cancelled',
      running:
        session.status !== 'cancelled' &&
        Date.parse(session.startsAt) <= now &&
        now < Date.parse(session.endsAt),
      counts: this.t('today.counts', { people: session.people, checkedIn: session.checkedIn }),
      // The nursery room to prepare: said for every course with childcare, 0 included.
      childcare: session.childcareOffered
        ? this.t('today.childcare', { children: session.childcareChildren })
        : null,
      checkInLabel: this.t('today.checkInLabel', { time, title }),
      rosterLabel: this.t('today.rosterLabel', { time, title }),
    };
  }
}
