import { BreakpointObserver } from '@angular/cdk/layout';
import { DOCUMENT, NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatExpansionModule } from '@angular/material/expansion';
import { MatFormFieldModule } from '@angular/material/form-field';
import { Icon } from '../core/layout/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, type ParamMap, Router, RouterLink } from '@angular/router';
import { map } from 'rxjs';
import type { InstructorList } from '../api/api-types';
import { CatalogueApi } from '../core/api/catalogue-api';
import { I18nService } from '../core/i18n/i18n.service';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { ReferenceService } from '../core/reference/reference.service';
import {
  type DirectoryFilters,
  type DirectoryQueryParams,
  EMPTY_DIRECTORY_FILTERS,
  activeDirectoryFilterCount,
  changeDirectoryFilters,
  directoryFiltersFromParams,
  directoryFiltersToParams,
} from './directory-filter-state';
import {
  FEE_TYPES,
  TEACHING_LANGUAGES,
  WEEKDAYS,
  feeKey,
  languageKey,
  weekdayLongKey,
} from './instructor-codes';
import { InstructorCard } from './instructor-card';
import { instructorEn, instructorJa } from './instructor-messages';
import { InstructorsApi } from './instructors-api';

function paramMapToRecord(paramMap: ParamMap): DirectoryQueryParams {
  return Object.fromEntries(paramMap.keys.map((key) => [key, paramMap.getAll(key)]));
}

/**
 * The public list of registered instructors and groups: a keyword (Japanese partial words,
 * English), filters and the page, all in the URL so a search can be shared.
 */
@Component({
  selector: 'tsu-instructor-directory-page',
  imports: [
    FormsModule,
    NgTemplateOutlet,
    MatExpansionModule,
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    Icon,
    MatInputModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSelectModule,
    InstructorCard,
  ],
  templateUrl: './directory-page.html',
  styleUrl: './directory-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DirectoryPage {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly api = inject(InstructorsApi);
  private readonly document = inject(DOCUMENT);
  protected readonly i18n = inject(I18nService);
  protected readonly reference = inject(ReferenceService);

  protected readonly t = scopedTranslator(instructorJa, instructorEn);
  protected readonly core = this.i18n.t;
  protected readonly weekdays = WEEKDAYS;
  protected readonly feeTypes = FEE_TYPES;
  protected readonly languages = TEACHING_LANGUAGES;
  protected readonly weekdayLongKey = weekdayLongKey;
  protected readonly feeKey = feeKey;
  protected readonly languageKey = languageKey;

  private readonly queryParams = toSignal(this.route.queryParamMap.pipe(map(paramMapToRecord)), {
    initialValue: {} as DirectoryQueryParams,
  });
  /** The URL is the one source of truth for the search. */
  protected readonly filters = computed(() => directoryFiltersFromParams(this.queryParams()));
  protected readonly activeFilters = computed(() => activeDirectoryFilterCount(this.filters()));
  /** The keyword as typed, until it is searched (then the URL's value takes over again). */
  protected readonly keyword = linkedSignal(() => this.filters().q);

  protected readonly results = this.api.directory(() => directoryFiltersToParams(this.filters()));
  private readonly centres = inject(CatalogueApi).facilities(() => 'community_centre');
  protected readonly areas = computed(() =>
    this.centres.hasValue()
      ? this.centres.value().map((facility) => ({
          id: facility.id,
          label: this.i18n.pick(facility.nameJa, facility.nameEn),
        }))
      : [],
  );

  /** Below this width the filters fold into a panel above the results, as in the catalogue. */
  protected readonly compact = toSignal(
    inject(BreakpointObserver)
      .observe('(max-width: 60rem)')
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );

  protected readonly failed = computed(() => this.results.status() === 'error');
  protected readonly loading = computed(() => this.results.isLoading());
  /** Keeps the previous page on screen while the next loads, so the list does not jump. */
  protected readonly list = linkedSignal<InstructorList | undefined, InstructorList | undefined>({
    source: () => (this.failed() ? undefined : this.results.value()),
    computation: (next, previous) => next ?? (this.loading() ? previous?.value : undefined),
  });
  protected readonly rangeText = computed(() => {
    const list = this.list();
    if (!list || list.total === 0) return '';
    const from = (list.page - 1) * list.pageSize + 1;
    const to = Math.min(list.total, from + list.items.length - 1);
    return this.t('directory.range', { from, to });
  });

  protected search(): void {
    this.change({ q: this.keyword() });
  }

  protected change(change: Partial<DirectoryFilters>): void {
    const next = changeDirectoryFilters(this.filters(), change);
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: directoryFiltersToParams(next),
    });
  }

  protected clear(): void {
    this.keyword.set('');
    this.change({ ...EMPTY_DIRECTORY_FILTERS });
  }

  /** A new page starts at the results heading, as a new page load would. */
  protected onPage(event: PageEvent): void {
    this.change({ page: event.pageIndex + 1 });
    const heading = this.document.getElementById('results-heading');
    heading?.focus({ preventScroll: true });
    heading?.scrollIntoView({ block: 'start' });
  }
}
