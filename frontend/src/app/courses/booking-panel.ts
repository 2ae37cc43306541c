import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import type {
  Booking,
  CourseDetail,
  CreateBookingRequest,
  ParticipantEligibility,
} from '../api/api-types';
import { BookingAttempt } from '../bookings/booking-format';
import { bookingEn, bookingJa } from '../bookings/booking-messages';
import { BookingsApi } from '../bookings/bookings-api';
import { formatDateTime } from '../core/format/date-format';
import { apiErrorBody } from '../core/forms/api-error';
import { NETWORK_ERROR } from '../core/forms/submit-state';
import { I18nService } from '../core/i18n/i18n.service';
import type { MessageKey } from '../core/i18n/messages-ja';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { LoadState, LoadedContent } from '../core/load-state/load-state';
import { ReferenceService } from '../core/reference/reference.service';
import { RETRY_BUDGET_MS, RETRY_TIMING, backoffDelay, outcomeUnknown } from './booking-retry';
import { SessionService } from '../core/session/session.service';

export type ApplicationWindowState = 'none' | 'notYet' | 'open' | 'closed';

/** Where `now` falls in a course's application window (either end may be open). */
export function applicationWindowState(
  opensAt: string | null,
  closesAt: string | null,
  now: Date,
): ApplicationWindowState {
  if (!opensAt && !closesAt) return 'none';
  if (opensAt && now < new Date(opensAt)) return 'notYet';
  if (closesAt && now > new Date(closesAt)) return 'closed';
  return 'open';
}

const WINDOW_STATE_LABELS: Record<Exclude<ApplicationWindowState, 'none'>, MessageKey> = {
  notYet: 'booking.status.notYet',
  open: 'booking.status.open',
  closed: 'booking.status.closed',
};

/** What the API said went wrong, with its code; or the network fallback (no code). */
interface PanelError {
  message: string;
  code: string | null;
}

/**
 * How to get a place on the course. Everyone sees the rule, the seats and the window; a
 * signed-out visitor is offered to log in and come back; a signed-in citizen gets the booking
 * options (who of the family may come, and why not), and one button: 予約する (first come),
 * 抽選に申し込む (lottery) or キャンセル待ちに登録 (full). An existing booking is shown instead.
 */
@Component({
  selector: 'tsu-booking-panel',
  imports: [
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatIconModule,
    MatProgressBarModule,
    LoadState,
    LoadedContent,
  ],
  templateUrl: './booking-panel.html',
  styleUrl: './booking-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BookingPanel {
  private readonly i18n = inject(I18nService);
  private readonly reference = inject(ReferenceService);
  private readonly session = inject(SessionService);
  private readonly api = inject(BookingsApi);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly course = input.required<CourseDetail>();
  /** The moment the window is judged against; an input so tests need no fake clock. */
  readonly now = input<Date>(new Date());

  protected readonly t = this.i18n.t;
  protected readonly b = scopedTranslator(bookingJa, bookingEn);
  protected readonly language = this.i18n.language;

  protected readonly sessionLoaded = this.session.loaded;
  protected readonly signedIn = this.session.isSignedIn;
  protected readonly isCitizen = computed(() => this.session.roles().includes('citizen'));
  /** Its own signal so that a new course object with the same id does not reload the options. */
  private readonly courseId = computed(() => this.course().id);
  protected readonly logInQuery = computed(() => ({ returnTo: `/courses/${this.course().id}` }));

  /** A citizen's options for this course; nobody else's are asked for. */
  protected readonly optionsResource = this.api.options(() =>
    this.isCitizen() ? this.courseId() : undefined,
  );
  protected readonly options = computed(() =>
    this.optionsResource.hasValue() ? (this.optionsResource.value() ?? null) : null,
  );
  protected readonly selected = signal<ReadonlySet<string>>(new Set());
  protected readonly sending = signal(false);
  protected readonly error = signal<PanelError | null>(null);
  /** Retrying a booking whose outcome is unknown: said politely (aria-live) while it lasts. */
  protected readonly checking = signal(false);
  /** A calm note after the retries found the booking already made. */
  protected readonly notice = signal<string | null>(null);
  private readonly timing = inject(RETRY_TIMING);
  private readonly attempt = new BookingAttempt();

  protected readonly ruleLabel = computed(() =>
    this.reference.label('bookingRules', this.course().bookingRule),
  );
  protected readonly windowState = computed(() =>
    applicationWindowState(
      this.course().applicationOpensAt,
      this.course().applicationClosesAt,
      this.now(),
    ),
  );
  protected readonly windowStateLabel = computed(() => {
    const options = this.options();
    if (options) return this.b(`panel.state.${options.state}`);
    const state = this.windowState();
    return state === 'none' ? '' : this.t(WINDOW_STATE_LABELS[state]);
  });
  protected readonly opensAt = computed(() => {
    const value = this.options()?.opensAt ?? this.course().applicationOpensAt;
    return value ? formatDateTime(value, this.language()) : null;
  });
  protected readonly closesAt = computed(() => {
    const value = this.options()?.closesAt ?? this.course().applicationClosesAt;
    return value ? formatDateTime(value, this.language()) : null;
  });
  protected readonly seats = computed(() => {
    const options = this.options();
    return options
      ? { left: options.seatsLeft, capacity: options.capacity }
      : { left: this.course().seatsLeft, capacity: this.course().capacity };
  });

  protected readonly isLottery = computed(
    () => (this.options()?.bookingRule ?? this.course().bookingRule) === 'lottery',
  );
  protected readonly full = computed(() => !this.isLottery() && this.seats().left <= 0);
  /** After a COURSE_FULL answer (the party did not fit the last seats), offer the waiting list. */
  private readonly refusedAsFull = signal(false);
  protected readonly joinWaitlist = computed(
    () => !this.isLottery() && (this.full() || this.refusedAsFull()),
  );
  protected readonly tooMany = computed(
    () => this.selected().size > (this.options()?.maxCompanions ?? 0),
  );
  protected readonly canSubmit = computed(() => {
    const options = this.options();
    return (
      !!options &&
      options.state === 'open' &&
      !options.activeBooking &&
      options.self.eligible &&
      !this.tooMany() &&
      !this.sending()
    );
  });
  protected readonly buttonLabel = computed(() =>
    this.isLottery()
      ? this.b('panel.apply')
      : this.joinWaitlist()
        ? this.b('panel.joinWaitlist')
        : this.b('panel.book'),
  );
  protected readonly errorText = computed(() => {
    const error = this.error();
    if (!error) return null;
    return error.code
      ? this.b('panel.error', { message: error.message, code: error.code })
      : error.message;
  });

  constructor() {
    // Keep only choices that are still possible when new options arrive.
    effect(() => {
      const options = this.options();
      if (!options) return;
      const eligible = new Set(
        options.familyMembers.filter((m) => m.eligible).map((m) => m.familyMemberId!),
      );
      untracked(() =>
        this.selected.update((current) => new Set([...current].filter((id) => eligible.has(id)))),
      );
    });
  }

  protected name(person: ParticipantEligibility): string {
    if (!person.birthYear) return person.name;
    const born = this.b('panel.birthYear', { year: person.birthYear });
    return this.language() === 'ja' ? `${person.name}（${born}）` : `${person.name} (${born})`;
  }

  protected reasons(person: ParticipantEligibility): string[] {
    return person.reasons.map((reason) => reason[this.language()]);
  }

  protected isSelected(id: string | null): boolean {
    return !!id && this.selected().has(id);
  }

  protected toggle(id: string | null, checked: boolean): void {
    if (!id) return;
    this.error.set(null);
    this.selected.update((current) => {
      const next = new Set(current);
      if (checked) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  protected async submit(): Promise<void> {
    if (!this.canSubmit()) return;
    const request: CreateBookingRequest = {
      companionIds: [...this.selected()],
      joinWaitlist: this.joinWaitlist(),
    };
    const key = this.attempt.keyFor(request);
    this.sending.set(true);
    this.error.set(null);
    let uncertain = false;
    try {
      const booking = await this.bookWithRetries(request, key, () => (uncertain = true));
      this.attempt.settled();
      this.checking.set(false);
      await this.router.navigate(['/bookings', booking.id], { state: { justBooked: true } });
    } catch (error: unknown) {
      const body = apiErrorBody(error);
      const language = this.language();
      if (body && !outcomeUnknown(error)) {
        // A designed answer: the next press is a new attempt.
        this.attempt.settled();
        if (uncertain && body.code === 'ALREADY_BOOKED') {
          // An earlier try booked after all (or another tab did): show that booking, not an error.
          this.notice.set(this.b('panel.alreadyBookedAfterRetry'));
          this.optionsResource.reload();
          return;
        }
        const details = (body.fields ?? []).map((field) => field[language]);
        this.error.set({
          message: [body.messages[language], ...details].join(' '),
          code: body.code,
        });
        if (body.code === 'COURSE_FULL') this.refusedAsFull.set(true);
        if (
          ['COURSE_FULL', 'ALREADY_BOOKED', 'BOOKING_CLOSED', 'BOOKING_NOT_OPEN_YET'].includes(
            body.code,
          )
        ) {
          this.optionsResource.reload();
        }
      } else {
        // Still no definite answer: the key is kept, so the next press asks about the same
        // request and cannot book twice.
        this.error.set({
          message: uncertain ? this.b('panel.uncertain') : NETWORK_ERROR[language],
          code: null,
        });
      }
      setTimeout(() =>
        this.host.nativeElement.querySelector<HTMLElement>('.panel__error')?.focus(),
      );
    } finally {
      this.checking.set(false);
      this.sending.set(false);
    }
  }

  /**
   * Sends the booking; while the outcome is unknown (a 5xx, no answer) sends it again with the
   * same key, after a growing, jittered wait, for at most RETRY_BUDGET_MS. The server answers a
   * repeated key with the booking it made the first time. Rejects with the last error.
   */
  private async bookWithRetries(
    request: CreateBookingRequest,
    key: string,
    onUncertain: () => void,
  ): Promise<Booking> {
    const started = this.timing.now();
    for (let retry = 1; ; retry += 1) {
      try {
        return await this.api.book(this.course().id, request, key);
      } catch (error: unknown) {
        if (!outcomeUnknown(error)) throw error;
        onUncertain();
        this.checking.set(true);
        const delay = backoffDelay(retry, this.timing.random());
        if (this.timing.now() - started + delay > RETRY_BUDGET_MS) throw error;
        await this.timing.sleep(delay);
      }
    }
  }
}
