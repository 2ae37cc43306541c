import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { map } from 'rxjs';
import type { Room } from '../../api/api-types';
import { formatYen } from '../../core/format/money-format';
import { StaffApi } from '../staff-api';
import { I18nService } from '../../core/i18n/i18n.service';
import { LoadState, LoadedContent } from '../../core/load-state/load-state';
import { scopedTranslator } from '../../core/i18n/scoped-translator';
import { ReferenceService } from '../../core/reference/reference.service';
import { ClosuresPanel } from './closures-panel';
import { WeeklyClosuresPanel } from './weekly-closures-panel';
import { HoursForm } from './hours-form';
import { RoomForm } from './room-form';
import { settingsEn, settingsJa } from './settings-messages';

/** A list as each language writes one; a dash when empty. */
const join = (items: string[], language: 'ja' | 'en') =>
  items.length ? items.join(language === 'ja' ? '、' : ', ') : '—';

/**
 * A facility's settings for its staff: rooms (add, edit), opening hours and closures. Staff of
 * another facility get the API's 404, shown as a load error.
 */
@Component({
  selector: 'tsu-facility-settings-page',
  imports: [
    RouterLink,
    MatButtonModule,
    LoadState,
    LoadedContent,
    RoomForm,
    HoursForm,
    ClosuresPanel,
    WeeklyClosuresPanel,
  ],
  templateUrl: './facility-settings-page.html',
  styleUrl: './facility-settings.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FacilitySettingsPage {
  private readonly api = inject(StaffApi);
  private readonly i18n = inject(I18nService);
  private readonly reference = inject(ReferenceService);
  protected readonly t = scopedTranslator(settingsJa, settingsEn);
  protected readonly core = this.i18n.t;
  protected readonly pick = this.i18n.pick;

  protected readonly facilityId = toSignal(
    inject(ActivatedRoute).paramMap.pipe(map((params) => params.get('id') ?? '')),
    { initialValue: '' },
  );
  protected readonly facility = this.api.facility(this.facilityId);
  protected readonly hoursResource = this.api.openingHours(this.facilityId);

  /** The rooms and the opening hours: loaded, failed and retried as one. */
  protected readonly loads = [this.facility, this.hoursResource];
  protected readonly name = computed(() => {
    const facility = this.facility.hasValue() ? this.facility.value() : undefined;
    return facility ? this.pick(facility.nameJa, facility.nameEn) : '';
  });
  protected readonly hours = computed(() =>
    this.hoursResource.hasValue() ? (this.hoursResource.value() ?? null) : null,
  );

  /** The room being edited, 'new' while adding one, null otherwise. */
  protected readonly editing = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  private readonly roomsById = computed(() => {
    const facility = this.facility.hasValue() ? this.facility.value() : undefined;
    return new Map((facility?.rooms ?? []).map((room) => [room.id, room]));
  });
  protected readonly editedRoom = computed<Room | null>(() => {
    const id = this.editing();
    return id && id !== 'new' ? (this.roomsById().get(id) ?? null) : null;
  });
  protected readonly rooms = computed(() => {
    const language = this.i18n.language();
    return [...this.roomsById().values()].map((room) => ({
      id: room.id,
      name: this.pick(room.nameJa, room.nameEn),
      floor: room.floor,
      capacity: room.capacity,
      fee: formatYen(room.feePer30MinYen, language),
      equipmentLine: this.t('rooms.equipmentLine', {
        list: join(
          room.equipment.map((code) => this.reference.label('roomEquipment', code)),
          language,
        ),
      }),
      accessLine: this.t('rooms.accessLine', {
        list: join(
          [
            ...(room.wheelchairAccessible ? [this.t('rooms.wheelchair')] : []),
            ...(room.hearingLoop ? [this.t('rooms.hearingLoop')] : []),
          ],
          language,
        ),
      }),
    }));
  });

  protected edit(id: string): void {
    this.notice.set(null);
    this.editing.set(id);
  }

  protected roomSaved(room: Room): void {
    this.editing.set(null);
    this.notice.set(this.t('rooms.saved', { name: this.pick(room.nameJa, room.nameEn) }));
    this.facility.reload();
  }

  protected hoursSaved(): void {
    this.notice.set(this.t('hours.saved'));
    this.hoursResource.reload();
  }
}
