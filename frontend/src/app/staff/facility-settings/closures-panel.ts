import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import type { ApiError, ClosureInput } from '../../api/api-types';
import { apiErrorBody, apiErrorMessage } from '../../core/forms/api-error';
import { controlErrorMessage } from '../../core/forms/control-error';
import { FormAlert } from '../../core/forms/form-alert';
import { NETWORK_ERROR, SubmitState } from '../../core/forms/submit-state';
import { StaffApi } from '../staff-api';
import { I18nService } from '../../core/i18n/i18n.service';
import { LoadState, LoadedContent } from '../../core/load-state/load-state';
import { scopedTranslator } from '../../core/i18n/scoped-translator';
import { addDays, formatDateRange, tokyoToday } from '../../core/format/date-format';
import { IN_THE_WAY_CODES, ReservationsInTheWay } from './reservations-in-the-way';
import { settingsEn, settingsJa } from './settings-messages';

const GENERATED = new Set(['year_end', 'public_holiday']);

/**
 * The facility's closures of the coming year; add a maintenance (or other) closure over a date
 * range with its reason in both languages, or remove one. Generated closures (New Year, public
 * holidays) follow the opening-hours setting and are not removed here.
 */
@Component({
  selector: 'tsu-closures-panel',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    LoadState,
    LoadedContent,
    MatSelectModule,
    FormAlert,
    ReservationsInTheWay,
  ],
  templateUrl: './closures-panel.html',
  styleUrl: './facility-settings.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClosuresPanel {
  private readonly api = inject(StaffApi);
  private readonly i18n = inject(I18nService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly facilityId = input.required<string>();

  protected readonly t = scopedTranslator(settingsJa, settingsEn);
  protected readonly core = this.i18n.t;
  private readonly today = tokyoToday();
  protected readonly resource = this.api.closures(this.facilityId, () => ({
    from: this.today,
    to: addDays(this.today, 365),
  }));
  protected readonly closures = computed(() => {
    const language = this.i18n.language();
    const rows = this.resource.hasValue() ? (this.resource.value() ?? []) : [];
    return rows.map((closure) => ({
      id: closure.id,
      period: formatDateRange(closure.from, closure.to, language),
      kind: this.t(`closures.kind.${closure.kind}`),
      reason: this.i18n.pick(closure.reasonJa, closure.reasonEn),
      generated: GENERATED.has(closure.kind),
    }));
  });

  protected readonly confirming = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly removeError = signal<string | null>(null);
  protected readonly inTheWay = signal<ApiError | null>(null);
  protected readonly submit = new SubmitState(() => this.host.nativeElement);
  protected readonly form = new FormGroup({
    from: new FormControl(this.today, { nonNullable: true, validators: [Validators.required] }),
    to: new FormControl(this.today, { nonNullable: true, validators: [Validators.required] }),
    kind: new FormControl<ClosureInput['kind']>('maintenance', { nonNullable: true }),
    reasonJa: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(100)],
    }),
    reasonEn: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(100)],
    }),
  });

  protected fieldError(name: 'from' | 'to' | 'reasonJa' | 'reasonEn'): string | null {
    return controlErrorMessage(this.form.controls[name], this.core, this.i18n.language());
  }

  protected async add(): Promise<void> {
    this.inTheWay.set(null);
    this.notice.set(null);
    const value = this.form.getRawValue();
    const input: ClosureInput = {
      ...value,
      reasonJa: value.reasonJa.trim(),
      reasonEn: value.reasonEn.trim(),
    };
    const added = await this.submit.run(this.form, async () => {
      try {
        return await this.api.addClosure(this.facilityId(), input);
      } catch (error: unknown) {
        const body = apiErrorBody(error);
        if (body && IN_THE_WAY_CODES.has(body.code)) this.inTheWay.set(body);
        throw error;
      }
    });
    if (added) {
      this.form.reset({ from: this.today, to: this.today, kind: 'maintenance' });
      this.notice.set(this.t('closures.added'));
      this.resource.reload();
    }
  }

  protected async remove(id: string): Promise<void> {
    this.removeError.set(null);
    this.notice.set(null);
    try {
      await this.api.removeClosure(this.facilityId(), id);
      this.confirming.set(null);
      this.notice.set(this.t('closures.removed'));
      this.resource.reload();
      setTimeout(() => this.host.nativeElement.querySelector<HTMLElement>('.notice')?.focus());
    } catch (error: unknown) {
      this.removeError.set(apiErrorMessage(error, this.i18n.language(), NETWORK_ERROR));
    }
  }
}
