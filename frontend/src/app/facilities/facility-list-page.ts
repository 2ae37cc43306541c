import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Icon } from '../core/layout/icon';
import { RouterLink } from '@angular/router';
import { CatalogueApi } from '../core/api/catalogue-api';
import { I18nService } from '../core/i18n/i18n.service';
import { LoadState, LoadedContent } from '../core/load-state/load-state';
import { ReferenceService } from '../core/reference/reference.service';

@Component({
  selector: 'tsu-facility-list-page',
  imports: [RouterLink, Icon, LoadState, LoadedContent],
  templateUrl: './facility-list-page.html',
  styleUrl: './facility-list-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FacilityListPage {
  private readonly i18n = inject(I18nService);
  private readonly reference = inject(ReferenceService);
  protected readonly resource = inject(CatalogueApi).facilities();

  protected readonly t = this.i18n.t;
  protected readonly pick = this.i18n.pick;
  private readonly all = computed(() => (this.resource.hasValue() ? this.resource.value() : []));

  /**
   * Community centres first (the plan's local hubs), then every other kind of venue, each in
   * the API's order: the city's own district order, which sorting kanji by code point would lose.
   */
  protected readonly groups = computed(() => {
    const all = this.all();
    return [
      {
        id: 'centres',
        heading: this.t('facilities.communityCentres'),
        items: all.filter((facility) => facility.kind === 'community_centre'),
      },
      {
        id: 'others',
        heading: this.t('facilities.otherVenues'),
        items: all.filter((facility) => facility.kind !== 'community_centre'),
      },
    ].filter((group) => group.items.length > 0);
  });

  protected kindLabel(kind: string): string {
    return this.reference.label('facilityKinds', kind);
  }
}
