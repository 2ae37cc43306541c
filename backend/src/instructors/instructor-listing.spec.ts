import {
  changedFields,
  completenessErrors,
  eligibilityReasons,
  listingOf,
  registrationNumber,
  registrationValidUntil,
  visibleParts,
} from './instructor-listing';
import { PROFILE_STATUSES, PROFILE_TRANSITIONS } from './instructor-reference';
import { profileContent } from './instructor-test-helpers';

describe('instructor listing rules', () => {
  it('runs a registration to 31 March of the fiscal year after next, in Japan time', () => {
    expect(registrationValidUntil(new Date('2026-12-07T10:00:00+09:00'))).toBe('2029-03-31');
    // 31 March 23:59 in Japan is still FY2026; 1 April 00:00 is FY2027.
    expect(registrationValidUntil(new Date('2027-03-31T23:59:59+09:00'))).toBe('2029-03-31');
    expect(registrationValidUntil(new Date('2027-04-01T00:00:00+09:00'))).toBe('2030-03-31');
    // 15:00 UTC on 31 March is already 1 April in Japan.
    expect(registrationValidUntil(new Date('2027-03-31T15:00:00Z'))).toBe('2030-03-31');
    expect(registrationNumber(new Date('2027-04-01T00:00:00+09:00'), 7)).toBe('TKB-2027-0007');
  });

  it('admits people reaching 18 this year in Japan who live, work or study in Tsukuba', () => {
    const now = new Date('2026-01-01T00:00:00+09:00');
    expect(eligibilityReasons({ birthYear: 2008, tsukubaRelations: ['study'] }, now)).toEqual([]);
    expect(eligibilityReasons({ birthYear: 2009, tsukubaRelations: ['live'] }, now)).toHaveLength(
      1,
    );
    expect(eligibilityReasons({ birthYear: null, tsukubaRelations: [] }, now)).toHaveLength(2);
    // 31 December 2025 at 23:00 in Japan is still 2025: born 2008 is 17 then.
    const newYearsEve = new Date('2025-12-31T14:00:00Z');
    expect(
      eligibilityReasons({ birthYear: 2008, tsukubaRelations: ['work'] }, newYearsEve),
    ).toHaveLength(1);
  });

  it('indexes public parts only', () => {
    const content = profileContent();
    const listing = listingOf(content);
    expect(listing.searchText).toContain('星座');
    expect(listing.searchText).not.toContain('秘密'); // activity record: organisers only
    expect(listing.feeType).toBeNull(); // fee: organisers only
    expect(listing.weekdays).toEqual([6, 0]);
    const hidden = listingOf({
      ...content,
      visibility: { ...content.visibility, availability: 'organisers' },
    });
    expect(hidden).toMatchObject({ areaIds: [], weekdays: [], anyArea: false });
  });

  it('shows organisers every part and the public only public ones', () => {
    const content = profileContent();
    const names = () => [];
    expect(visibleParts(content, 'public', names)).not.toHaveProperty('qualifications');
    expect(visibleParts(content, 'organisers', names)).toHaveProperty('qualifications');
    expect(visibleParts(content, 'public', names)).toHaveProperty('descriptionJa');
  });

  it('names the changed fields, and asks for what a reviewer must judge', () => {
    const before = profileContent();
    expect(changedFields({ ...before, titleJa: '新しい題' }, before)).toEqual(['titleJa']);
    expect(changedFields(before, null)).toContain('displayName');
    const errors = completenessErrors({
      ...before,
      fields: [],
      descriptionJa: ' ',
      feeType: 'per_session',
    });
    expect(errors.map((error) => error.field)).toEqual(['fields', 'descriptionJa', 'feeAmountYen']);
  });

  it('has a transition table over every status, never to itself', () => {
    expect(Object.keys(PROFILE_TRANSITIONS).sort()).toEqual([...PROFILE_STATUSES].sort());
    for (const [from, to] of Object.entries(PROFILE_TRANSITIONS)) {
      expect(to).not.toContain(from);
    }
    // Anyone may withdraw at any time (but from withdrawn itself).
    for (const status of PROFILE_STATUSES.filter((s) => s !== 'withdrawn')) {
      expect(PROFILE_TRANSITIONS[status]).toContain('withdrawn');
    }
  });
});
