import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Icon } from '../core/layout/icon';
import { Router, RouterLink } from '@angular/router';
import type { CourseSummary } from '../api/api-types';
import { CatalogueApi } from '../core/api/catalogue-api';
import { I18nService } from '../core/i18n/i18n.service';
import type { MessageKey } from '../core/i18n/messages-ja';
import { LazyPart } from '../core/layout/lazy-part';
import { KEYWORD_MAX_LENGTH } from '../courses/course-keyword';

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
/** How many of the soonest courses are read to choose the six shown. */
const SOON_CANDIDATES = 30;

/**
 * 0: a person can book it now (a free seat, or a lottery taking entries); 1: open but full (the
 * waiting list); 2: the rest (not open yet, or closed).
 */
function bookability(course: CourseSummary): number {
  if (course.applicationState === 'lotteryOpen') return 0;
  if (course.applicationState === 'open') return course.seatsLeft > 0 ? 0 : 1;
  return 2;
}

/**
 * まもなく開催: what a person can still book first, then the rest, each soonest first (the
 * sort is stable, so the API's soonest order holds within each group).
 */
export function soonestBookableFirst(courses: CourseSummary[], count: number): CourseSummary[] {
  return [...courses].sort((a, b) => bookability(a) - bookability(b)).slice(0, count);
}

@Component({
  selector: 'tsu-home-page',
  imports: [RouterLink, Icon, LazyPart],
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
    pageSize: SOON_CANDIDATES,
  }));
  protected readonly soon = computed(() =>
    this.soonResource.hasValue()
      ? soonestBookableFirst(this.soonResource.value()?.items ?? [], SOON_COUNT)
      : [],
  );

  protected readonly centresResource = this.api.facilities(() => 'community_centre');
  /** The sections below the search: their code comes as they near the screen. */
  protected readonly loadSoonCourses = () =>
    import('./home-soon-courses').then((m) => m.HomeSoonCourses);
  protected readonly loadCentres = () => import('./home-centres').then((m) => m.HomeCentres);
  protected readonly centres = computed(() =>
    this.centresResource.hasValue() ? this.centresResource.value() : [],
  );

  protected search(event: Event, input: HTMLInputElement): void {
    event.preventDefault();
    const q = input.value.trim().slice(0, KEYWORD_MAX_LENGTH);
    void this.router.navigate(['/courses'], { queryParams: q ? { q } : {} });
  }
}
