import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { AdminFacility } from '../api/api-types';
import { I18nService } from '../core/i18n/i18n.service';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { ReferenceService } from '../core/reference/reference.service';
import { AdminApi } from './admin-api';
import { adminEn, adminJa } from './admin-messages';
import { FacilityForm } from './facility-form';
import { consoleTitle } from './page-title';

/** The city's facilities with their rooms and staff counts: add and edit. */
@Component({
  selector: 'tsu-admin-facilities-page',
  imports: [RouterLink, MatButtonModule, MatIconModule, MatProgressBarModule, FacilityForm],
  template: `
    <h1 tabindex="-1">{{ t('facilities.heading') }}</h1>
    @if (announcement(); as message) {
      <p class="done" role="status">{{ message }}</p>
    }
    @if (editing(); as target) {
      <section class="panel" aria-labelledby="facility-form-heading">
        <h2 id="facility-form-heading">
          {{
            target === 'new'
              ? t('facilities.formAdd')
              : t('facilities.formEdit', { name: pick(target.nameJa, target.nameEn) })
          }}
        </h2>
        <tsu-facility-form
          [facility]="target === 'new' ? null : target"
          (saved)="saved($event)"
          (cancelled)="editing.set(null)"
        />
      </section>
    } @else {
      <div class="actions">
        <button mat-stroked-button type="button" (click)="startAdding()">
          <mat-icon svgIcon="add" aria-hidden="true" />{{ t('facilities.add') }}
        </button>
      </div>
    }
    @if (loading() && rows().length === 0) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="core('common.loading')" />
    } @else if (failed()) {
      <div class="state-message" role="alert">
        <p>{{ core('common.loadError') }}</p>
        <button mat-flat-button type="button" (click)="retry()">{{ core('common.retry') }}</button>
      </div>
    } @else {
      <div
        class="table-scroll"
        tabindex="0"
        role="region"
        [attr.aria-label]="t('facilities.table')"
      >
        <table class="data-table">
          <thead>
            <tr>
              <th scope="col">{{ t('facilities.name') }}</th>
              <th scope="col">{{ t('facilities.kind') }}</th>
              <th scope="col">{{ t('facilities.address') }}</th>
              <th scope="col">{{ t('facilities.rooms') }}</th>
              <th scope="col">{{ t('facilities.staff') }}</th>
              <th scope="col">
                <span class="visually-hidden">{{ t('facilities.edit') }}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            @for (facility of rows(); track facility.id) {
              <tr>
                <th scope="row">
                  <a [routerLink]="['/facilities', facility.id]">{{ facility.name }}</a>
                </th>
                <td>{{ facility.kind }}</td>
                <td>{{ facility.address }}</td>
                <td class="nowrap">{{ facility.roomCount }}</td>
                <td class="nowrap">{{ facility.staffCount }}</td>
                <td>
                  <button
                    mat-button
                    type="button"
                    [attr.aria-label]="t('facilities.editLabel', { name: facility.name })"
                    (click)="startEditing(facility.source)"
                  >
                    {{ t('facilities.edit') }}
                  </button>
                </td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    }
  `,
  styleUrl: './admin.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminFacilitiesPage {
  private readonly i18n = inject(I18nService);
  private readonly reference = inject(ReferenceService);

  protected readonly t = scopedTranslator(adminJa, adminEn);
  protected readonly core = this.i18n.t;
  protected readonly pick = this.i18n.pick;
  /** null: no form; 'new': adding; a facility: editing it. */
  protected readonly editing = signal<AdminFacility | 'new' | null>(null);
  protected readonly announcement = signal<string | null>(null);

  private readonly resource = inject(AdminApi).facilities();
  protected readonly loading = computed(() => this.resource.isLoading());
  protected readonly failed = computed(() => !!this.resource.error());
  protected readonly rows = computed(() =>
    this.resource.value().map((facility) => ({
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

  protected retry(): void {
    this.resource.reload();
  }
}
