import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import type { BookingView } from '../api/api-types';
import { sessionRangeText } from '../core/format/date-format';
import { DateRange } from '../core/format/date-range';
import { I18nService } from '../core/i18n/i18n.service';
import { LoadState, LoadedContent } from '../core/load-state/load-state';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { BookingStatusChip } from './booking-status-chip';
import { hyphenatedCode, sessionToShow, statusLabel } from './booking-format';
import { bookingEn, bookingJa, type BookingMessageKey } from './booking-messages';
import { BookingsApi } from './bookings-api';
import { CalendarFeedSection } from './calendar-feed-section';

const VIEWS: readonly { view: BookingView; label: BookingMessageKey; empty: BookingMessageKey }[] =
  [
    { view: 'upcoming', label: 'list.tab.upcoming', empty: 'list.empty.upcoming' },
    { view: 'waiting', label: 'list.tab.waiting', empty: 'list.empty.waiting' },
    { view: 'past', label: 'list.tab.past', empty: 'list.empty.past' },
  ];

/**
 * The citizen's bookings in three views (upcoming, waiting list and lottery, past), each a
 * link the person can bookmark (`?view=`), and the private calendar feed below.
 */
@Component({
  selector: 'tsu-my-bookings-page',
  imports: [
    RouterLink,
    MatButtonModule,
    LoadState,
    LoadedContent,
    BookingStatusChip,
    CalendarFeedSection,
    DateRange,
  ],
  templateUrl: './my-bookings-page.html',
  styleUrl: './my-bookings-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyBookingsPage {
  private readonly api = inject(BookingsApi);
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);

  /** The `view` query parameter. */
  readonly view = input<string | undefined>(undefined);

  protected readonly t = scopedTranslator(bookingJa, bookingEn);
  protected readonly views = VIEWS;
  protected readonly shownView = computed<BookingView>(() => {
    const value = this.view();
    return VIEWS.some((entry) => entry.view === value) ? (value as BookingView) : 'upcoming';
  });
  protected readonly current = computed(() => VIEWS.find((v) => v.view === this.shownView())!);

  /** A new tab is a new request; a slow answer for a tab already left is cancelled. */
  protected readonly bookings = this.api.list(this.shownView);

  protected readonly cards = computed(() => {
    const language = this.i18n.language();
    const now = new Date();
    const bookings = this.bookings.hasValue() ? this.bookings.value() : [];
    return bookings.map((booking) => {
      const shown = sessionToShow(booking.sessions, now);
      return {
        id: booking.id,
        status: booking.status,
        statusText: statusLabel(booking, this.t, now),
        title: this.i18n.pick(booking.course.titleJa, booking.course.titleEn),
        code: hyphenatedCode(booking.code),
        people: this.t('list.people', { count: booking.partySize }),
        // A cancelled booking has no "next" session: it names the date it was for.
        sessionLabel: shown
          ? this.t(
              booking.status === 'cancelled'
                ? 'list.cancelledSession'
                : shown.upcoming
                  ? 'list.nextSession'
                  : 'list.lastSession',
            )
          : null,
        when: shown
          ? sessionRangeText(shown.session.startsAt, shown.session.endsAt, language)
          : [this.t('list.noSessions')],
        where: shown
          ? `${this.i18n.pick(shown.session.facilityNameJa, shown.session.facilityNameEn)} ${this.i18n.pick(shown.session.roomNameJa, shown.session.roomNameEn)}`
          : '',
      };
    });
  });

  /** Arrow keys move between the tabs (the WAI-ARIA tabs pattern). */
  protected onTabKey(event: KeyboardEvent, index: number): void {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = VIEWS[(index + step + VIEWS.length) % VIEWS.length];
    void this.router.navigate([], { queryParams: { view: next.view } }).then(() => {
      document.getElementById(`tab-${next.view}`)?.focus();
    });
  }
}
