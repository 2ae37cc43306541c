import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { map } from 'rxjs';
import type { StaffReservation } from '../../api/api-types';
import { apiErrorMessage } from '../../core/forms/api-error';
import { NETWORK_ERROR } from '../../core/forms/submit-state';
import {
  addDays,
  clockTime,
  formatClockTime,
  formatDate,
  formatShortIsoDate,
  isIsoDate,
  minutesOf,
  tokyoInstant,
  tokyoIsoDate,
  tokyoToday,
} from '../../core/format/date-format';
import { NOW } from '../../core/format/browser-clock';
import { StaffApi } from '../staff-api';
import { I18nService } from '../../core/i18n/i18n.service';
import { LoadState, LoadedContent } from '../../core/load-state/load-state';
import { scopedTranslator } from '../../core/i18n/scoped-translator';
import { staffEn, staffJa } from '../staff-messages';
import { closureOn, placeBlocks, type CalendarBlock } from './calendar-layout';
import { HireForm, type RoomChoice } from './hire-form';

/**
 * Every reservation at one facility for a day or a week: rooms as rows on a timeline of the
 * opening hours (a list per room on a phone), closures shaded with their reason, and the form
 * that reserves a room for another use.
 */
@Component({
  selector: 'tsu-staff-calendar-page',
  imports: [RouterLink, MatButtonModule, MatButtonToggleModule, LoadState, LoadedContent, HireForm],
  templateUrl: './staff-calendar-page.html',
  styleUrl: './staff-calendar-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StaffCalendarPage {
  private readonly api = inject(StaffApi);
  private readonly i18n = inject(I18nService);
  protected readonly t = scopedTranslator(staffJa, staffEn);
  private readonly pick = this.i18n.pick;

  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly now = inject(NOW);

  protected readonly facilityId = toSignal(
    this.route.paramMap.pipe(map((params) => params.get('id') ?? '')),
    { initialValue: '' },
  );
  /**
   * The view and the first day live in the address (`?view=week&date=2026-12-07`), so back,
   * forward, reload and a shared link show the same calendar; no date means today in Japan.
   */
  private readonly query = toSignal(this.route.queryParamMap, {
    initialValue: this.route.snapshot.queryParamMap,
  });
  protected readonly from = computed(() => {
    const date = this.query().get('date');
    return isIsoDate(date) ? date : tokyoToday(this.now());
  });
  protected readonly days = computed<1 | 7>(() => (this.query().get('view') === 'week' ? 7 : 1));
  protected readonly notice = signal<string | null>(null);
  protected readonly actionError = signal<string | null>(null);

  protected readonly facility = this.api.facility(this.facilityId);
  protected readonly calendar = this.api.calendar(this.facilityId, () => ({
    from: this.from(),
    days: this.days(),
  }));

  /** The facility (its rooms) and the reservations: loaded, failed and retried as one. */
  protected readonly loads = [this.facility, this.calendar];
  protected readonly facilityName = computed(() => {
    const facility = this.facility.hasValue() ? this.facility.value() : undefined;
    return facility ? this.pick(facility.nameJa, facility.nameEn) : '';
  });
  protected readonly rooms = computed<RoomChoice[]>(() => {
    const facility = this.facility.hasValue() ? this.facility.value() : undefined;
    return (facility?.rooms ?? []).map((room) => ({
      id: room.id,
      name: this.pick(room.nameJa, room.nameEn),
    }));
  });
  protected readonly rangeLabel = computed(() => {
    const language = this.i18n.language();
    const from = formatDate(tokyoInstant(this.from(), '12:00'), language);
    if (this.days() === 1) return from;
    const to = formatDate(tokyoInstant(addDays(this.from(), 6), '12:00'), language);
    return this.t('calendar.range', { from, to });
  });

  /** The hours of the timeline's scale: each full hour within the opening hours. */
  protected readonly scale = computed(() => {
    const calendar = this.calendar.hasValue() ? this.calendar.value() : undefined;
    if (!calendar) return [];
    const open = minutesOf(calendar.opensAt) ?? 0;
    const close = minutesOf(calendar.closesAt) ?? 0;
    const hours: { label: string; offset: number }[] = [];
    for (let m = Math.ceil(open / 60) * 60; m < close; m += 60) {
      hours.push({ label: clockTime(m), offset: ((m - open) / (close - open)) * 100 });
    }
    return hours;
  });

  protected readonly dayViews = computed(() => {
    const calendar = this.calendar.hasValue() ? this.calendar.value() : undefined;
    if (!calendar) return [];
    const language = this.i18n.language();
    return Array.from({ length: calendar.days }, (_, i) => {
      const date = addDays(calendar.from, i);
      const closure = closureOn(calendar.closures, date);
      const rooms = this.rooms();
      const roomBlocks = rooms.map((room) => ({
        ...room,
        blocks: placeBlocks(
          calendar.reservations.filter((r) => r.roomId === room.id),
          date,
          calendar.opensAt,
          calendar.closesAt,
        ).map((block) => this.describe(block)),
      }));
      return {
        date,
        label: formatDate(tokyoInstant(date, '12:00'), language),
        short: formatShortIsoDate(date, language),
        /** Every reservation of the day in time order, with its room: the phone's list. */
        list: roomBlocks
          .flatMap((room) => room.blocks.map((block) => ({ ...block, room: room.name })))
          .sort((a, b) => a.start.localeCompare(b.start) || a.room.localeCompare(b.room)),
        closed: closure
          ? this.t('calendar.closed', { reason: this.pick(closure.reasonJa, closure.reasonEn) })
          : null,
        rooms: roomBlocks,
      };
    });
  });

  /** The week as a room × day grid (a tablet's width): one row per room, one column per day. */
  protected readonly week = computed(() => {
    const days = this.dayViews();
    return this.rooms().map((room, index) => ({
      ...room,
      cells: days.map((day) => ({
        date: day.date,
        closed: day.closed,
        blocks: day.rooms[index]?.blocks ?? [],
      })),
    }));
  });

  protected readonly hours = computed(() => {
    const calendar = this.calendar.hasValue() ? this.calendar.value() : undefined;
    return calendar
      ? this.t('calendar.hours', {
          opens: formatClockTime(calendar.opensAt),
          closes: formatClockTime(calendar.closesAt),
        })
      : '';
  });

  protected setDays(days: 1 | 7): void {
    this.go({ view: days === 7 ? 'week' : null });
  }

  protected move(direction: -1 | 1): void {
    this.go({ date: addDays(this.from(), direction * this.days()) });
  }

  protected today(): void {
    this.go({ date: null });
  }

  /** A new entry in the history for each change, so "back" returns to the previous view. */
  private go(queryParams: { view?: string | null; date?: string | null }): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams,
      queryParamsHandling: 'merge',
    });
  }

  protected onCreated(reservation: StaffReservation): void {
    this.notice.set(this.t('calendar.created', { name: reservation.groupName ?? '' }));
    const date = tokyoIsoDate(reservation.startsAt);
    if (date === this.from()) this.calendar.reload();
    else this.go({ date });
  }

  protected async cancel(block: ReturnType<StaffCalendarPage['describe']>): Promise<void> {
    const question = this.t('calendar.cancelConfirm', {
      start: block.start,
      end: block.end,
      name: block.name,
    });
    if (!globalThis.confirm(question)) return;
    this.actionError.set(null);
    try {
      await this.api.cancelReservation(this.facilityId(), block.id);
      this.notice.set(this.t('calendar.cancelled'));
      this.calendar.reload();
    } catch (error: unknown) {
      this.actionError.set(apiErrorMessage(error, this.i18n.language(), NETWORK_ERROR));
    }
  }

  /** What a block shows and how a screen reader names it: time, room, and course or group. */
  private describe(block: CalendarBlock) {
    const r = block.reservation;
    const name = r.course
      ? this.pick(r.course.titleJa, r.course.titleEn)
      : (r.groupName ?? r.purpose);
    const room = this.pick(r.roomNameJa, r.roomNameEn);
    const start = clockTime(block.start);
    const end = clockTime(block.end);
    return {
      id: r.id,
      kind: r.kind,
      courseId: r.course?.id ?? null,
      // A course block opens the session's participant list and check-in.
      sessionId: r.course?.sessionId ?? null,
      name,
      start,
      end,
      style: {
        left: `${block.offset}%`,
        width: `${block.length}%`,
        top: `${(block.lane / block.lanes) * 100}%`,
        height: `${100 / block.lanes}%`,
      },
      label: this.t('calendar.block', {
        start,
        end,
        room,
        name,
        kind: this.t(`calendar.kind.${r.kind}`),
      }),
      kindLabel: this.t(`calendar.kind.${r.kind}`),
    };
  }
}
