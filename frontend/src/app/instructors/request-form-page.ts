import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  FormArray,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  Validators,
  type AbstractControl,
  type ValidationErrors,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { Icon } from '../core/layout/icon';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import type { InstructorRequestCreate } from '../api/api-types';
import { CatalogueApi } from '../core/api/catalogue-api';
import { formatDate, tokyoInstant } from '../core/format/date-format';
import { FormAlert } from '../core/forms/form-alert';
import { SubmitState } from '../core/forms/submit-state';
import { I18nService } from '../core/i18n/i18n.service';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { LoadState, LoadedContent } from '../core/load-state/load-state';
import { SessionService } from '../core/session/session.service';
import { instructorEn, instructorJa } from './instructor-messages';
import { InstructorsApi } from './instructors-api';
import { optionOrderError, tooSoonOptions } from './request-rules';

export const MAX_DATE_OPTIONS = 3;

const text = (required = true) =>
  new FormControl('', { nonNullable: true, validators: required ? [Validators.required] : [] });

function dateOption() {
  return new FormGroup(
    { date: text(), startTime: text(), endTime: text() },
    {
      validators: (group: AbstractControl): ValidationErrors | null =>
        optionOrderError(group.value),
    },
  );
}

/**
 * A request to one instructor (講師依頼): as one of the person's organisations, or as the
 * representative of a residents' group; purpose, audience, up to three dates no earlier than the
 * city's lead time, place, fee and a message. Nothing about either party beyond the public
 * profile is shown until the instructor accepts.
 */
@Component({
  selector: 'tsu-request-form-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    Icon,
    MatInputModule,
    MatRadioModule,
    MatSelectModule,
    FormAlert,
    LoadState,
    LoadedContent,
  ],
  templateUrl: './request-form-page.html',
  styleUrl: './request-form-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RequestFormPage {
  private readonly api = inject(InstructorsApi);
  private readonly router = inject(Router);
  private readonly session = inject(SessionService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly i18n = inject(I18nService);

  /** The instructor's id (`:id`). */
  readonly id = input.required<string>();

  protected readonly t = scopedTranslator(instructorJa, instructorEn);
  protected readonly pick = this.i18n.pick;
  protected readonly instructor = this.api.instructor(this.id);
  protected readonly name = computed(() => {
    if (!this.instructor.hasValue()) return '';
    const p = this.instructor.value();
    return this.pick(p.displayName, p.displayNameEn);
  });
  protected readonly organisations = computed(() => this.session.user()?.organisations ?? []);
  private readonly facilitiesResource = inject(CatalogueApi).facilities();
  protected readonly facilities = computed(() =>
    this.facilitiesResource.hasValue() ? this.facilitiesResource.value() : [],
  );

  protected readonly form = new FormGroup({
    asOrganisation: new FormControl(false, { nonNullable: true }),
    organisationId: text(false),
    groupName: text(false),
    purpose: text(),
    audience: text(),
    expectedParticipants: new FormControl<number | null>(null, [
      Validators.required,
      Validators.min(1),
      Validators.max(1000),
    ]),
    dateOptions: new FormArray([dateOption()]),
    placeKind: new FormControl<InstructorRequestCreate['placeKind']>('facility', {
      nonNullable: true,
    }),
    facilityId: text(false),
    placeDetail: text(false),
    feeOfferedYen: new FormControl<number | null>(null, [
      Validators.min(0),
      Validators.max(1_000_000),
    ]),
    feeNote: text(false),
    message: text(false),
  });
  protected readonly options = this.form.controls.dateOptions;
  protected readonly maxOptions = MAX_DATE_OPTIONS;
  protected readonly placeKind = toSignal(this.form.controls.placeKind.valueChanges, {
    initialValue: this.form.controls.placeKind.value,
  });
  protected readonly asOrganisation = toSignal(this.form.controls.asOrganisation.valueChanges, {
    initialValue: false,
  });
  protected readonly optionCount = signal(1);

  /** The earliest date the city's lead time allows, from the instructor's public answer. */
  protected readonly earliest = computed(() =>
    this.instructor.hasValue() ? this.instructor.value().earliestRequestDate : null,
  );
  protected readonly earliestText = computed(() => {
    const earliest = this.earliest();
    return earliest ? formatDate(`${earliest}T00:00:00+09:00`, this.i18n.language()) : '';
  });
  /** Read inside the loaded template only, when the instructor's answer is there. */
  protected readonly leadDays = computed(() =>
    this.instructor.hasValue() ? this.instructor.value().requestLeadDays : 0,
  );

  protected readonly submit = new SubmitState(() => this.host.nativeElement);

  constructor() {
    const first = this.organisations()[0];
    if (first) {
      this.form.patchValue({ asOrganisation: true, organisationId: first.id });
    }
  }

  protected addOption(): void {
    if (this.options.length >= MAX_DATE_OPTIONS) return;
    this.options.push(dateOption());
    this.optionCount.set(this.options.length);
    setTimeout(() =>
      this.host.nativeElement
        .querySelector<HTMLInputElement>(`#option-date-${this.options.length - 1}`)
        ?.focus(),
    );
  }

  protected removeOption(index: number): void {
    this.options.removeAt(index);
    this.optionCount.set(this.options.length);
  }

  protected fieldError(control: AbstractControl): string | null {
    if (!control.touched || !control.errors) return null;
    const server = control.errors['server'] as { ja: string; en: string } | undefined;
    if (server) return server[this.i18n.language()];
    if (control.errors['required']) return this.t('request.required');
    return this.t('request.number');
  }

  protected optionError(index: number): string | null {
    const group = this.options.at(index);
    const earliest = this.earliest();
    const { date } = group.getRawValue();
    if (group.touched && earliest && date && date < earliest) {
      return this.t('request.tooSoon', { date: this.earliestText() });
    }
    if (group.touched && group.errors?.['endBeforeStart']) return this.t('request.endBeforeStart');
    return this.fieldError(group.controls.date);
  }

  protected async send(): Promise<void> {
    const value = this.form.getRawValue();
    const profile = this.instructor.hasValue() ? this.instructor.value() : null;
    const dates = value.dateOptions.map((option) => option.date);
    if (profile && tooSoonOptions(profile, dates).length > 0) {
      this.options.markAllAsTouched();
      this.focusFirstOption();
      return;
    }
    const asOrganisation = value.asOrganisation && this.organisations().length > 0;
    if (!asOrganisation && !value.groupName.trim()) {
      this.form.controls.groupName.setErrors({ required: true });
    }
    const result = await this.submit.run(this.form, () =>
      this.api.sendRequest(this.id(), {
        requesterKind: asOrganisation ? 'organiser' : 'group',
        organisationId: asOrganisation ? value.organisationId || null : null,
        groupName: asOrganisation ? '' : value.groupName.trim(),
        purpose: value.purpose.trim(),
        audience: value.audience.trim(),
        expectedParticipants: value.expectedParticipants ?? 0,
        dateOptions: value.dateOptions.map((option) => ({
          startsAt: tokyoInstant(option.date, option.startTime),
          endsAt: tokyoInstant(option.date, option.endTime),
        })),
        placeKind: value.placeKind,
        facilityId: value.placeKind === 'facility' ? value.facilityId || null : null,
        placeDetail: value.placeKind === 'online' ? '' : value.placeDetail.trim(),
        feeOfferedYen: value.feeOfferedYen,
        feeNote: value.feeNote.trim(),
        message: value.message.trim(),
      }),
    );
    if (!result) return;
    await this.router.navigate(['/instructor-requests', result.id], {
      queryParams: { sent: 1 },
    });
  }

  private focusFirstOption(): void {
    setTimeout(() =>
      this.host.nativeElement.querySelector<HTMLInputElement>('#option-date-0')?.focus(),
    );
  }
}
