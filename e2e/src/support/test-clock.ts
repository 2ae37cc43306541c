import { expect, type APIRequestContext } from '@playwright/test';
import { apiAs } from './organiser-api';

/**
 * The app's clock in the journeys that live through a course (TEST_CLOCK=true in
 * playwright.config.ts; `PUT /api/dev/clock`, for city administrators only, and never in
 * production). Time flows on from the instant set. Only the journeys of the `clock` project may
 * move it: they run after every other journey, since a moved clock finishes the demo's courses
 * for everyone.
 */
export class AppClock {
  private constructor(
    private readonly api: APIRequestContext,
    private readonly headers: Record<string, string>,
  ) {}

  /** Signs in as the demo's city administrator, who may move the clock. */
  static async open(baseURL: string): Promise<AppClock> {
    const { api, headers } = await apiAs(baseURL, 'admin@example.jp');
    return new AppClock(api, headers);
  }

  /** From now on the app takes `at` as now, and time flows on from there. */
  async moveTo(at: Date): Promise<void> {
    const moved = await this.api.put('/api/dev/clock', {
      headers: this.headers,
      data: { at: at.toISOString() },
    });
    expect(moved.ok(), await moved.text()).toBe(true);
  }

  /** Back to the real time, and the administrator's API session closed. */
  async backToRealTime(): Promise<void> {
    try {
      const back = await this.api.delete('/api/dev/clock', { headers: this.headers });
      expect(back.status()).toBe(204);
    } finally {
      await this.api.dispose();
    }
  }
}
