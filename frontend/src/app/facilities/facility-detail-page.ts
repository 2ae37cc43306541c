import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Icon } from '../core/layout/icon';
import { RouterLink } from '@angular/router';
import { CatalogueApi } from '../core/api/catalogue-api';
import {
  dateRangeText,
  formatClockTime,
  formatIsoDate,
  weekdayName,
} from '../core/format/date-format';
import { DateRange } from '../core/format/date-range';
import { formatYen } from '../core/format/money-format';
import { I18nService } from '../core/i18n/i18n.service';
import { DataTable } from '../core/layout/data-table';
import { LoadState, LoadedContent, isMissing } from '../core/load-state/load-state';
import { PageTitleStrategy } from '../core/navigation/page-title.strategy';
import { ReferenceService } from '../core/reference/reference.service';
import { CourseCard } from '../courses/course-card';

import { facilityCalendarPath } from '../opendata/opendata-links';

/** A plain link to a map app: no map is embedded, so no request leaves for a third party. */
export function mapLink(latitude: number | null, longitude: number | null): string | null {
  if (latitude === null || longitude === null) return null;
  return `https://www.google.com/maps?q=${latitude},${longitude}`;
}

@Component({
  selector: 'tsu-facility-detail-page',
  imports: [
    RouterLink,
    MatButtonModule,
    Icon,
    LoadState,
    LoadedContent,
    DataTable,
    CourseCard,
    DateRange,
  ],
  templateUrl: './facility-detail-page.html',
  styleUrl: './facility-detail-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FacilityDetailPage {
  private readonly i18n = inject(I18nService);
  private readonly reference = inject(ReferenceService);
  private readonly pageTitle = inject(PageTitleStrategy);

  /** The `:id` route parameter. */
  readonly id = input.required<string>();

  protected readonly t = this.i18n.t;
  /** The facility's public calendar feed (open data). */
  protected readonly calendarPath = facilityCalendarPath;
  protected readonly pick = this.i18n.pick;

  private readonly catalogue = inject(CatalogueApi);
  protected readonly resource = this.catalogue.facility(() => this.id());
  /** Asked once the facility is there; the page stands without it, and says so if it fails. */
  protected readonly closuresResource = this.catalogue.facilityClosures(() =>
    this.resource.hasValue() ? this.id() : undefined,
  );
  protected readonly closures = computed(() => {
    const data = this.closuresResource.hasValue() ? this.closuresResource.value() : undefined;
    if (!data) return { weekly: [], upcoming: [] };
    const language = this.i18n.language();
    return {
      weekly: data.weekly.map((rule) => ({
        id: rule.id,
        every: this.t('facility.weeklyEvery', { weekday: weekdayName(rule.weekday, language) }),
        period: rule.to
          ? dateRangeText(rule.from, rule.to, language)
          : [this.t('facility.weeklySince', { from: formatIsoDate(rule.from, language) })],
        reason: this.pick(rule.reasonJa, rule.reasonEn),
      })),
      upcoming: data.upcoming.map((closure) => ({
        id: closure.id,
        period: dateRangeText(closure.from, closure.to, language),
        reason: this.pick(closure.reasonJa, closure.reasonEn),
      })),
    };
  });
  protected readonly facility = computed(() =>
    this.resource.hasValue() ? this.resource.value() : undefined,
  );
  /** The page's heading when the facility cannot be shown (the load state says the rest). */
  protected readonly failedHeading = computed(() => {
    if (this.resource.status() !== 'error') return null;
    return this.t(this.notFound() ? 'facility.notFound' : 'title.facilityDetail');
  });
  private readonly notFound = computed(() => isMissing(this.resource.error()));

  protected readonly name = computed(() => {
    const facility = this.facility();
    return facility ? this.pick(facility.nameJa, facility.nameEn) : '';
  });
  protected readonly mapUrl = computed(() => {
    const facility = this.facility();
    return facility ? mapLink(facility.latitude, facility.longitude) : null;
  });
  protected readonly hours = computed(() => {
    const facility = this.facility();
    if (!facility?.opensAt || !facility.closesAt) return null;
    const separator = this.i18n.language() === 'ja' ? '〜' : '–';
    return `${formatClockTime(facility.opensAt)}${separator}${formatClockTime(facility.closesAt)}`;
  });
  protected readonly rooms = computed(() =>
    (this.facility()?.rooms ?? []).map((room) => ({
      ...room,
      name: this.pick(room.nameJa, room.nameEn),
      fee: formatYen(room.feePer30MinYen, this.i18n.language()),
      equipmentLabels: room.equipment.map((code) => this.reference.label('roomEquipment', code)),
    })),
  );

  constructor() {
    effect(() => {
      const name = this.notFound() ? this.t('facility.notFound') : this.name() || null;
      this.pageTitle.setDetail(name);
    });
  }

  protected kindLabel(kind: string): string {
    return this.reference.label('facilityKinds', kind);
  }
}
