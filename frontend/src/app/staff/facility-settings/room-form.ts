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
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import type { Room, RoomEquipment, RoomInput } from '../../api/api-types';
import { controlErrorMessage } from '../../core/forms/control-error';
import { FormAlert } from '../../core/forms/form-alert';
import { SubmitState } from '../../core/forms/submit-state';
import { StaffApi } from '../staff-api';
import { I18nService } from '../../core/i18n/i18n.service';
import { scopedTranslator } from '../../core/i18n/scoped-translator';
import { ReferenceService } from '../../core/reference/reference.service';
import { settingsEn, settingsJa } from './settings-messages';

function emptyForm() {
  const text = () =>
    new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(60)],
    });
  const whole = (value: number | null) =>
    new FormControl<number | null>(value, { validators: [Validators.required] });
  return new FormGroup({
    nameJa: text(),
    nameEn: text(),
    floor: whole(1),
    capacity: whole(null),
    feePer30MinYen: whole(null),
    equipment: new FormControl<RoomEquipment[]>([], { nonNullable: true }),
    wheelchairAccessible: new FormControl(false, { nonNullable: true }),
    hearingLoop: new FormControl(false, { nonNullable: true }),
  });
}

type RoomField = keyof ReturnType<typeof emptyForm>['controls'];

/** What the API takes from the form: trimmed names; numbers as typed (the API checks ranges). */
export function roomInput(value: ReturnType<ReturnType<typeof emptyForm>['getRawValue']>) {
  return {
    ...value,
    nameJa: value.nameJa.trim(),
    nameEn: value.nameEn.trim(),
  } as RoomInput;
}

/**
 * Adds a room to a facility, or edits one: names, floor, capacity, fee per 30 minutes,
 * equipment and accessibility. The API's per-field refusals land under the fields.
 */
@Component({
  selector: 'tsu-room-form',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    FormAlert,
  ],
  templateUrl: './room-form.html',
  styleUrl: './facility-settings.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RoomForm implements OnInit {
  private readonly api = inject(StaffApi);
  private readonly i18n = inject(I18nService);
  private readonly reference = inject(ReferenceService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly facilityId = input.required<string>();
  /** The room to edit; null to add one. */
  readonly room = input<Room | null>(null);
  readonly saved = output<Room>();
  readonly cancelled = output<void>();

  protected readonly t = scopedTranslator(settingsJa, settingsEn);
  protected readonly core = this.i18n.t;
  protected readonly pick = this.i18n.pick;
  protected readonly equipmentChoices = computed(() => this.reference.list('roomEquipment'));
  protected readonly form = emptyForm();
  protected readonly submit = new SubmitState(() => this.host.nativeElement);
  protected readonly heading = computed(() => {
    const room = this.room();
    return room
      ? this.t('room.editHeading', { name: this.pick(room.nameJa, room.nameEn) })
      : this.t('room.addHeading');
  });

  ngOnInit(): void {
    const room = this.room();
    if (room) this.form.reset({ ...room });
    setTimeout(() => this.host.nativeElement.querySelector<HTMLElement>('h3')?.focus());
  }

  protected fieldError(name: RoomField): string | null {
    return controlErrorMessage(this.form.controls[name], this.core, this.i18n.language());
  }

  protected async save(): Promise<void> {
    const input = roomInput(this.form.getRawValue());
    const saved = await this.submit.run(this.form, () =>
      this.api.saveRoom(this.facilityId(), this.room()?.id, input),
    );
    if (saved) this.saved.emit(saved);
  }
}
