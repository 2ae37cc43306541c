import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { formatYen } from '../core/format/money-format';
import { StaffApi } from './staff-api';
import { I18nService } from '../core/i18n/i18n.service';
import { DataTable } from '../core/layout/data-table';
import { LoadState, LoadedContent } from '../core/load-state/load-state';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { ReferenceService } from '../core/reference/reference.service';
import { staffEn, staffJa } from './staff-messages';

/** Facility staff's start page: the facilities they are staff of, each with its rooms. */
@Component({
  selector: 'tsu-staff-facilities-page',
  imports: [RouterLink, LoadState, LoadedContent, DataTable],
  templateUrl: './staff-facilities-page.html',
  styles: `
    .facility {
      margin: 0 0 2rem;
    }
    .facility h2 {
      margin-bottom: 0.25rem;
    }
    .facility__address {
      margin: 0 0 0.75rem;
      color: var(--mat-sys-on-surface-variant);
    }
    .nowrap {
      white-space: nowrap;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StaffFacilitiesPage {
  private readonly api = inject(StaffApi);
  private readonly i18n = inject(I18nService);
  private readonly reference = inject(ReferenceService);

  protected readonly t = scopedTranslator(staffJa, staffEn);
  protected readonly core = this.i18n.t;
  protected readonly pick = this.i18n.pick;

  protected readonly resource = this.api.facilities();
  protected readonly facilities = computed(() => {
    const language = this.i18n.language();
    const facilities = this.resource.hasValue() ? (this.resource.value() ?? []) : [];
    return facilities.map((facility) => ({
      id: facility.id,
      name: this.pick(facility.nameJa, facility.nameEn),
      kind: this.reference.label('facilityKinds', facility.kind),
      address: `〒${facility.postalCode} ${this.pick(facility.addressJa, facility.addressEn)}`,
      rooms: facility.rooms.map((room) => ({
        id: room.id,
        name: this.pick(room.nameJa, room.nameEn),
        floor: room.floor,
        capacity: room.capacity,
        fee: formatYen(room.feePer30MinYen, language),
        equipment: room.equipment.map((code) => this.reference.label('roomEquipment', code)),
      })),
    }));
  });
}
