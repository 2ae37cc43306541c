import { type Weekday, createProfileForm, profileFormValue } from './profile-form-model';
import {
  CONTENT_FIELDS,
  type ContentFormatters,
  formatContentValue,
  partOfField,
} from './profile-content-format';

const formatters: ContentFormatters = {
  labels: (key) => `[${key}]`,
  teach: (key) => `<${key}>`,
  reference: (list, code) => `${list}:${code}`,
  area: (id) => (id === 'f1' ? '吾妻交流センター' : id),
  yes: 'あり',
  no: 'なし',
};

describe('a profile as the reviewer reads it', () => {
  const content = {
    ...profileFormValue(createProfileForm()),
    kind: 'group' as const,
    fields: ['arts' as never],
    weekdays: [6, 0] as Weekday[],
    areaFacilityIds: ['f1'],
    online: true,
    feeType: 'per_session' as const,
    feeAmountYen: 2000,
    qualifications: [{ name: '書道師範', issuer: '日本習字', year: 2001 }],
  };

  it('names codes in words and lists in the reader’s order', () => {
    expect(formatContentValue(content, 'kind', formatters)).toBe('[kind.group]');
    expect(formatContentValue(content, 'fields', formatters)).toBe('categories:arts');
    expect(formatContentValue(content, 'weekdays', formatters)).toBe('[weekday.6]、[weekday.0]');
    expect(formatContentValue(content, 'areaFacilityIds', formatters)).toBe('吾妻交流センター');
    expect(formatContentValue(content, 'online', formatters)).toBe('あり');
    expect(formatContentValue(content, 'feeType', formatters)).toBe('[fee.per_session]');
    expect(formatContentValue(content, 'feeAmountYen', formatters)).toBe('2000');
    expect(formatContentValue(content, 'qualifications', formatters)).toBe(
      '書道師範 / 日本習字 / 2001',
    );
  });

  it('leaves an empty field empty, so it is not listed', () => {
    expect(formatContentValue(content, 'groupMemberCount', formatters)).toBe('');
    expect(formatContentValue(content, 'descriptionEn', formatters)).toBe('');
  });

  it('states who may see each part', () => {
    const visibility = formatContentValue(content, 'visibility', formatters).split('\n');
    expect(visibility).toContain('<section.group>: [visibility.organisers]');
    expect(visibility).toContain('<descriptionJa>: [visibility.public]');
  });

  it('knows which visibility switch governs each field, and that the name is always public', () => {
    expect(partOfField('descriptionEn')).toBe('description');
    expect(partOfField('feeAmountYen')).toBe('fee');
    expect(partOfField('groupRepresentative')).toBe('group');
    expect(partOfField('displayName')).toBeNull();
    expect(partOfField('titleJa')).toBeNull();
    // Every field of the API's profile has a label and a place on the page.
    expect(new Set(CONTENT_FIELDS).size).toBe(Object.keys(content).length);
  });
});
