import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  signal,
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
import type { WeeklyClosure, WeeklyClosureInput } from '../../api/api-types';
import { NOW } from '../../core/format/browser-clock';
import {
  type RangeText,
  dateRangeText,
  formatIsoDate,
  tokyoToday,
  weekdayName,
} from '../../core/format/date-format';
import { DateRange } from '../../core/format/date-range';
import { controlErrorMessage } from '../../core/forms/control-error';
import { FormAlert } from '../../core/forms/form-alert';
import { I18nService, type Language } from '../../core/i18n/i18n.service';
import { scopedTranslator, type Translator } from '../../core/i18n/scoped-translator';
import { LoadState, LoadedContent } from '../../core/load-state/load-state';
import { StaffApi } from '../staff-api';
import { ClosureList, ConfirmRemove } from './closure-list';
import { ReservationsInTheWay } from './reservations-in-the-way';
import { type SettingsMessageKey, settingsEn, settingsJa } from './settings-messages';

/** Monday first, as a Japanese week planner reads. */
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 0] as const;

/** 「毎週月曜日 2027年4月1日(木)から（終了日なし）」: a rule's weekday and dates. */
export function weeklyRuleText(
  rule: Pick<WeeklyClosure, 'weekday' | 'from' | 'to'>,
  t: Translator<SettingsMessageKey>,
  language: Language,
): { every: string; period: string; range: RangeText } {
  const from = formatIsoDate(rule.from, language);
  const since = t('weekly.since', { from });
  return {
    every: t('weekly.every', { weekday: weekdayName(rule.weekday, language) }),
    period: rule.to ? t('weekly.between', { from, to: formatIsoDate(rule.to, language) }) : since,
    // As drawn: each date whole on a phone.
    range: rule.to ? dateRangeText(rule.from, rule.to, language) : [since],
  };
}

/**
 * A facility's weekly closing days (毎週月曜休館): each entered once, from a first day to a last
 * day or open ended. The API refuses a rule over days already reserved (listed, as for a dated
 * closure) and a second rule for the same weekday over the same dates.
 */
@Component({
  selector: 'tsu-weekly-closures-panel',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    LoadState,
    LoadedContent,
    FormAlert,
    ReservationsInTheWay,
    ConfirmRemove,
    DateRange,
  ],
  templateUrl: './weekly-closures-panel.html',
  styleUrl: './facility-settings.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WeeklyClosuresPanel {
  private readonly api = inject(StaffApi);
  private readonly i18n = inject(I18nService);

  readonly facilityId = input.required<string>();

  protected readonly t = scopedTranslator(settingsJa, settingsEn);
  private readonly today = tokyoToday(inject(NOW)());
  protected readonly resource = this.api.weeklyClosures(this.facilityId);
  protected readonly rules = computed(() => {
    const language = this.i18n.language();
    const rows = this.resource.hasValue() ? (this.resource.value() ?? []) : [];
    return rows.map((rule) => {
      const text = weeklyRuleText(rule, this.t, language);
      const name = `${text.every} ${text.period}`;
      return {
        id: rule.id,
        ...text,
        reason: this.i18n.pick(rule.reasonJa, rule.reasonEn),
        removeLabel: this.t('weekly.remove', { rule: name }),
        confirm: this.t('weekly.confirm', { rule: name }),
      };
    });
  });
  protected readonly weekdays = computed(() => {
    const language = this.i18n.language();
    return WEEKDAYS.map((value) => ({
      value,
      label: this.t('weekly.every', { weekday: weekdayName(value, language) }),
    }));
  });

  protected readonly list = new ClosureList(() => this.resource.reload());
  private readonly formDirective = viewChild.required(FormGroupDirective);
  protected readonly form = new FormGroup({
    weekday: new FormControl<number>(1, { nonNullable: true, validators: [Validators.required] }),
    from: new FormControl(this.today, { nonNullable: true, validators: [Validators.required] }),
    to: new FormControl('', { nonNullable: true }),
    reasonJa: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(100)] }),
    reasonEn: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(100)] }),
  });
  private readonly chosenWeekday = signal(1);
  protected readonly reasonHints = computed(() => {
    const weekday = this.chosenWeekday();
    return {
      ja: this.t('weekly.reasonJaHint', { weekday: weekdayName(weekday, 'ja') }),
      en: this.t('weekly.reasonEnHint', { weekdayEn: weekdayName(weekday, 'en') }),
    };
  });

  constructor() {
    this.form.controls.weekday.valueChanges.subscribe((weekday) => this.chosenWeekday.set(weekday));
  }

  protected fieldError(name: 'from' | 'to' | 'reasonJa' | 'reasonEn'): string | null {
    return controlErrorMessage(this.form.controls[name], this.i18n.t, this.i18n.language());
  }

  protected async add(): Promise<void> {
    const value = this.form.getRawValue();
    const input: WeeklyClosureInput = {
      weekday: Number(value.weekday),
      from: value.from,
      ...(value.to ? { to: value.to } : {}),
      ...(value.reasonJa.trim() ? { reasonJa: value.reasonJa.trim() } : {}),
      ...(value.reasonEn.trim() ? { reasonEn: value.reasonEn.trim() } : {}),
    };
    const added = await this.list.add(
      this.form,
      () => this.api.addWeeklyClosure(this.facilityId(), input),
      this.t('weekly.added'),
    );
    if (added) {
      // Through the directive, so the emptied form shows no errors for the next rule.
      this.formDirective().resetForm({
        weekday: value.weekday,
        from: this.today,
        to: '',
        reasonJa: '',
        reasonEn: '',
      });
    }
  }

  protected async remove(id: string): Promise<void> {
    await this.list.remove(
      () => this.api.removeWeeklyClosure(this.facilityId(), id),
      this.t('weekly.removed'),
    );
  }
}
