import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { CourseDetail } from '../api/api-types';
import { formatDateTime } from '../core/format/date-format';
import { I18nService } from '../core/i18n/i18n.service';
import type { MessageKey } from '../core/i18n/messages-ja';
import { ReferenceService } from '../core/reference/reference.service';

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

/**
 * How to get a place on the course. Online booking needs accounts, which come with the next
 * release; until then the panel says so plainly rather than showing a button that cannot work.
 */
@Component({
  selector: 'tsu-booking-panel',
  template: `
    <section class="panel" aria-labelledby="booking-heading">
      <h2 id="booking-heading" class="panel__heading">{{ t('booking.heading') }}</h2>
      <dl class="panel__facts">
        <dt>{{ t('booking.rule') }}</dt>
        <dd>
          <strong>{{ ruleLabel() }}</strong>
          <p class="panel__note">
            {{
              t(
                course().bookingRule === 'lottery' ? 'booking.lotteryNote' : 'booking.firstComeNote'
              )
            }}
          </p>
        </dd>
        <dt>{{ t('booking.seats') }}</dt>
        <dd>
          @if (course().seatsLeft > 0) {
            <strong>{{ t('course.seatsLeft', { count: course().seatsLeft }) }}</strong>
          } @else {
            <strong>{{ t('course.full') }}</strong>
          }
          / {{ t('course.capacity', { count: course().capacity }) }}
        </dd>
        <dt>{{ t('booking.window') }}</dt>
        <dd>
          @if (windowState() === 'none') {
            {{ t('booking.windowNone') }}
          } @else {
            @if (opensAt(); as opens) {
              <span class="panel__line">{{ t('booking.opensOn', { date: opens }) }}</span>
            }
            @if (closesAt(); as closes) {
              <span class="panel__line">{{ t('booking.closesOn', { date: closes }) }}</span>
            }
            <strong class="panel__line">{{ windowStateLabel() }}</strong>
          }
        </dd>
      </dl>
      <p class="panel__account">{{ t('booking.accountNote') }}</p>
    </section>
  `,
  styles: `
    .panel {
      padding: 1.25rem;
      border-radius: 1rem;
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .panel__heading {
      margin: 0 0 0.75rem;
      font-size: 1.25rem;
    }
    .panel__facts {
      margin: 0;
    }
    .panel__facts dt {
      font-weight: 700;
      margin-top: 0.75rem;
    }
    .panel__facts dd {
      margin: 0;
    }
    .panel__note {
      margin: 0.25rem 0 0;
      font-size: 0.9375rem;
    }
    .panel__line {
      display: block;
    }
    .panel__account {
      margin: 1rem 0 0;
      padding: 0.75rem;
      border-radius: 0.75rem;
      background: var(--mat-sys-surface-container-lowest);
      color: var(--mat-sys-on-surface);
      font-size: 0.9375rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BookingPanel {
  private readonly i18n = inject(I18nService);
  private readonly reference = inject(ReferenceService);

  readonly course = input.required<CourseDetail>();
  /** The moment the window is judged against; an input so tests need no fake clock. */
  readonly now = input<Date>(new Date());

  protected readonly t = this.i18n.t;
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
    const state = this.windowState();
    return state === 'none' ? '' : this.t(WINDOW_STATE_LABELS[state]);
  });
  protected readonly opensAt = computed(() => {
    const value = this.course().applicationOpensAt;
    return value ? formatDateTime(value, this.i18n.language()) : null;
  });
  protected readonly closesAt = computed(() => {
    const value = this.course().applicationClosesAt;
    return value ? formatDateTime(value, this.i18n.language()) : null;
  });
}
