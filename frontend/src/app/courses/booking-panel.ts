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
import { MatFormFieldModule } from '@angular/material/form-field';
import { Icon } from '../core/layout/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
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
import { formatDate, formatDateTime, sessionRangeText } from '../core/format/date-format';
import { DateRange } from '../core/format/date-range';
import { formatFee, formatYen } from '../core/format/money-format';
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

/** Childcare is for children up to this age; one booking asks for at most this many. */
export const CHILDCARE_AGES = Array.from({ length: 13 }, (_, age) => age);
export const CHILDCARE_MAX_CHILDREN = 5;

/**
 * How to get a place on the course. Everyone sees the rule, the seats and the window; a
 * signed-out visitor is offered to log in and come back; a signed-in citizen chooses who attends
 * (themselves and/or family members, each with the reason when they may not), asks for
 * childcare where it is offered, reviews what they are about to book (fee, dates, who, the
 * cancellation deadline), then presses one button: 予約する (first come), 抽選に申し込む
 * (lottery) or キャンセル待ちに登録 (full). When nobody of the household may book, the panel
 * says so once, with the reasons, and offers no button. An existing booking is shown instead.
 */
@Component({
  selector: 'tsu-booking-panel',
  imports: [
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    Icon,
    MatProgressBarModule,
    MatSelectModule,
    LoadState,
    LoadedContent,
    DateRange,
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
  /** The family members who attend. */
  protected readonly selected = signal<ReadonlySet<string>>(new Set());
  /** Whether the caller attends. */
  protected readonly selfSelected = signal(false);
  /** Childcare asked for: one entry per child, its age (null until chosen). */
  protected readonly childcare = signal<readonly (number | null)[]>([]);
  /** 'choose' who attends, then 'review' before the booking is sent. */
  protected readonly step = signal<'choose' | 'review'>('choose');
  protected readonly childcareAges = CHILDCARE_AGES;
  protected readonly childcareCounts = Array.from(
    { length: CHILDCARE_MAX_CHILDREN + 1 },
    (_, count) => count,
  );
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
  protected readonly attendeeCount = computed(
    () => (this.selfSelected() ? 1 : 0) + this.selected().size,
  );
  protected readonly tooMany = computed(
    () => this.attendeeCount() > (this.options()?.maxAttendees ?? 1),
  );
  /** Nobody of this household may book (residency, or nobody in the course's ages). */
  protected readonly blocked = computed(() => {
    const options = this.options();
    if (!options) return false;
    return (
      options.householdReasons.length > 0 ||
      (!options.self.eligible && !options.familyMembers.some((member) => member.eligible))
    );
  });
  protected readonly parentAndChild = computed(
    () => this.options()?.guardianRule === 'parent_and_child',
  );
  /** What is wrong with the choice of attendees as a whole, when something is. */
  protected readonly partyProblem = computed(() => {
    const options = this.options();
    if (!options) return null;
    if (this.attendeeCount() === 0) return this.b('panel.nobody');
    if (this.tooMany()) return this.b('panel.tooMany', { max: options.maxAttendees });
    if (this.parentAndChild() && this.selected().size === 0) return this.b('panel.nobody');
    return null;
  });
  protected readonly childcareComplete = computed(() =>
    this.childcare().every((age) => age !== null),
  );
  protected readonly canReview = computed(() => {
    const options = this.options();
    return (
      !!options &&
      options.state === 'open' &&
      !options.activeBooking &&
      !this.blocked() &&
      this.partyProblem() === null &&
      this.childcareComplete() &&
      !this.sending()
    );
  });
  protected readonly canSubmit = computed(() => this.canReview() && this.step() === 'review');
  /** How guardians take part, said before choosing; null when the course has no rule. */
  protected readonly guardianNote = computed(() => {
    const rule = this.options()?.guardianRule;
    return rule && rule !== 'none' ? this.b(`panel.guardian.${rule}`) : null;
  });
  /** How and when a paid course is paid (null when free). */
  protected readonly paymentText = computed(() => {
    const payment = this.options()?.payment ?? this.course().payment;
    if (!payment) return null;
    const language = this.language();
    const how =
      payment.method === 'in_advance' && payment.dueDate
        ? this.b('panel.payment.inAdvance', {
            date: formatDate(`${payment.dueDate}T00:00:00+09:00`, language),
          })
        : this.b('panel.payment.atDoor');
    // Where and how, in the organiser's words (Japanese when there is no English).
    const note = (language === 'en' ? payment.noteEn || payment.noteJa : payment.noteJa).trim();
    return note ? `${how} ${note}` : how;
  });
  /** Everything the review step restates. */
  protected readonly review = computed(() => {
    const options = this.options();
    if (!options) return null;
    const language = this.language();
    const course = this.course();
    const count = this.attendeeCount();
    const attendees = [
      ...(this.selfSelected() ? [this.b('panel.self', { name: options.self.name })] : []),
      ...options.familyMembers
        .filter((member) => this.isSelected(member.familyMemberId))
        .map((member) => member.name),
    ];
    const fee =
      course.feeYen === 0 || count <= 1
        ? formatFee(course.feeYen, language)
        : this.b('panel.review.feeTotal', {
            fee: formatYen(course.feeYen, language),
            count,
            total: formatYen(course.feeYen * count, language),
          });
    const ages = this.childcare().filter((age): age is number => age !== null);
    return {
      dates: course.sessions.map((session) =>
        sessionRangeText(session.startsAt, session.endsAt, language),
      ),
      attendees,
      booker: this.selfSelected()
        ? null
        : this.b('panel.review.bookerNotAttending', { name: options.self.name }),
      fee,
      childcare:
        ages.length > 0
          ? this.b('panel.review.childcareValue', {
              count: ages.length,
              ages: ages
                .map((age) => this.b('panel.childcare.ageOption', { age }))
                .join(language === 'ja' ? '・' : ', '),
            })
          : null,
      cancelUntil: options.cancellableUntil
        ? formatDateTime(options.cancellableUntil, language)
        : null,
      closesAt: formatDateTime(options.closesAt, language),
    };
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
    // Keep only choices that are still possible when new options arrive; the caller attends
    // by default when they may (always, as the guardian, in a parent-and-child course).
    effect(() => {
      const options = this.options();
      if (!options) return;
      const eligible = new Set(
        options.familyMembers.filter((m) => m.eligible).map((m) => m.familyMemberId!),
      );
      untracked(() => {
        this.selected.update((current) => new Set([...current].filter((id) => eligible.has(id))));
        this.selfSelected.set(options.self.eligible);
      });
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

  protected toggleSelf(checked: boolean): void {
    this.error.set(null);
    this.selfSelected.set(checked);
  }

  protected setChildcareCount(count: number): void {
    this.childcare.update((ages) =>
      Array.from({ length: count }, (_, index) => ages[index] ?? null),
    );
  }

  protected setChildcareAge(index: number, age: number): void {
    this.childcare.update((ages) => ages.map((value, i) => (i === index ? age : value)));
  }

  /** To the review step, its heading focused so a screen reader reads it next. */
  protected toReview(): void {
    if (!this.canReview()) return;
    this.error.set(null);
    this.step.set('review');
    setTimeout(() =>
      this.host.nativeElement.querySelector<HTMLElement>('#booking-review-heading')?.focus(),
    );
  }

  protected backToChoice(): void {
    this.step.set('choose');
    setTimeout(() => this.host.nativeElement.querySelector<HTMLElement>('.panel__who')?.focus());
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
    const childcareAges = this.childcare().filter((age): age is number => age !== null);
    const request: CreateBookingRequest = {
      bookerAttends: this.selfSelected(),
      companionIds: [...this.selected()],
      joinWaitlist: this.joinWaitlist(),
      ...(childcareAges.length > 0 ? { childcareAges } : {}),
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
        // Back to the choice, where the message belongs (who attends, childcare).
        if (body.code !== 'COURSE_FULL') this.step.set('choose');
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
