import { HttpErrorResponse } from '@angular/common/http';
import { backoffDelay, outcomeUnknown } from './booking-retry';

describe('booking retries', () => {
  it('wait 1 s doubling up to 8 s, each between half and all of it', () => {
    expect([1, 2, 3, 4, 5, 9].map((retry) => backoffDelay(retry, 0))).toEqual([
      500, 1000, 2000, 4000, 4000, 4000,
    ]);
    expect([1, 2, 3, 4, 5, 9].map((retry) => backoffDelay(retry, 0.999999))).toEqual([
      1000, 2000, 4000, 8000, 8000, 8000,
    ]);
  });

  it('count only a 5xx, a 408 or no answer as an unknown outcome', () => {
    const answer = (status: number) => new HttpErrorResponse({ status });
    expect([0, 408, 500, 502, 503, 504].map((s) => outcomeUnknown(answer(s)))).toEqual(
      Array(6).fill(true),
    );
    expect([400, 401, 403, 404, 409, 422, 429].map((s) => outcomeUnknown(answer(s)))).toEqual(
      Array(7).fill(false),
    );
    expect(outcomeUnknown(new Error('not HTTP'))).toBe(false);
  });
});
