import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  effect,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import {
  FormGroupDirective,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { Icon } from '../core/layout/icon';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import type { AttendanceStatus, RosterEntry, WalkIn } from '../api/api-types';
import { apiErrorBody } from '../core/forms/api-error';
import { controlErrorMessage } from '../core/forms/control-error';
import { FormAlert } from '../core/forms/form-alert';
import { SubmitState } from '../core/forms/submit-state';
import { DateRange } from '../core/format/date-range';
import { I18nService } from '../core/i18n/i18n.service';
import { isMissing, LoadState, LoadedContent } from '../core/load-state/load-state';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { PageTitleStrategy } from '../core/navigation/page-title.strategy';
import { NOW } from '../core/format/browser-clock';
import { daysBetween, formatDate, tokyoIsoDate, tokyoToday } from '../core/format/date-format';
import { formatTypedCode, normaliseCode } from './booking-code';
import { QrScanner } from './qr-scanner';
import {
  ACTION_KEYS,
  DOOR_ACTIONS,
  type DoorAction,
  STATUS_KEYS,
  attendanceText,
  companionsText,
  sessionLine,
} from './roster-view';
import { RostersApi } from './rosters-api';
import { rostersEn, rostersJa } from './rosters-messages';

/** The banner after a check-in: what happened, to whom, in the person's language. */
interface Outcome {
  kind: 'done' | 'already' | 'refused';
  heading: string;
  message: string;
  detail: string | null;
}

/**
 * The door of one session, for a tablet: a large code field (upper case as typed, the hyphen
 * optional) and a camera scanner, a result banner read out by screen readers, who is in and who
 * is not yet (late / absent / undo), and walk-ins.
 */
@Component({
  selector: 'tsu-check-in-page',
  imports: [
    RouterLink,
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    Icon,
    MatInputModule,
    LoadState,
    LoadedContent,
    FormAlert,
    QrScanner,
    DateRange,
  ],
  templateUrl: './check-in-page.html',
  styleUrl: './rosters.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CheckInPage {
  private readonly i18n = inject(I18nService);
  private readonly pageTitle = inject(PageTitleStrategy);
  private readonly api = inject(RostersApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly forms = inject(NonNullableFormBuilder);

  readonly id = input.required<string>();

  protected readonly t = scopedTranslator(rostersJa, rostersEn);
  protected readonly pick = this.i18n.pick;

  protected readonly resource = this.api.roster(() => this.id());
  protected readonly roster = computed(() =>
    this.resource.hasValue() ? this.resource.value() : undefined,
  );
  protected readonly notFound = computed(() => isMissing(this.resource.error()));
  private readonly now = inject(NOW);
  /**
   * A session on another day than today (Japan days): a warning before any check-in, naming its
   * day, so that a tablet left on last week's session or a wrong tap on the calendar is noticed.
   */
  protected readonly notToday = computed(() => {
    const roster = this.roster();
    if (!roster || roster.session.status === 'cancelled') return null;
    const days = daysBetween(tokyoToday(this.now()), tokyoIsoDate(roster.session.startsAt));
    if (days === 0) return null;
    const when =
      days === 1
        ? this.t('checkIn.tomorrow')
        : days === -1
          ? this.t('checkIn.yesterday')
          : this.t(days > 0 ? 'checkIn.daysAhead' : 'checkIn.daysAgo', { days: Math.abs(days) });
    return this.t('checkIn.notTodayText', {
      date: formatDate(roster.session.startsAt, this.i18n.language()),
      when,
    });
  });
  protected readonly sessionText = computed(() => {
    const roster = this.roster();
    return roster ? sessionLine(roster, this.t, this.i18n.language(), this.pick) : null;
  });

  private readonly entries = computed(() =>
    (this.roster()?.entries ?? []).map((entry) => ({
      entry,
      companions: companionsText(entry, this.t),
      attendance: attendanceText(entry, this.t),
      actions: DOOR_ACTIONS[entry.attendance?.status ?? 'none'].map((to) => ({
        to,
        text: this.t(ACTION_KEYS[to]),
        label:
          to === 'undo'
            ? this.t('checkIn.undoLabel', { name: entry.name })
            : this.t('checkIn.markLabel', { name: entry.name, status: this.statusLabel(to) }),
      })),
    })),
  );
  /** Who has come (present or late), and who has not yet (or is marked absent). */
  protected readonly lists = computed(() => {
    const arrived = this.entries().filter(
      (row) => row.entry.attendance && row.entry.attendance.status !== 'absent',
    );
    const notYet = this.entries().filter(
      (row) => !row.entry.attendance || row.entry.attendance.status === 'absent',
    );
    return [
      {
        id: 'arrived',
        heading: this.t('checkIn.arrived', { count: arrived.length }),
        empty: this.t('checkIn.nobodyYet'),
        rows: arrived,
      },
      {
        id: 'not-yet',
        heading: this.t('checkIn.waitingFor', { count: notYet.length }),
        empty: this.t('checkIn.everyone'),
        rows: notYet,
      },
    ];
  });

  protected readonly outcome = signal<Outcome | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly busy = signal(false);

  protected readonly codeForm = this.forms.group({
    code: ['', [Validators.required]],
  });
  private readonly codeInput = viewChild<ElementRef<HTMLInputElement>>('codeInput');
  private readonly codeDirective = viewChild('codeDirective', { read: FormGroupDirective });

  protected readonly walkInForm = this.forms.group({
    name: ['', [Validators.required, Validators.maxLength(100), Validators.pattern(/\S/)]],
    partySize: [1, [Validators.required, Validators.min(1), Validators.max(20)]],
    note: ['', Validators.maxLength(500)],
  });
  protected readonly walkInState = new SubmitState(() => this.host.nativeElement);
  private readonly walkInDirective = viewChild('walkInDirective', { read: FormGroupDirective });

  constructor() {
    effect(() => {
      const roster = this.roster();
      this.pageTitle.setDetail(
        roster
          ? `${this.pick(roster.course.titleJa, roster.course.titleEn)} ${this.t('session.nth', { n: roster.session.number })}`
          : null,
      );
    });
  }

  /** Upper case and the hyphen as the person types, keeping the caret at the end. */
  protected onCodeInput(event: Event): void {
    const inputElement = event.target as HTMLInputElement;
    const formatted = formatTypedCode(inputElement.value);
    if (formatted !== inputElement.value) {
      this.codeForm.controls.code.setValue(formatted);
    }
  }

  protected codeError(): string | null {
    const control = this.codeForm.controls.code;
    if (control.hasError('required')) return this.t('checkIn.codeRequired');
    if (control.hasError('shape')) return this.t('checkIn.codeShape');
    return controlErrorMessage(control, this.i18n.t, this.i18n.language());
  }

  async submitCode(): Promise<void> {
    const control = this.codeForm.controls.code;
    const code = normaliseCode(control.value);
    if (!control.value.trim()) {
      control.markAsTouched();
      return;
    }
    if (!code) {
      control.setErrors({ shape: true });
      control.markAsTouched();
      return;
    }
    await this.checkIn(code);
  }

  /** A read from the camera: the QR text is the bare 8-character code. */
  protected async onScanned(text: string): Promise<void> {
    const code = normaliseCode(text);
    if (!code) {
      this.outcome.set({
        kind: 'refused',
        heading: this.t('checkIn.refused'),
        message: this.t('scan.notCode'),
        detail: null,
      });
      return;
    }
    this.codeForm.controls.code.setValue(formatTypedCode(code));
    await this.checkIn(code);
  }

  private async checkIn(code: string): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.notice.set(null);
    try {
      const result = await this.api.checkIn(this.id(), code);
      const english = this.i18n.language() === 'en';
      this.outcome.set({
        kind: result.alreadyCheckedIn ? 'already' : 'done',
        heading: this.t(result.alreadyCheckedIn ? 'checkIn.already' : 'checkIn.done'),
        message: english ? result.messageEn : result.messageJa,
        // Whom to expect through the door: a child booked alone has no booker beside them.
        detail:
          result.entry.companions.length || !result.entry.bookerAttends
            ? this.t('checkIn.companions', { names: companionsText(result.entry, this.t) })
            : null,
      });
      // Through the directive, so the emptied field is not shown as "required" for the next person.
      this.codeDirective()?.resetForm({ code: '' });
      this.resource.reload();
    } catch (error: unknown) {
      const body = apiErrorBody(error);
      this.outcome.set({
        kind: 'refused',
        heading: this.t('checkIn.refused'),
        // Another course's code: our own words, never a course name (the API names none either).
        message: !body
          ? this.t('checkIn.network')
          : body.code === 'CHECK_IN_OTHER_COURSE'
            ? this.t('checkIn.otherCourse')
            : (body.fields?.[0]?.[this.i18n.language()] ?? body.messages[this.i18n.language()]),
        detail: null,
      });
    } finally {
      this.busy.set(false);
      this.codeInput()?.nativeElement.focus();
    }
  }

  protected statusLabel(status: AttendanceStatus): string {
    return this.t(STATUS_KEYS[status]);
  }

  protected async mark(entry: RosterEntry, status: AttendanceStatus): Promise<void> {
    await this.change(
      () => this.api.mark(this.id(), entry.bookingId, status),
      () => this.t('checkIn.marked', { name: entry.name, status: this.statusLabel(status) }),
    );
  }

  protected async act(entry: RosterEntry, to: DoorAction): Promise<void> {
    await (to === 'undo' ? this.undo(entry) : this.mark(entry, to));
  }

  protected async undo(entry: RosterEntry): Promise<void> {
    await this.change(
      () => this.api.undo(this.id(), entry.bookingId),
      () => this.t('checkIn.undone', { name: entry.name }),
    );
  }

  private async change(action: () => Promise<unknown>, done: () => string): Promise<void> {
    this.notice.set(null);
    try {
      await action();
      this.notice.set(done());
    } catch (error: unknown) {
      const body = apiErrorBody(error);
      this.notice.set(body ? body.messages[this.i18n.language()] : this.t('checkIn.network'));
    }
    this.resource.reload();
  }

  protected walkInError(name: 'name' | 'partySize' | 'note'): string | null {
    const control = this.walkInForm.controls[name];
    if (control.hasError('pattern')) return this.i18n.t('form.error.required');
    if (control.hasError('min') || control.hasError('max')) return this.t('walkIn.partyRange');
    return controlErrorMessage(control, this.i18n.t, this.i18n.language());
  }

  async addWalkIn(): Promise<void> {
    this.notice.set(null);
    const value = this.walkInForm.getRawValue();
    const added = await this.walkInState.run(this.walkInForm, () =>
      this.api.addWalkIn(this.id(), {
        name: value.name.trim(),
        partySize: Number(value.partySize),
        ...(value.note.trim() ? { note: value.note.trim() } : {}),
      }),
    );
    if (!added) return;
    this.notice.set(this.t('walkIn.added', { name: added.name, partySize: added.partySize }));
    this.walkInDirective()?.resetForm({ name: '', partySize: 1, note: '' });
    this.resource.reload();
  }

  protected async removeWalkIn(walkIn: WalkIn): Promise<void> {
    this.notice.set(null);
    try {
      await this.api.removeWalkIn(this.id(), walkIn.id);
      this.notice.set(this.t('walkIn.removed', { name: walkIn.name }));
    } catch (error: unknown) {
      const body = apiErrorBody(error);
      this.notice.set(body ? body.messages[this.i18n.language()] : this.t('checkIn.network'));
    }
    this.resource.reload();
  }
}
