/**
 * The instructor directory's search as the page URL holds it (shareable, back/forward works) and
 * as the API reads it: both use the API's names (`q`, `field`, `lifeStage`, `area`, `weekday`,
 * `online`, `feeType`, `language`, `page`), so a link reads like the request it makes.
 */
export const DIRECTORY_KEYWORD_MAX_LENGTH = 100;

export interface DirectoryFilters {
  q: string;
  field: string | null;
  lifeStage: string | null;
  area: string | null;
  weekday: number | null;
  online: boolean;
  feeType: string | null;
  language: string | null;
  page: number;
}

export const EMPTY_DIRECTORY_FILTERS: DirectoryFilters = {
  q: '',
  field: null,
  lifeStage: null,
  area: null,
  weekday: null,
  online: false,
  feeType: null,
  language: null,
  page: 1,
};

export type DirectoryQueryParams = Record<string, string | string[] | undefined>;

/** Codes and ids: lower-case words, digits, `_` and `-` (a facility's uuid fits too). */
const CODE = /^[a-z0-9_-]{1,40}$/i;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function code(value: string | undefined): string | null {
  return value !== undefined && CODE.test(value) ? value : null;
}

function integerIn(value: string | undefined, min: number, max: number): number | null {
  if (value === undefined || !/^\d+$/.test(value)) return null;
  const number = Number(value);
  return number >= min && number <= max ? number : null;
}

/** Reads the URL; a malformed value (a hand-edited or stale link) is dropped, never sent on. */
export function directoryFiltersFromParams(params: DirectoryQueryParams): DirectoryFilters {
  return {
    q: (first(params['q']) ?? '').trim().slice(0, DIRECTORY_KEYWORD_MAX_LENGTH),
    field: code(first(params['field'])),
    lifeStage: code(first(params['lifeStage'])),
    area: code(first(params['area'])),
    weekday: integerIn(first(params['weekday']), 0, 6),
    online: first(params['online']) === 'true',
    feeType: code(first(params['feeType'])),
    language: code(first(params['language'])),
    page: integerIn(first(params['page']), 1, 100_000) ?? 1,
  };
}

/** The filters as query parameters, defaults left out so links stay short. */
export function directoryFiltersToParams(filters: DirectoryFilters): Record<string, string> {
  const params: Record<string, string> = {};
  const q = filters.q.trim().slice(0, DIRECTORY_KEYWORD_MAX_LENGTH);
  if (q) params['q'] = q;
  if (filters.field) params['field'] = filters.field;
  if (filters.lifeStage) params['lifeStage'] = filters.lifeStage;
  if (filters.area) params['area'] = filters.area;
  if (filters.weekday !== null) params['weekday'] = String(filters.weekday);
  if (filters.online) params['online'] = 'true';
  if (filters.feeType) params['feeType'] = filters.feeType;
  if (filters.language) params['language'] = filters.language;
  if (filters.page > 1) params['page'] = String(filters.page);
  return params;
}

/** A changed filter starts again at page 1; only a page change keeps its page. */
export function changeDirectoryFilters(
  current: DirectoryFilters,
  change: Partial<DirectoryFilters>,
): DirectoryFilters {
  const onlyPage = Object.keys(change).every((key) => key === 'page');
  return { ...current, ...change, page: onlyPage ? (change.page ?? current.page) : 1 };
}

/** How many filters (not the keyword, not the page) narrow the list, for the "clear" button. */
export function activeDirectoryFilterCount(filters: DirectoryFilters): number {
  return (
    [
      filters.field,
      filters.lifeStage,
      filters.area,
      filters.weekday,
      filters.feeType,
      filters.language,
    ].filter((value) => value !== null).length + (filters.online ? 1 : 0)
  );
}
