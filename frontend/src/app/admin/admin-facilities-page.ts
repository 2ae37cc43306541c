import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Icon } from '../core/layout/icon';
import { RouterLink } from '@angular/router';
import type { AdminFacility } from '../api/api-types';
import { I18nService } from '../core/i18n/i18n.service';
import { DataTable } from '../core/layout/data-table';
import { LoadState, LoadedContent } from '../core/load-state/load-state';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { ReferenceService } from '../core/reference/reference.service';
import { AdminApi } from './admin-api';
import { adminEn, adminJa } from './admin-messages';
import { FacilityForm } from './facility-form';
import { consoleTitle } from './page-title';

/** The city's facilities with their rooms and staff counts: add and edit. */
@Component({
  selector: 'tsu-admin-facilities-page',
  imports: [RouterLink, MatButtonModule, Icon, LoadState, LoadedContent, DataTable, FacilityForm],
  templateUrl: './admin-facilities-page.html',
  styleUrl: './admin.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminFacilitiesPage {
  private readonly i18n = inject(I18nService);
  private readonly reference = inject(ReferenceService);

  protected readonly t = scopedTranslator(adminJa, adminEn);
  protected readonly pick = this.i18n.pick;
  /** null: no form; 'new': adding; a facility: editing it. */
  protected readonly editing = signal<AdminFacility | 'new' | null>(null);
  protected readonly announcement = signal<string | null>(null);

  protected readonly resource = inject(AdminApi).facilities();
  protected readonly rows = computed(() =>
    (this.resource.hasValue() ? this.resource.value() : []).map((facility) => ({
      id: facility.id,
      name: this.i18n.pick(facility.nameJa, facility.nameEn),
      kind: this.reference.label('facilityKinds', facility.kind),
      address: this.i18n.pick(facility.addressJa, facility.addressEn),
      roomCount: facility.roomCount,
      staffCount: facility.staffCount,
      source: facility,
    })),
  );

  constructor() {
    consoleTitle(
      () => this.t('facilities.heading'),
      () => this.t('heading'),
    );
  }

  protected startAdding(): void {
    this.announcement.set(null);
    this.editing.set('new');
  }

  protected startEditing(facility: AdminFacility): void {
    this.announcement.set(null);
    this.editing.set(facility);
  }

  protected saved(facility: AdminFacility): void {
    this.editing.set(null);
    this.announcement.set(
      this.t('facilities.saved', { name: this.pick(facility.nameJa, facility.nameEn) }),
    );
    this.resource.reload();
  }
}
