import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  OnInit,
  computed,
  inject,
  input,
  output,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import type { AdminFacility, FacilityInput, FacilityKind } from '../api/api-types';
import { controlErrorMessage } from '../core/forms/control-error';
import { FormAlert } from '../core/forms/form-alert';
import { SubmitState } from '../core/forms/submit-state';
import { I18nService } from '../core/i18n/i18n.service';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { ReferenceService } from '../core/reference/reference.service';
import { AdminApi } from './admin-api';
import { adminEn, adminJa, type AdminMessageKey } from './admin-messages';

const TIME = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;
const DECIMAL = /^-?\d{1,3}(\.\d{1,6})?$/;

const text = (max: number, required = true) =>
  new FormControl('', {
    nonNullable: true,
    validators: required
      ? [Validators.required, Validators.maxLength(max)]
      : [Validators.maxLength(max)],
  });
const patterned = (pattern: RegExp) =>
  new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.pattern(pattern)],
  });

function emptyForm() {
  return new FormGroup({
    kind: new FormControl<FacilityKind>('community_centre', { nonNullable: true }),
    nameJa: text(200),
    nameEn: text(200),
    postalCode: patterned(/^[0-9]{3}-[0-9]{4}$/),
    addressJa: text(300),
    addressEn: text(300),
    phone: text(30),
    latitude: patterned(DECIMAL),
    longitude: patterned(DECIMAL),
    opensAt: patterned(TIME),
    closesAt: patterned(TIME),
    accessJa: text(500, false),
    accessEn: text(500, false),
    parkingJa: text(200, false),
    parkingEn: text(200, false),
    closedNoteJa: text(200, false),
    closedNoteEn: text(200, false),
  });
}

export type FacilityField = Exclude<keyof ReturnType<typeof emptyForm>['controls'], 'kind'>;

/** What the API takes from the form's values: trimmed text, coordinates as numbers. */
export function facilityInput(
  value: ReturnType<ReturnType<typeof emptyForm>['getRawValue']>,
): FacilityInput {
  const trimmed = Object.fromEntries(
    Object.entries(value).map(([key, entry]) => [
      key,
      typeof entry === 'string' ? entry.trim() : entry,
    ]),
  ) as typeof value;
  return { ...trimmed, latitude: Number(trimmed.latitude), longitude: Number(trimmed.longitude) };
}

const FORMAT_MESSAGES: Partial<Record<FacilityField, AdminMessageKey>> = {
  postalCode: 'facilityForm.postalCodeFormat',
  latitude: 'facilityForm.coordinateFormat',
  longitude: 'facilityForm.coordinateFormat',
  opensAt: 'facilityForm.timeFormat',
  closesAt: 'facilityForm.timeFormat',
};

/**
 * Adds a facility, or edits the one given: every field the public facility page shows. The
 * API's per-field refusals land under the fields (SubmitState maps them by name).
 */
@Component({
  selector: 'tsu-facility-form',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    FormAlert,
  ],
  templateUrl: './facility-form.html',
  styleUrl: './admin.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FacilityForm implements OnInit {
  private readonly api = inject(AdminApi);
  private readonly i18n = inject(I18nService);
  private readonly reference = inject(ReferenceService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** The facility to edit; null to add a new one. */
  readonly facility = input<AdminFacility | null>(null);
  readonly saved = output<AdminFacility>();
  readonly cancelled = output<void>();

  protected readonly t = scopedTranslator(adminJa, adminEn);
  protected readonly core = this.i18n.t;
  protected readonly pick = this.i18n.pick;
  protected readonly kinds = computed(() => this.reference.list('facilityKinds'));
  protected readonly form = emptyForm();
  protected readonly submit = new SubmitState(() => this.host.nativeElement);

  ngOnInit(): void {
    const facility = this.facility();
    if (facility) {
      this.form.reset({
        ...facility,
        latitude: String(facility.latitude),
        longitude: String(facility.longitude),
      });
    }
    setTimeout(() =>
      this.host.nativeElement.querySelector<HTMLElement>('#facility-name-ja')?.focus(),
    );
  }

  protected fieldError(name: FacilityField): string | null {
    const control = this.form.controls[name];
    // A malformed value (not an empty one, nor the API's word) is answered with the format.
    const format = FORMAT_MESSAGES[name];
    if (format && control.hasError('pattern') && !control.hasError('server')) return this.t(format);
    return controlErrorMessage(control, this.core, this.i18n.language());
  }

  protected async save(): Promise<void> {
    const input = facilityInput(this.form.getRawValue());
    const id = this.facility()?.id;
    const saved = await this.submit.run(this.form, () =>
      id ? this.api.updateFacility(id, input) : this.api.createFacility(input),
    );
    if (saved) this.saved.emit(saved);
  }
}
