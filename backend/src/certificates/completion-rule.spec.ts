import { completes, requiredSessions } from './completion-rule';

describe('completion rule', () => {
  it.each([
    // rule, held, required
    ['two_thirds', 1, 1],
    ['two_thirds', 2, 2],
    ['two_thirds', 3, 2],
    ['two_thirds', 4, 3],
    ['two_thirds', 6, 4],
    ['two_thirds', 50, 34],
    ['three_quarters', 4, 3],
    ['three_quarters', 5, 4],
    ['half', 1, 1],
    ['half', 3, 2],
    ['half', 4, 2],
    ['all', 5, 5],
  ] as const)('%s of %i sessions needs %i', (rule, held, required) => {
    expect(requiredSessions(rule, held)).toBe(required);
    expect(completes(rule, held, required)).toBe(true);
    expect(completes(rule, held, required - 1)).toBe(false);
  });

  it('never completes a course that issues no certificates, or one with no session held', () => {
    expect(requiredSessions('none', 3)).toBeNull();
    expect(completes('none', 3, 3)).toBe(false);
    expect(completes('two_thirds', 0, 0)).toBe(false);
  });
});
