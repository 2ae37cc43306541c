import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { FacilitySummary } from '../api/api-types';
import { I18nService } from '../core/i18n/i18n.service';
import { Icon } from '../core/layout/icon';
import { LoadState, LoadedContent, type LoadableResource } from '../core/load-state/load-state';

/**
 * The community centres on the home page, each a link to its page: fetched only as they near
 * the screen (see `LazyPart`); the home page asks for their data at once.
 */
@Component({
  selector: 'tsu-home-centres',
  imports: [RouterLink, Icon, LoadState, LoadedContent],
  template: `
    <tsu-load-state [resource]="resource()">
      <ng-template tsuLoaded>
        <ul class="centres">
          @for (centre of centres(); track centre.id) {
            <li>
              <a class="centre" [routerLink]="['/facilities', centre.id]">
                <tsu-icon name="place" aria-hidden="true" />
                {{ pick(centre.nameJa, centre.nameEn) }}
              </a>
            </li>
          }
        </ul>
      </ng-template>
    </tsu-load-state>
  `,
  styles: `
    .centres {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
      gap: 0.5rem;
    }

    .centre {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      min-height: 3rem;
      padding: 0.5rem 0.75rem;
      border-radius: 0.75rem;
      background: var(--mat-sys-surface-container-low);
      color: var(--mat-sys-on-surface);

      tsu-icon {
        flex: none;
        color: var(--mat-sys-primary);
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HomeCentres {
  readonly resource = input.required<LoadableResource>();
  readonly centres = input.required<FacilitySummary[]>();

  protected readonly pick = inject(I18nService).pick;
}
