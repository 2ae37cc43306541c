import {
  EMPTY_FILTERS,
  activeFilterCount,
  applyFilterChange,
  filtersFromQueryParams,
  filtersToQueryParams,
} from './course-filter-state';

const FACILITY = '3f1c2a9e-8b7d-4c6e-9a1b-2c3d4e5f6a7b';

describe('course filter state ⇄ URL', () => {
  it('reads an empty URL as no filters', () => {
    expect(filtersFromQueryParams({})).toEqual(EMPTY_FILTERS);
  });

  it('reads every filter from the URL', () => {
    const filters = filtersFromQueryParams({
      q: '  ヨガ ',
      lifeStage: 'seniors',
      category: 'health_sports',
      pillar: '4',
      facilityId: FACILITY,
      priorityProject: 'partner_network',
      from: '2026-12-01',
      to: '2026-12-31',
      weekday: ['3', '1', '3'],
      timeOfDay: 'morning',
      freeOnly: 'true',
      hasSeats: 'true',
      childcare: 'false',
      openNow: 'true',
      age: '70',
      sort: 'title',
      page: '3',
      pageSize: '50',
    });
    expect(filters).toEqual({
      q: 'ヨガ',
      lifeStage: 'seniors',
      category: 'health_sports',
      pillar: 4,
      facilityId: FACILITY,
      priorityProject: 'partner_network',
      from: '2026-12-01',
      to: '2026-12-31',
      weekdays: [1, 3],
      timeOfDay: 'morning',
      freeOnly: true,
      hasSeats: true,
      childcare: false,
      openNow: true,
      age: 70,
      sort: 'title',
      page: 3,
      pageSize: 50,
      after: null,
    });
  });

  it('accepts a single weekday as well as several', () => {
    expect(filtersFromQueryParams({ weekday: '6' }).weekdays).toEqual([6]);
  });

  it('drops malformed values from a hand-edited link instead of sending them on', () => {
    const filters = filtersFromQueryParams({
      pillar: '9',
      facilityId: 'not-a-uuid',
      from: '1/12/2026',
      weekday: ['7', 'x', '2'],
      age: '-3',
      sort: 'random',
      page: '0',
      pageSize: '1000',
      lifeStage: '<script>',
      openNow: 'yes',
    });
    expect(filters).toEqual({ ...EMPTY_FILTERS, weekdays: [2] });
  });

  it('writes only what differs from the defaults', () => {
    expect(filtersToQueryParams(EMPTY_FILTERS)).toEqual({});
    expect(
      filtersToQueryParams({ ...EMPTY_FILTERS, q: ' 英会話 ', weekdays: [1, 3], freeOnly: true }),
    ).toEqual({ q: '英会話', weekday: ['1', '3'], freeOnly: 'true' });
  });

  it('keeps 受付中のみ in the URL as openNow=true, the name the API accepts', () => {
    expect(filtersToQueryParams({ ...EMPTY_FILTERS, openNow: true })).toEqual({ openNow: 'true' });
    expect(filtersFromQueryParams({ openNow: 'true' }).openNow).toBe(true);
    expect(filtersFromQueryParams({ openNow: 'false' }).openNow).toBe(false);
  });

  it('round-trips through the URL', () => {
    const filters = {
      ...EMPTY_FILTERS,
      lifeStage: 'parenting',
      pillar: 1,
      age: 0,
      childcare: true,
      openNow: true,
      sort: 'newest' as const,
      page: 2,
    };
    expect(filtersFromQueryParams(filtersToQueryParams(filters))).toEqual(filters);
  });
});

describe('changing filters', () => {
  const onPageFour = { ...EMPTY_FILTERS, page: 4 };

  it('goes back to page 1 when a filter changes', () => {
    expect(applyFilterChange(onPageFour, { category: 'digital' })).toEqual({
      ...EMPTY_FILTERS,
      category: 'digital',
      page: 1,
    });
  });

  it('keeps the requested page when only paging', () => {
    expect(applyFilterChange(onPageFour, { page: 5 }).page).toBe(5);
    expect(applyFilterChange(onPageFour, { page: 1, pageSize: 50 })).toEqual({
      ...EMPTY_FILTERS,
      page: 1,
      pageSize: 50,
    });
  });

  it('keeps a cursor only with the page it brought, and only in the URL of a later page', () => {
    const onward = applyFilterChange(onPageFour, { page: 5, after: 'abc_-9' });
    expect(onward).toEqual({ ...EMPTY_FILTERS, page: 5, after: 'abc_-9' });
    expect(filtersFromQueryParams(filtersToQueryParams(onward))).toEqual(onward);
    expect(applyFilterChange(onward, { page: 4 }).after).toBeNull();
    expect(applyFilterChange(onward, { category: 'digital' })).toEqual({
      ...EMPTY_FILTERS,
      category: 'digital',
    });
    expect(filtersToQueryParams({ ...EMPTY_FILTERS, after: 'abc' })).toEqual({});
    expect(filtersFromQueryParams({ page: '2', after: 'not a cursor!' }).after).toBeNull();
    expect(activeFilterCount(onward)).toBe(0);
  });

  it('counts the filters that are set, not sort or paging', () => {
    expect(activeFilterCount({ ...onPageFour, sort: 'title' })).toBe(0);
    expect(activeFilterCount({ ...EMPTY_FILTERS, q: 'x', weekdays: [2], hasSeats: true })).toBe(3);
  });
});
