import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

/**
 * Browser journeys run against the production build (`npm start`'s own code path) on a
 * throwaway embedded PostgreSQL, in Debian's Chromium: Playwright cannot download browsers here.
 */
const port = Number(process.env['E2E_PORT'] ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: './src',
  fullyParallel: false,
  workers: 1,
  retries: process.env['CI'] ? 1 : 0,
  forbidOnly: !!process.env['CI'],
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL,
    // A resident's browser: Japanese, in Japan. Journeys switch to English where they test it.
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    { name: 'journeys', testIgnore: '**/clock/**' },
    // Journeys that move the app's clock (TEST_CLOCK, /api/dev/clock) to live through a course:
    // they run after every other journey, since a moved clock finishes the demo's courses and
    // draws its lotteries for everyone. Alone: `--project=clock --no-deps`.
    { name: 'clock', testDir: './src/clock', dependencies: ['journeys'] },
  ],
  webServer: {
    command: 'node dist/backend/main.js',
    cwd: '..',
    url: `${baseURL}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    // SIGTERM lets the app stop its throwaway PostgreSQL and remove its folder.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    stdout: 'pipe',
    env: {
      PORT: String(port),
      EPHEMERAL_DATABASE: 'true',
      // The journeys' mail goes to an outbox of their own, not into the developer's .data/outbox
      // that `npm start` shows.
      DATA_DIR: join(tmpdir(), `tsumugu-e2e-${port}`),
      LOG_LEVEL: 'warn',
      // Jobs due at a time (the lottery draw when a window closes) start within half a second.
      JOB_POLL_SECONDS: '0.5',
      // The clock journeys move the app's clock (refused in production; see DevClockController).
      TEST_CLOCK: 'true',
    },
  },
});
