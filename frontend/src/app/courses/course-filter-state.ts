/**
 * The catalogue's filter state and its two encodings: the page URL's query parameters (so a
 * search can be shared and back/forward works) and the API's query parameters. Both use the
 * API's names, so a URL reads like the request it makes. Pure functions, unit-tested.
 */
import { KEYWORD_MAX_LENGTH } from './course-keyword';

export { KEYWORD_MAX_LENGTH };

export const SORTS = ['soonest', 'newest', 'title'] as const;
export type CourseSort = (typeof SORTS)[number];

export const PAGE_SIZES = [10, 20, 50] as const;
export const DEFAULT_PAGE_SIZE = 20;

export interface CourseFilters {
  q: string;
  lifeStage: string | null;
  category: string | null;
  pillar: number | null;
  facilityId: string | null;
  /** A priority project of the plan (重点事業), by its code. */
  priorityProject: string | null;
  from: string | null;
  to: string | null;
  weekdays: number[];
  timeOfDay: string | null;
  freeOnly: boolean;
  hasSeats: boolean;
  childcare: boolean;
  /** Only courses taking applications now (受付中のみ). */
  openNow: boolean;
  age: number | null;
  sort: CourseSort;
  page: number;
  pageSize: number;
  /**
   * The previous page's nextCursor when the reader went on to the next page: the API then starts
   * where that page ended instead of counting its way to the page (faster deep in the results).
   * Any other change drops it; a stale one is ignored by the API.
   */
  after: string | null;
}

export const EMPTY_FILTERS: CourseFilters = {
  q: '',
  lifeStage: null,
  category: null,
  pillar: null,
  facilityId: null,
  priorityProject: null,
  from: null,
  to: null,
  weekdays: [],
  timeOfDay: null,
  freeOnly: false,
  hasSeats: false,
  childcare: false,
  openNow: false,
  age: null,
  sort: 'soonest',
  page: 1,
  pageSize: DEFAULT_PAGE_SIZE,
  after: null,
};

/** What Angular's `Params` and `ParamMap` give us: one value or several under one name. */
export type QueryParams = Record<string, string | string[] | undefined>;

const CODE = /^[a-z_]{1,40}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const CURSOR = /^[A-Za-z0-9_-]{1,400}$/;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function all(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function integerIn(value: string | undefined, min: number, max: number): number | null {
  if (value === undefined || !/^\d+$/.test(value)) return null;
  const number = Number(value);
  return number >= min && number <= max ? number : null;
}

function matching(value: string | undefined, pattern: RegExp): string | null {
  return value !== undefined && pattern.test(value) ? value : null;
}

/**
 * Reads filters from the URL. Anything malformed (a hand-edited or stale link) is dropped rather
 * than sent on, so the page still shows results instead of a validation error.
 */
export function filtersFromQueryParams(params: QueryParams): CourseFilters {
  const sort = first(params['sort']);
  const pageSize = integerIn(first(params['pageSize']), 1, 100);
  const weekdays = [...new Set(all(params['weekday']).map((day) => integerIn(day, 0, 6)))].filter(
    (day): day is number => day !== null,
  );
  return {
    q: (first(params['q']) ?? '').trim().slice(0, KEYWORD_MAX_LENGTH),
    lifeStage: matching(first(params['lifeStage']), CODE),
    category: matching(first(params['category']), CODE),
    pillar: integerIn(first(params['pillar']), 1, 5),
    facilityId: matching(first(params['facilityId']), UUID),
    priorityProject: matching(first(params['priorityProject']), CODE),
    from: matching(first(params['from']), ISO_DATE),
    to: matching(first(params['to']), ISO_DATE),
    weekdays: weekdays.sort((a, b) => a - b),
    timeOfDay: matching(first(params['timeOfDay']), CODE),
    freeOnly: first(params['freeOnly']) === 'true',
    hasSeats: first(params['hasSeats']) === 'true',
    childcare: first(params['childcare']) === 'true',
    openNow: first(params['openNow']) === 'true',
    age: integerIn(first(params['age']), 0, 120),
    sort: SORTS.includes(sort as CourseSort) ? (sort as CourseSort) : 'soonest',
    page: integerIn(first(params['page']), 1, 100_000) ?? 1,
    pageSize: pageSize ?? DEFAULT_PAGE_SIZE,
    after: matching(first(params['after']), CURSOR),
  };
}

/**
 * The filters as query parameters, leaving out defaults so URLs stay short. Shared by the page
 * URL and the API request: the API accepts exactly these names.
 */
export function filtersToQueryParams(filters: CourseFilters): Record<string, string | string[]> {
  const params: Record<string, string | string[]> = {};
  if (filters.q.trim()) params['q'] = filters.q.trim().slice(0, KEYWORD_MAX_LENGTH);
  if (filters.lifeStage) params['lifeStage'] = filters.lifeStage;
  if (filters.category) params['category'] = filters.category;
  if (filters.pillar !== null) params['pillar'] = String(filters.pillar);
  if (filters.facilityId) params['facilityId'] = filters.facilityId;
  if (filters.priorityProject) params['priorityProject'] = filters.priorityProject;
  if (filters.from) params['from'] = filters.from;
  if (filters.to) params['to'] = filters.to;
  if (filters.weekdays.length > 0) params['weekday'] = filters.weekdays.map(String);
  if (filters.timeOfDay) params['timeOfDay'] = filters.timeOfDay;
  if (filters.freeOnly) params['freeOnly'] = 'true';
  if (filters.hasSeats) params['hasSeats'] = 'true';
  if (filters.childcare) params['childcare'] = 'true';
  if (filters.openNow) params['openNow'] = 'true';
  if (filters.age !== null) params['age'] = String(filters.age);
  if (filters.sort !== 'soonest') params['sort'] = filters.sort;
  if (filters.page !== 1) params['page'] = String(filters.page);
  if (filters.pageSize !== DEFAULT_PAGE_SIZE) params['pageSize'] = String(filters.pageSize);
  if (filters.after && filters.page !== 1) params['after'] = filters.after;
  return params;
}

/**
 * Applies a change from the filter panel. Any change other than the page itself sends the
 * reader back to page 1, since page 7 of a different result set means nothing. A cursor
 * (`after`) lasts only as long as the change that brought it.
 */
export function applyFilterChange(
  current: CourseFilters,
  change: Partial<CourseFilters>,
): CourseFilters {
  const onlyPaging = Object.keys(change).every(
    (key) => key === 'page' || key === 'pageSize' || key === 'after',
  );
  return onlyPaging
    ? { ...current, after: null, ...change }
    : { ...current, after: null, ...change, page: 1 };
}

/** How many filters (not sort or paging) are set: shown on the collapsed phone panel. */
export function activeFilterCount(filters: CourseFilters): number {
  const { sort: _sort, page: _page, pageSize: _pageSize, after: _after, ...rest } = filters;
  const empty = { ...EMPTY_FILTERS };
  return (Object.keys(rest) as (keyof typeof rest)[]).filter(
    (key) => JSON.stringify(rest[key]) !== JSON.stringify(empty[key]),
  ).length;
}
