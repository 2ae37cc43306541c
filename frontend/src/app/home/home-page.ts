import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { Router, RouterLink } from '@angular/router';
import { CatalogueApi } from '../core/api/catalogue-api';
import { I18nService } from '../core/i18n/i18n.service';
import type { MessageKey } from '../core/i18n/messages-ja';
import { LoadState, LoadedContent } from '../core/load-state/load-state';
import { CourseCard } from '../courses/course-card';
import { KEYWORD_MAX_LENGTH } from '../courses/course-filter-state';

interface LifeStageEntry {
  code: string;
  title: MessageKey;
  text: MessageKey;
}

/** The four life stages the plan's priority projects are organised by. */
const LIFE_STAGE_ENTRIES: LifeStageEntry[] = [
  { code: 'parenting', title: 'home.stage.parenting', text: 'home.stage.parenting.text' },
  { code: 'youth', title: 'home.stage.youth', text: 'home.stage.youth.text' },
  { code: 'career', title: 'home.stage.career', text: 'home.stage.career.text' },
  { code: 'seniors', title: 'home.stage.seniors', text: 'home.stage.seniors.text' },
];
const SOON_COUNT = 6;

@Component({
  selector: 'tsu-home-page',
  imports: [RouterLink, MatButtonModule, MatIconModule, LoadState, LoadedContent, CourseCard],
  templateUrl: './home-page.html',
  styleUrl: './home-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HomePage {
  private readonly router = inject(Router);
  private readonly api = inject(CatalogueApi);
  private readonly i18n = inject(I18nService);

  protected readonly t = this.i18n.t;
  protected readonly pick = this.i18n.pick;
  protected readonly lifeStages = LIFE_STAGE_ENTRIES;
  protected readonly keywordMaxLength = KEYWORD_MAX_LENGTH;

  protected readonly soonResource = this.api.courses(() => ({
    sort: 'soonest',
    pageSize: SOON_COUNT,
  }));
  protected readonly soon = computed(() =>
    this.soonResource.hasValue() ? (this.soonResource.value()?.items ?? []) : [],
  );

  protected readonly centresResource = this.api.facilities(() => 'community_centre');
  protected readonly centres = computed(() =>
    this.centresResource.hasValue() ? this.centresResource.value() : [],
  );

  protected search(event: Event, input: HTMLInputElement): void {
    event.preventDefault();
    const q = input.value.trim().slice(0, KEYWORD_MAX_LENGTH);
    void this.router.navigate(['/courses'], { queryParams: q ? { q } : {} });
  }
}
