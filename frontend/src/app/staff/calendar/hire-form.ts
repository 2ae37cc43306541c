import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  effect,
  inject,
  input,
  output,
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
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import type { ApiError, HireInput, StaffReservation } from '../../api/api-types';
import { apiErrorBody, applyServerFieldErrors } from '../../core/forms/api-error';
import { controlErrorMessage } from '../../core/forms/control-error';
import { NETWORK_ERROR } from '../../core/forms/submit-state';
import { StaffApi } from '../staff-api';
import { I18nService } from '../../core/i18n/i18n.service';
import { scopedTranslator } from '../../core/i18n/scoped-translator';
import { staffEn, staffJa } from '../staff-messages';
import { tokyoInstant } from '../../core/format/date-format';

export interface RoomChoice {
  id: string;
  name: string;
}

/** The refusals that name what the hire collides with; shown beside the form, not as a toast. */
const CONFLICT_CODES = new Set([
  'ROOM_ALREADY_RESERVED',
  'FACILITY_CLOSED',
  'OUTSIDE_OPENING_HOURS',
]);

type Field = 'roomId' | 'date' | 'startsAt' | 'endsAt' | 'groupName' | 'purpose';

/** "Reserve for another use": a hire of a room for a circle or meeting, made by staff. */
@Component({
  selector: 'tsu-hire-form',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
  ],
  templateUrl: './hire-form.html',
  styleUrl: './hire-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HireForm {
  private readonly api = inject(StaffApi);
  private readonly i18n = inject(I18nService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly facilityId = input.required<string>();
  readonly rooms = input.required<RoomChoice[]>();
  readonly date = input.required<string>();
  readonly created = output<StaffReservation>();

  protected readonly t = scopedTranslator(staffJa, staffEn);
  protected readonly busy = signal(false);
  protected readonly refusal = signal<ApiError | null>(null);
  protected readonly otherError = signal<{ ja: string; en: string } | null>(null);

  protected readonly form = inject(NonNullableFormBuilder).group({
    roomId: ['', Validators.required],
    date: ['', Validators.required],
    startsAt: ['10:00', Validators.required],
    endsAt: ['12:00', Validators.required],
    groupName: ['', [Validators.required, Validators.maxLength(100)]],
    purpose: ['', Validators.maxLength(200)],
  });
  private readonly formDirective = viewChild.required(FormGroupDirective);

  /**
   * The refusal in the person's language. The API's message already names the collision with
   * its date and time; the kind of collision is added so staff know whom to talk to.
   */
  protected readonly refusalText = computed(() => {
    const body = this.refusal();
    if (!body) return null;
    const kind = body.conflict?.kind;
    return {
      message: body.messages[this.i18n.language()],
      detail: kind ? this.t(`hire.conflictKind.${kind}`) : null,
    };
  });

  constructor() {
    // The form starts on the day the calendar shows, until the person picks a date.
    effect(() => {
      const date = this.date();
      if (this.form.controls.date.pristine) this.form.controls.date.setValue(date);
    });
  }

  protected fieldError(name: Field): string | null {
    return controlErrorMessage(this.form.controls[name], this.i18n.t, this.i18n.language());
  }

  protected otherErrorText(): string | null {
    return this.otherError()?.[this.i18n.language()] ?? null;
  }

  async submit(): Promise<void> {
    this.refusal.set(null);
    this.otherError.set(null);
    if (!this.form.controls.date.value) this.form.controls.date.setValue(this.date());
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.focus('input.ng-invalid, mat-select.ng-invalid');
      return;
    }
    const value = this.form.getRawValue();
    const body: HireInput = {
      roomId: value.roomId,
      startsAt: tokyoInstant(value.date, value.startsAt),
      endsAt: tokyoInstant(value.date, value.endsAt),
      groupName: value.groupName.trim(),
      ...(value.purpose.trim() ? { purpose: value.purpose.trim() } : {}),
    };
    this.busy.set(true);
    try {
      const reservation = await this.api.hire(this.facilityId(), body);
      // Through the directive: it forgets the submission too, so the emptied group name is not
      // shown as 「入力してください」 for the next hire. Room, date and times stay for the next one.
      this.formDirective().resetForm({ ...value, groupName: '', purpose: '' });
      this.created.emit(reservation);
    } catch (error: unknown) {
      const apiError = apiErrorBody(error);
      if (apiError && CONFLICT_CODES.has(apiError.code)) {
        this.refusal.set(apiError);
      } else {
        const unmatched = applyServerFieldErrors(this.form, error);
        if (!apiError?.fields?.length || unmatched.length) {
          this.otherError.set(apiError ? apiError.messages : NETWORK_ERROR);
        }
      }
      this.focus('[role="alert"], input.ng-invalid');
    } finally {
      this.busy.set(false);
    }
  }

  private focus(selector: string): void {
    setTimeout(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus());
  }
}
