import {
  EMPTY_DIRECTORY_FILTERS,
  activeDirectoryFilterCount,
  changeDirectoryFilters,
  directoryFiltersFromParams,
  directoryFiltersToParams,
} from './directory-filter-state';

describe('the instructor directory filters', () => {
  it('round-trips every filter through the URL', () => {
    const filters = {
      q: '書道',
      field: 'arts',
      lifeStage: 'seniors',
      area: 'facility-1',
      weekday: 6,
      online: true,
      feeType: 'free',
      language: 'en',
      page: 3,
    };
    const params = directoryFiltersToParams(filters);
    expect(params).toEqual({
      q: '書道',
      field: 'arts',
      lifeStage: 'seniors',
      area: 'facility-1',
      weekday: '6',
      online: 'true',
      feeType: 'free',
      language: 'en',
      page: '3',
    });
    expect(directoryFiltersFromParams(params)).toEqual(filters);
  });

  it('leaves defaults out so a plain directory link is just /instructors', () => {
    expect(directoryFiltersToParams(EMPTY_DIRECTORY_FILTERS)).toEqual({});
    expect(directoryFiltersToParams({ ...EMPTY_DIRECTORY_FILTERS, q: '   ' })).toEqual({});
  });

  it('drops malformed values from a hand-edited link instead of sending them on', () => {
    const filters = directoryFiltersFromParams({
      q: '  料理  ',
      field: 'a b<script>',
      weekday: '9',
      page: '-2',
      online: 'yes',
      feeType: ['free', 'negotiable'],
    });
    expect(filters).toEqual({ ...EMPTY_DIRECTORY_FILTERS, q: '料理', feeType: 'free' });
  });

  it('starts again at page 1 when a filter changes, but keeps a page change', () => {
    const onPage4 = { ...EMPTY_DIRECTORY_FILTERS, page: 4 };
    expect(changeDirectoryFilters(onPage4, { field: 'cooking' }).page).toBe(1);
    expect(changeDirectoryFilters(onPage4, { page: 5 }).page).toBe(5);
  });

  it('counts the filters that narrow the list, not the keyword', () => {
    expect(activeDirectoryFilterCount({ ...EMPTY_DIRECTORY_FILTERS, q: 'そば' })).toBe(0);
    expect(
      activeDirectoryFilterCount({
        ...EMPTY_DIRECTORY_FILTERS,
        weekday: 0,
        online: true,
        language: 'en',
      }),
    ).toBe(3);
  });
});
