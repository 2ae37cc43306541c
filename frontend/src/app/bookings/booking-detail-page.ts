import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Icon } from '../core/layout/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import type { Booking } from '../api/api-types';
import { formatDate, formatDateTime, sessionRangeText } from '../core/format/date-format';
import { DateRange } from '../core/format/date-range';
import { formatFee, formatYen } from '../core/format/money-format';
import { apiErrorBody } from '../core/forms/api-error';
import { NETWORK_ERROR } from '../core/forms/submit-state';
import { I18nService, type Language } from '../core/i18n/i18n.service';
import { LoadState, LoadedContent } from '../core/load-state/load-state';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { PageTitleStrategy } from '../core/navigation/page-title.strategy';
import { SessionService } from '../core/session/session.service';
import { hyphenatedCode, statusLabel } from './booking-format';
import { type BookingMessageKey, bookingEn, bookingJa } from './booking-messages';
import { BookingsApi, calendarFileUrl, qrImageUrl } from './bookings-api';
import { BookingStatusChip } from './booking-status-chip';

/** One booking as its owner sees it: the confirmation after booking, and later its page. */
@Component({
  selector: 'tsu-booking-detail-page',
  imports: [
    RouterLink,
    MatButtonModule,
    Icon,
    MatProgressBarModule,
    BookingStatusChip,
    LoadState,
    LoadedContent,
    DateRange,
  ],
  templateUrl: './booking-detail-page.html',
  styleUrl: './booking-detail-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BookingDetailPage {
  private readonly api = inject(BookingsApi);
  private readonly i18n = inject(I18nService);
  private readonly session = inject(SessionService);
  private readonly pageTitle = inject(PageTitleStrategy);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** The `:id` route parameter. */
  readonly id = input.required<string>();

  protected readonly t = scopedTranslator(bookingJa, bookingEn);
  protected readonly pick = this.i18n.pick;
  protected readonly language = this.i18n.language;

  protected readonly bookingResource = this.api.booking(this.id);
  protected readonly booking = computed(() =>
    this.bookingResource.hasValue() ? this.bookingResource.value() : null,
  );
  /** Arrived here straight from booking: say what happened, once. */
  protected readonly justBooked = signal(
    !!inject(Router).currentNavigation()?.extras.state?.['justBooked'],
  );
  protected readonly confirmingCancel = signal(false);
  protected readonly cancelling = signal(false);
  protected readonly cancelError = signal<string | null>(null);
  protected readonly announcement = signal<string | null>(null);

  protected readonly view = computed(() => {
    const booking = this.booking();
    if (!booking) return null;
    const language = this.language();
    const user = this.session.user();
    const places = new Map<string, { facilityId: string; facility: string; rooms: Set<string> }>();
    for (const session of booking.sessions) {
      const place = places.get(session.facilityId) ?? {
        facilityId: session.facilityId,
        facility: this.pick(session.facilityNameJa, session.facilityNameEn),
        rooms: new Set<string>(),
      };
      place.rooms.add(this.pick(session.roomNameJa, session.roomNameEn));
      places.set(session.facilityId, place);
    }
    return {
      title: this.pick(booking.course.titleJa, booking.course.titleEn),
      code: hyphenatedCode(booking.code),
      status: statusLabel(booking, this.t),
      qrUrl: qrImageUrl(booking.id),
      icsUrl: calendarFileUrl(booking.id, language),
      sessions: [...booking.sessions]
        .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
        .map((session) => ({
          id: session.id,
          when: sessionRangeText(session.startsAt, session.endsAt, language),
          where: `${this.pick(session.facilityNameJa, session.facilityNameEn)} ${this.pick(session.roomNameJa, session.roomNameEn)}`,
          cancelled: session.status === 'cancelled',
        })),
      places: [...places.values()].map((place) => ({
        ...place,
        rooms: [...place.rooms].join('・'),
      })),
      participants: [...booking.participants]
        .sort((a, b) => a.position - b.position)
        .map((participant) => ({
          key: participant.position,
          name: participant.name,
          self: participant.position === 0,
          birthYear: participant.birthYear,
          // The booker's own name comes from the account when the API has none to show.
          display: participant.name || (user ? `${user.familyName} ${user.givenName}` : ''),
        })),
      fee: formatFee(booking.course.feeYen, language),
      feeTotal:
        booking.course.feeYen > 0 && booking.partySize > 1
          ? this.t('detail.feeTotal', {
              count: booking.partySize,
              total: formatYen(booking.course.feeYen * booking.partySize, language),
            })
          : null,
      payment: paymentText(booking, language, this.t),
      booker: booking.bookerAttends ? null : booking.bookerName,
      childcare:
        booking.childcareAges.length > 0
          ? this.t('detail.childcareValue', {
              count: booking.childcareAges.length,
              ages: booking.childcareAges
                .map((age) => this.t('detail.childcareAge', { age }))
                .join(language === 'ja' ? '・' : ', '),
            })
          : null,
      /** A seat is held: the code, the QR code and the calendar belong to it only. */
      seated: booking.status === 'confirmed',
      drawAt: formatDateTime(booking.course.applicationClosesAt, language),
      respondBy: booking.respondBy ? formatDateTime(booking.respondBy, language) : null,
      whatToBring:
        this.pick(booking.course.whatToBringJa, booking.course.whatToBringEn) ||
        this.t('detail.nothingToBring'),
      organiser: this.pick(booking.course.organisationNameJa, booking.course.organisationNameEn),
      bookedAt: formatDateTime(booking.createdAt, language),
      cancellableUntil: booking.cancellableUntil
        ? formatDateTime(booking.cancellableUntil, language)
        : null,
      cancelledAt: booking.cancelledAt ? formatDateTime(booking.cancelledAt, language) : null,
    };
  });

  protected readonly accepting = signal(false);
  protected readonly acceptError = signal<string | null>(null);

  protected readonly cancelLabel = computed(() => {
    if (this.booking()?.respondBy) return this.t('detail.decline');
    switch (this.booking()?.status) {
      case 'waiting':
        return this.t('detail.cancelWaiting');
      case 'applied':
        return this.t('detail.cancelApplied');
      default:
        return this.t('detail.cancel');
    }
  });

  constructor() {
    effect(() => {
      const view = this.view();
      this.pageTitle.setDetail(view ? view.title : null);
    });
  }

  protected print(): void {
    window.print();
  }

  protected askCancel(): void {
    this.cancelError.set(null);
    this.confirmingCancel.set(true);
    this.focusSoon('#cancel-confirm-yes');
  }

  protected keep(): void {
    this.confirmingCancel.set(false);
    this.focusSoon('#cancel-button');
  }

  /** The promoted person says they come: the seat stays theirs, no more answer is due. */
  protected async accept(): Promise<void> {
    const booking = this.booking();
    if (!booking || this.accepting()) return;
    this.accepting.set(true);
    this.acceptError.set(null);
    try {
      this.bookingResource.set(await this.api.acceptPromotion(booking.id));
      this.announcement.set(this.t('detail.acceptDone'));
      this.focusSoon('#booking-status');
    } catch (error: unknown) {
      const body = apiErrorBody(error);
      const language = this.language();
      this.acceptError.set(
        body
          ? this.t('panel.error', { message: body.messages[language], code: body.code })
          : NETWORK_ERROR[language],
      );
      this.focusSoon('.promotion__error');
      if (body) this.bookingResource.reload();
    } finally {
      this.accepting.set(false);
    }
  }

  protected async cancel(): Promise<void> {
    const booking = this.booking();
    if (!booking || this.cancelling()) return;
    this.cancelling.set(true);
    this.cancelError.set(null);
    try {
      this.bookingResource.set(await this.api.cancel(booking.id));
      this.justBooked.set(false);
      this.confirmingCancel.set(false);
      this.announcement.set(this.t('detail.cancelDone'));
      this.focusSoon('#booking-status');
    } catch (error: unknown) {
      const body = apiErrorBody(error);
      const language = this.language();
      this.cancelError.set(
        body
          ? this.t('panel.error', { message: body.messages[language], code: body.code })
          : NETWORK_ERROR[language],
      );
      this.focusSoon('.cancel__error');
      // The deadline may have passed meanwhile: show the booking as it is now.
      if (body) this.bookingResource.reload();
    } finally {
      this.cancelling.set(false);
    }
  }

  private focusSoon(selector: string): void {
    setTimeout(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus());
  }
}

/** How and when the fee is paid, in words; null for a free course. */
function paymentText(
  booking: Booking,
  language: Language,
  t: (key: BookingMessageKey, params?: Record<string, string | number>) => string,
): string | null {
  const payment = booking.course.payment;
  if (!payment || booking.course.feeYen === 0) return null;
  const how =
    payment.method === 'in_advance' && payment.dueDate
      ? t('detail.payInAdvance', {
          date: formatDate(`${payment.dueDate}T00:00:00+09:00`, language),
        })
      : t('detail.payAtDoor');
  const note = language === 'ja' ? payment.noteJa : payment.noteEn || payment.noteJa;
  return note.trim() ? `${how} ${note.trim()}` : how;
}
