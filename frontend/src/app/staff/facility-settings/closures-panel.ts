import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  viewChild,
} from '@angular/core';
import {
  FormControl,
  FormGroup,
  FormGroupDirective,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import type { ClosureInput } from '../../api/api-types';
import { NOW } from '../../core/format/browser-clock';
import { controlErrorMessage } from '../../core/forms/control-error';
import { FormAlert } from '../../core/forms/form-alert';
import { StaffApi } from '../staff-api';
import { I18nService } from '../../core/i18n/i18n.service';
import { LoadState, LoadedContent } from '../../core/load-state/load-state';
import { scopedTranslator } from '../../core/i18n/scoped-translator';
import { addDays, dateRangeText, formatDateRange, tokyoToday } from '../../core/format/date-format';
import { DateRange } from '../../core/format/date-range';
import { ClosureList, ConfirmRemove } from './closure-list';
import { ReservationsInTheWay } from './reservations-in-the-way';
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
    ConfirmRemove,
    DateRange,
  ],
  templateUrl: './closures-panel.html',
  styleUrl: './facility-settings.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClosuresPanel {
  private readonly api = inject(StaffApi);
  private readonly i18n = inject(I18nService);

  readonly facilityId = input.required<string>();

  protected readonly t = scopedTranslator(settingsJa, settingsEn);
  protected readonly core = this.i18n.t;
  private readonly today = tokyoToday(inject(NOW)());
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
      range: dateRangeText(closure.from, closure.to, language),
      kind: this.t(`closures.kind.${closure.kind}`),
      reason: this.i18n.pick(closure.reasonJa, closure.reasonEn),
      generated: GENERATED.has(closure.kind),
    }));
  });

  protected readonly list = new ClosureList(() => this.resource.reload());
  private readonly formDirective = viewChild.required(FormGroupDirective);
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
    const value = this.form.getRawValue();
    const input: ClosureInput = {
      ...value,
      reasonJa: value.reasonJa.trim(),
      reasonEn: value.reasonEn.trim(),
    };
    const added = await this.list.add(
      this.form,
      () => this.api.addClosure(this.facilityId(), input),
      this.t('closures.added'),
    );
    if (added) {
      // Through the directive, so the emptied form shows no errors for the next closure.
      this.formDirective().resetForm({
        from: this.today,
        to: this.today,
        kind: 'maintenance',
        reasonJa: '',
        reasonEn: '',
      });
    }
  }

  protected async remove(id: string): Promise<void> {
    await this.list.remove(
      () => this.api.removeClosure(this.facilityId(), id),
      this.t('closures.removed'),
    );
  }
}
