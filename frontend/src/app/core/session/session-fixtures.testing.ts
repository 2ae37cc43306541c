import type { Me } from '../../api/api-types';

/** A signed-in person as the API describes her; override what a test is about. */
export function person(overrides: Partial<Me> = {}): Me {
  return {
    id: 'u1',
    email: 'hanako@example.jp',
    emailVerified: true,
    familyName: '佐藤',
    givenName: '花子',
    familyNameKana: 'さとう',
    givenNameKana: 'はなこ',
    birthYear: 1988,
    phone: '',
    tsukubaRelations: ['live'],
    preferredLanguage: 'ja',
    roles: ['citizen'],
    organisations: [],
    facilities: [],
    ...overrides,
  };
}
