import { MAX_ATTEMPTS, retryDelaySeconds } from './retry-policy';

describe('retryDelaySeconds', () => {
  it('backs off: 1 min, 5 min, 15 min, 1 h, 2 h, then 4 h', () => {
    expect([1, 2, 3, 4, 5, 6].map(retryDelaySeconds)).toEqual([60, 300, 900, 3600, 7200, 14400]);
  });

  it('gives up after about a day of attempts', () => {
    let total = 0;
    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++) total += retryDelaySeconds(attempt)!;
    expect(total / 3600).toBeGreaterThan(20);
    expect(total / 3600).toBeLessThanOrEqual(24);
    expect(retryDelaySeconds(MAX_ATTEMPTS)).toBeNull();
    expect(retryDelaySeconds(MAX_ATTEMPTS + 5)).toBeNull();
  });
});
