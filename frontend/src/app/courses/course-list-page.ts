import { BreakpointObserver } from '@angular/cdk/layout';
import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  linkedSignal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatExpansionModule } from '@angular/material/expansion';
import { MatFormFieldModule } from '@angular/material/form-field';
import { Icon } from '../core/layout/icon';
import { MatPaginatorIntl, MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, ParamMap, Router } from '@angular/router';
import { map } from 'rxjs';
import type { CourseList } from '../api/api-types';
import { CatalogueApi } from '../core/api/catalogue-api';
import { formatCount } from '../core/format/money-format';
import { I18nService } from '../core/i18n/i18n.service';
import { TranslatedPaginatorIntl } from '../core/i18n/material-intl';
import type { MessageKey } from '../core/i18n/messages-ja';
import { LoadState, LoadedContent, type LoadableResource } from '../core/load-state/load-state';
import { CourseCard } from './course-card';
import { CourseFilterPanel } from './course-filter-panel';
import {
  CourseFilters,
  CourseSort,
  EMPTY_FILTERS,
  PAGE_SIZES,
  QueryParams,
  SORTS,
  activeFilterCount,
  applyFilterChange,
  filtersFromQueryParams,
  filtersToQueryParams,
} from './course-filter-state';

/** Below this width the filters fold into an expandable panel above the results. */
export const COMPACT_LAYOUT_QUERY = '(max-width: 60rem)';

function paramMapToRecord(paramMap: ParamMap): QueryParams {
  return Object.fromEntries(paramMap.keys.map((key) => [key, paramMap.getAll(key)]));
}

@Component({
  selector: 'tsu-course-list-page',
  imports: [
    CourseCard,
    CourseFilterPanel,
    MatButtonModule,
    MatExpansionModule,
    MatFormFieldModule,
    Icon,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSelectModule,
    LoadState,
    LoadedContent,
  ],
  templateUrl: './course-list-page.html',
  styleUrl: './course-list-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CourseListPage {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly api = inject(CatalogueApi);
  private readonly i18n = inject(I18nService);
  private readonly document = inject(DOCUMENT);

  protected readonly t = this.i18n.t;
  protected readonly sorts = SORTS;
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly sortLabels: Record<CourseSort, MessageKey> = {
    soonest: 'courses.sort.soonest',
    newest: 'courses.sort.newest',
    title: 'courses.sort.title',
  };

  private readonly queryParams = toSignal(this.route.queryParamMap.pipe(map(paramMapToRecord)), {
    initialValue: {},
  });
  /** The URL is the single source of truth for the search. */
  protected readonly filters = computed(() => filtersFromQueryParams(this.queryParams()));
  protected readonly activeFilters = computed(() => activeFilterCount(this.filters()));

  protected readonly results = this.api.courses(() => filtersToQueryParams(this.filters()));
  private readonly facilitiesResource = this.api.facilities();
  /** The facility list only feeds a filter; if it fails, the filter simply has no options. */
  protected readonly facilities = computed(() =>
    this.facilitiesResource.hasValue() ? this.facilitiesResource.value() : [],
  );
  protected readonly compact = toSignal(
    inject(BreakpointObserver)
      .observe(COMPACT_LAYOUT_QUERY)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );

  protected readonly loading = computed(() => this.results.isLoading());
  /** Keeps the previous page on screen while the next one loads, so the list does not jump. */
  protected readonly list = linkedSignal<CourseList | undefined, CourseList | undefined>({
    source: () => (this.results.status() === 'error' ? undefined : this.results.value()),
    computation: (next, previous) => next ?? (this.loading() ? previous?.value : undefined),
  });
  /**
   * The search as the load state sees it: a new search with the previous page still on screen
   * (`list`) counts as a reload, so that page stays (dimmed, with the bar above it) instead of
   * giving way to the first-load progress bar.
   */
  protected readonly shownResults: LoadableResource = {
    status: () => {
      const status = this.results.status();
      return status === 'loading' && this.list() ? 'reloading' : status;
    },
    error: () => this.results.error(),
    hasValue: () => this.list() !== undefined,
    reload: () => this.results.reload(),
  };

  /** 「22件の講座が見つかりました」, or 「約44,000件…」 when the API estimated the total. */
  protected readonly resultCount = computed(() => {
    const list = this.list();
    if (!list) return '';
    return this.t(list.totalEstimated ? 'courses.resultCountEstimated' : 'courses.resultCount', {
      total: formatCount(list.total),
    });
  });

  protected readonly rangeText = computed(() => {
    const list = this.list();
    if (!list || list.total === 0) return '';
    const from = (list.page - 1) * list.pageSize + 1;
    const to = Math.min(list.total, from + list.items.length - 1);
    return this.t('courses.resultRange', { from: formatCount(from), to: formatCount(to) });
  });

  private readonly paginatorIntl = inject(MatPaginatorIntl);
  /** The paginator's 「約44,000件中」 follows the list on screen. */
  private readonly paginatorEstimate = effect(() => {
    const estimated = this.list()?.totalEstimated === true;
    if (this.paginatorIntl instanceof TranslatedPaginatorIntl) {
      this.paginatorIntl.setEstimated(estimated);
    }
  });

  protected onFiltersChange(change: Partial<CourseFilters>): void {
    this.navigate(applyFilterChange(this.filters(), change));
  }

  protected onSortChange(sort: CourseSort): void {
    this.onFiltersChange({ sort });
  }

  /**
   * A new page starts at the results heading, as a new page load would: the reader was at the
   * paginator below the old list.
   */
  protected onPage(event: PageEvent): void {
    const page = event.pageIndex + 1;
    const shown = this.list();
    // On to the next page: from where this one ended (the API's cursor), not counted from page 1.
    const next =
      shown && page === shown.page + 1 && event.pageSize === shown.pageSize
        ? shown.nextCursor
        : null;
    this.onFiltersChange({ page, pageSize: event.pageSize, after: next });
    const heading = this.document.getElementById('results-heading');
    heading?.focus({ preventScroll: true });
    heading?.scrollIntoView({ block: 'start' });
  }

  /** The other filters (what the folded panel holds): the words stay outside it on a phone. */
  protected readonly activeFiltersBesideWords = computed(
    () => activeFilterCount(this.filters()) - (this.filters().q ? 1 : 0),
  );

  /** When nothing matched: the words that find something alone, with their counts. */
  protected readonly wordsAlone = computed(() =>
    (this.list()?.noResultHelp?.eachWord ?? []).filter((word) => word.total > 0),
  );
  protected readonly withoutFilters = computed(() => {
    const count = this.list()?.noResultHelp?.withoutFilters;
    return count && count.total > 0 ? count : null;
  });

  /** 「12件」 or 「約1,100件」 for a count the API gave. */
  protected countLabel(count: { total: number; totalEstimated: boolean }): string {
    return this.t(count.totalEstimated ? 'courses.countEstimated' : 'courses.count', {
      count: formatCount(count.total),
    });
  }

  protected searchWordAlone(word: string): void {
    this.onFiltersChange({ q: word });
  }

  /** The same words, every other filter removed (the sort and page size stay). */
  protected searchWithoutFilters(): void {
    const { q, sort, pageSize } = this.filters();
    this.navigate({ ...EMPTY_FILTERS, q, sort, pageSize });
  }

  protected clearFilters(): void {
    const { sort, pageSize } = this.filters();
    this.navigate({ ...EMPTY_FILTERS, sort, pageSize });
  }

  private navigate(filters: CourseFilters): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: filtersToQueryParams(filters),
    });
  }
}
