import { requiredSessions } from './completion-rule';

describe('requiredSessions (words on screen; the backend decides)', () => {
  it('takes exact shares of the held sessions, at least one', () => {
    const table = [1, 2, 3, 4, 6, 10].map((held) => [
      held,
      requiredSessions('all', held),
      requiredSessions('three_quarters', held),
      requiredSessions('two_thirds', held),
      requiredSessions('half', held),
    ]);
    expect(table).toEqual([
      [1, 1, 1, 1, 1],
      [2, 2, 2, 2, 1],
      [3, 3, 3, 2, 2],
      [4, 4, 3, 3, 2],
      [6, 6, 5, 4, 3],
      [10, 10, 8, 7, 5],
    ]);
    expect(requiredSessions('none', 3)).toBeNull();
  });
});
