import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  AbstractControl,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import type { CourseSession, ReservationConflict } from '../../api/api-types';
import { CatalogueApi } from '../../core/api/catalogue-api';
import { apiErrorBody, applyServerFieldErrors } from '../../core/forms/api-error';
import {
  formatClockTime,
  formatSessionRange,
  sessionRangeText,
  formatTime,
  minutesOf,
} from '../../core/format/date-format';
import { DateRange } from '../../core/format/date-range';
import { OrganiserApi } from '../organiser-api';
import { I18nService } from '../../core/i18n/i18n.service';
import { DataTable } from '../../core/layout/data-table';
import { scopedTranslator } from '../../core/i18n/scoped-translator';
import { sessionsEn, sessionsJa } from './session-messages';
import { toSessionRequest, type SessionFormValue } from './session-request';

const TIME = /^\d{1,2}:\d{2}$/;

/** The end after the start; checked on the group so both fields can be corrected in any order. */
function endAfterStart(group: AbstractControl): ValidationErrors | null {
  const start = minutesOf(String(group.get('startTime')?.value ?? ''));
  const end = minutesOf(String(group.get('endTime')?.value ?? ''));
  return start !== null && end !== null && end <= start ? { order: true } : null;
}

type Notice = { text: string; conflict: string | null } | null;

/**
 * Adds one session or a weekly/fortnightly series to a course, or moves one session. Choosing a
 * facility and a date shows each room's free times (the availability API) and warns when the
 * room holds fewer people than the course. The API has the last word on rooms: a refusal
 * (another booking, a closure, outside opening hours) is shown as an alert beside the button,
 * naming what the slot collides with.
 */
@Component({
  selector: 'tsu-session-editor',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    MatSelectModule,
    DataTable,
    DateRange,
  ],
  templateUrl: './session-editor.html',
  styleUrl: './session-editor.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SessionEditor {
  private readonly api = inject(OrganiserApi);
  private readonly i18n = inject(I18nService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly courseId = input.required<string>();
  readonly capacity = input.required<number>();
  readonly sessions = input<CourseSession[]>([]);
  /** The course changed (sessions added, moved or cancelled): the page reloads it. */
  readonly changed = output<void>();

  protected readonly t = scopedTranslator(sessionsJa, sessionsEn);
  protected readonly pick = this.i18n.pick;

  protected readonly form = new FormGroup(
    {
      repeat: new FormControl<'once' | 'weekly' | 'biweekly'>('weekly', { nonNullable: true }),
      date: new FormControl('', {
        nonNullable: true,
        validators: [Validators.required, Validators.pattern(/^\d{4}-\d{2}-\d{2}$/)],
      }),
      startTime: new FormControl('10:00', {
        nonNullable: true,
        validators: [Validators.required, Validators.pattern(TIME)],
      }),
      endTime: new FormControl('12:00', {
        nonNullable: true,
        validators: [Validators.required, Validators.pattern(TIME)],
      }),
      count: new FormControl<number | null>(4, [
        Validators.required,
        Validators.min(1),
        Validators.max(52),
      ]),
      skipDates: new FormControl('', { nonNullable: true }),
      facilityId: new FormControl('', { nonNullable: true, validators: Validators.required }),
      roomId: new FormControl('', { nonNullable: true, validators: Validators.required }),
    },
    { validators: endAfterStart },
  );

  private readonly value = toSignal(this.form.valueChanges, { initialValue: this.form.value });
  protected readonly repeat = computed(() => this.value().repeat ?? 'once');
  /** The session being moved, or null when adding. */
  protected readonly moving = signal<{ id: string; number: number } | null>(null);
  protected readonly confirming = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly notice = signal<Notice>(null);
  protected readonly refusal = signal<Notice>(null);

  private readonly catalogue = inject(CatalogueApi);
  protected readonly facilities = this.catalogue.facilities();

  // Separate signals so that choosing a room does not fetch the same day again.
  private readonly facilityId = computed(() => this.value().facilityId ?? '');
  private readonly date = computed(() => this.value().date ?? '');
  private readonly availability = this.catalogue.availability(this.facilityId, this.date);
  protected readonly day = computed(() =>
    this.availability.hasValue() ? this.availability.value() : undefined,
  );
  protected readonly availabilityFailed = computed(() => !!this.availability.error());
  protected readonly rooms = computed(() =>
    (this.day()?.rooms ?? []).map((room) => ({
      id: room.roomId,
      label: this.t('roomOption', {
        name: this.pick(room.nameJa, room.nameEn),
        capacity: room.capacity,
      }),
      free:
        room.free.length === 0
          ? this.t('freeNone')
          : room.free.map((f) => `${formatTime(f.startsAt)}–${formatTime(f.endsAt)}`).join('、'),
      capacity: room.capacity,
    })),
  );
  protected readonly smallRoom = computed(() => {
    const room = this.rooms().find((r) => r.id === this.value().roomId);
    return room && room.capacity < this.capacity()
      ? this.t('smallRoom', { room: room.capacity, course: this.capacity() })
      : null;
  });
  protected readonly closure = computed(() => {
    const closure = this.day()?.closure;
    return closure
      ? this.t('closed', { reason: this.pick(closure.reasonJa, closure.reasonEn) })
      : null;
  });
  protected readonly hours = computed(() => {
    const day = this.day();
    return day
      ? this.t('hours', {
          opens: formatClockTime(day.opensAt),
          closes: formatClockTime(day.closesAt),
        })
      : null;
  });
  protected readonly rows = computed(() => {
    const language = this.i18n.language();
    return this.sessions().map((session, index) => ({
      id: session.id,
      number: index + 1,
      when: formatSessionRange(session.startsAt, session.endsAt, language),
      range: sessionRangeText(session.startsAt, session.endsAt, language),
      place: `${this.pick(session.facility.nameJa, session.facility.nameEn)} ${this.pick(session.room.nameJa, session.room.nameEn)}`,
    }));
  });

  /** The message under a field: the API's when it spoke, else the first broken rule. */
  protected fieldError(name: string): string | null {
    const control = name === 'form' ? this.form : this.form.get(name);
    if (!control || !(control.touched || this.form.touched)) return null;
    const server = control.errors?.['server'] as { ja: string; en: string } | undefined;
    if (server) return server[this.i18n.language()];
    if (control.hasError('required')) return this.t('error.required');
    if (control.hasError('pattern')) return this.t(name === 'date' ? 'dateHint' : 'error.time');
    if (control.hasError('min') || control.hasError('max')) return this.t('error.count');
    return null;
  }

  protected orderError(): string | null {
    return this.form.hasError('order') && this.form.get('endTime')?.touched
      ? this.t('error.order')
      : null;
  }

  protected startMove(row: { id: string; number: number }): void {
    const session = this.sessions().find((s) => s.id === row.id);
    if (!session) return;
    this.moving.set(row);
    this.form.patchValue({
      repeat: 'once',
      date: session.startsAt.slice(0, 10),
      startTime: formatTime(session.startsAt),
      endTime: formatTime(session.endsAt),
      facilityId: session.facility.id,
      roomId: session.room.id,
    });
    this.refusal.set(null);
  }

  protected stopMove(): void {
    this.moving.set(null);
    this.form.patchValue({ repeat: 'weekly' });
  }

  protected async submit(): Promise<void> {
    this.notice.set(null);
    this.refusal.set(null);
    const needsCount = this.form.controls.repeat.value !== 'once';
    if (!needsCount) this.form.controls.count.setErrors(null);
    if (this.form.invalid && (needsCount || this.invalidBesidesCount())) {
      this.form.markAllAsTouched();
      this.focus('input.ng-invalid, mat-select.ng-invalid');
      return;
    }
    const raw = this.form.getRawValue();
    const request = toSessionRequest(raw satisfies SessionFormValue);
    const moving = this.moving();
    this.busy.set(true);
    try {
      if (moving) {
        const body = request.kind === 'single' ? request.body : null;
        await this.api.moveSession(this.courseId(), moving.id, body);
        this.moving.set(null);
        this.notice.set({ text: this.t('moved'), conflict: null });
      } else if (request.kind === 'single') {
        await this.api.addSession(this.courseId(), request.body);
        this.notice.set({ text: this.t('added'), conflict: null });
      } else {
        await this.api.addSessionSeries(this.courseId(), request.body);
        this.notice.set({ text: this.t('added'), conflict: null });
      }
      this.availability.reload();
      this.changed.emit();
    } catch (error: unknown) {
      this.showRefusal(error);
    } finally {
      this.busy.set(false);
    }
  }

  protected async cancelSession(row: { id: string; number: number }): Promise<void> {
    this.notice.set(null);
    this.refusal.set(null);
    this.busy.set(true);
    try {
      await this.api.cancelSession(this.courseId(), row.id);
      this.confirming.set(null);
      this.notice.set({ text: this.t('cancelled', { n: row.number }), conflict: null });
      this.availability.reload();
      this.changed.emit();
    } catch (error: unknown) {
      this.confirming.set(null);
      this.showRefusal(error);
    } finally {
      this.busy.set(false);
    }
  }

  private invalidBesidesCount(): boolean {
    return Object.entries(this.form.controls).some(([name, c]) => name !== 'count' && c.invalid);
  }

  /** The API's refusal in the person's language, and what the slot collides with. */
  private showRefusal(error: unknown): void {
    const body = apiErrorBody(error);
    const unmatched = applyServerFieldErrors(this.form, error);
    const language = this.i18n.language();
    const conflict = body?.conflict as ReservationConflict | undefined;
    const text = body
      ? [body.messages[language], ...unmatched.map((m) => m[language])].join(' ')
      : this.t('sendError');
    const name = conflict ? this.pick(conflict.nameJa, conflict.nameEn) : '';
    this.refusal.set({
      text,
      // The API's message usually names the collision already; the line is for when it does not.
      conflict:
        conflict && !text.includes(name)
          ? this.t('conflictWith', {
              name: `${this.t(`conflict.${conflict.kind}`)}「${this.pick(conflict.nameJa, conflict.nameEn)}」`,
              when: formatSessionRange(conflict.startsAt, conflict.endsAt, language),
            })
          : null,
    });
    this.focus('.session-refusal');
  }

  private focus(selector: string): void {
    setTimeout(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus());
  }
}
