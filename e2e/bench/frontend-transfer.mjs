// npm run bench:frontend — what a first visit downloads, with and without compression, and how
// soon the catalogue shows its first card on an emulated mid-range phone.
// Builds nothing: run `npm run build` first. Starts the built app (dist/backend/main.js) on a
// throwaway embedded PostgreSQL with the demo data, opens / and /courses in Chromium with an
// empty cache, once accepting br/gzip and once only identity, and prints the bytes transferred
// (bodies as sent over the wire) for JavaScript, CSS and JSON on each page (and the home page's
// scripts on a phone's screen, where its course cards are below the fold). Then it opens
// /courses BENCH_RUNS times (default 7), each with an empty cache on an emulated phone — Chrome
// DevTools' "Fast 4G" network (9 Mbps down, 1.5 Mbps up, both ×0.9, 165 ms round trip) and 4×
// CPU slowdown — and prints the time from the start of navigation to the first painted course
// card: each run, the median, and the load average of this machine around the runs (the figure
// is only comparable between runs made under a similar load). A measurement, not a test.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { chromium } from 'playwright-core';

const PORT = Number(process.env['BENCH_PORT'] ?? 3297);
const BASE = `http://127.0.0.1:${PORT}`;
const PAGES = ['/', '/courses'];
const MODES = [
  { name: 'compressed', acceptEncoding: 'gzip, deflate, br' },
  { name: 'identity', acceptEncoding: 'identity' },
];

if (!existsSync('dist/backend/main.js') || !existsSync('dist/frontend/browser/index.html')) {
  throw new Error('bench:frontend needs the build: run `npm run build` first');
}
const app = spawn(process.execPath, ['dist/backend/main.js'], {
  env: {
    ...process.env,
    PORT: String(PORT),
    HOST: '127.0.0.1',
    EPHEMERAL_DATABASE: 'true',
    JOB_WORKERS: 'false',
    LOG_LEVEL: 'warn',
  },
  stdio: ['ignore', 'inherit', 'inherit'],
});
const stopApp = () =>
  new Promise((resolve) => {
    if (app.exitCode !== null || app.signalCode !== null) return resolve(undefined);
    app.once('exit', resolve);
    app.kill('SIGTERM');
  });

async function waitForApp() {
  const started = performance.now();
  while (performance.now() - started < 900_000) {
    if (app.exitCode !== null || app.signalCode !== null) {
      throw new Error(`the app exited (${app.exitCode ?? app.signalCode})`);
    }
    try {
      const response = await fetch(`${BASE}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('the app did not start within 15 minutes');
}

function kind(resourceType, contentType) {
  if (resourceType === 'script') return 'js';
  if (resourceType === 'stylesheet') return 'css';
  if (contentType.includes('json')) return 'json';
  return null;
}

/**
 * A Japanese browser unless told otherwise (most residents): an English one also downloads the
 * English messages, a chunk of their own. A desktop's window (1280 × 720) unless told otherwise:
 * on a phone (390 × 844) the home page's course cards are below the fold, and their code comes
 * only as they near the screen.
 */
async function measure(browser, mode, path, locale = 'ja-JP', viewport = DESKTOP) {
  const context = await browser.newContext({
    locale,
    viewport,
    extraHTTPHeaders: { 'Accept-Encoding': mode.acceptEncoding },
  });
  const page = await context.newPage();
  const totals = { js: 0, css: 0, json: 0, jsFiles: 0 };
  const pending = [];
  page.on('requestfinished', (request) => {
    pending.push(
      (async () => {
        const response = await request.response();
        const type = kind(
          request.resourceType(),
          (await response?.headerValue('content-type')) ?? '',
        );
        if (!type) return;
        const sizes = await request.sizes();
        totals[type] += sizes.responseBodySize;
        if (type === 'js') totals.jsFiles += 1;
      })(),
    );
  });
  await page.goto(BASE + path, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  await context.close();
  return totals;
}

const DESKTOP = { width: 1280, height: 720 };
const PHONE_SCREEN = { width: 390, height: 844 };

/** Chrome DevTools' "Fast 4G" preset, and its "mid-tier mobile" CPU. */
const PHONE = {
  network: {
    offline: false,
    latency: 60 * 2.75,
    downloadThroughput: ((9 * 1000 * 1000) / 8) * 0.9,
    uploadThroughput: ((1.5 * 1000 * 1000) / 8) * 0.9,
  },
  cpuSlowdown: 4,
};
const RUNS = Number(process.env['BENCH_RUNS'] ?? 7);

/**
 * Records, in the page, when the first course card is on screen: the first animation frame
 * after a card's title link is in the document (the frame it is painted in), in ms since the
 * navigation started.
 */
function watchFirstCard() {
  const seen = () => document.querySelector('tsu-course-card .card__link');
  const observer = new MutationObserver(() => {
    if (!seen()) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      globalThis.__firstCard = performance.now();
    });
  });
  observer.observe(document, { childList: true, subtree: true });
}

async function firstCard(browser, path) {
  const context = await browser.newContext({
    locale: 'ja-JP',
    viewport: PHONE_SCREEN,
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', PHONE.network);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuSlowdown });
  await page.addInitScript(watchFirstCard);
  // The catalogue's list should be asked for once: the page reuses the answer index.html
  // preloaded (a second request would mean the preload was wasted).
  let listRequests = 0;
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/courses') listRequests += 1;
  });
  await page.goto(BASE + path, { waitUntil: 'commit' });
  await page.waitForFunction(() => globalThis.__firstCard !== undefined, undefined, {
    timeout: 60_000,
    polling: 50,
  });
  const ms = await page.evaluate(() => globalThis.__firstCard);
  await context.close();
  return { ms, listRequests };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
const kB = (bytes) => `${(bytes / 1000).toFixed(0)} kB`;
try {
  await waitForApp();
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    for (const path of PAGES) {
      for (const mode of MODES) {
        const t = await measure(browser, mode, path);
        console.log(
          `frontend page=${path} mode=${mode.name} js=${kB(t.js)} (${t.jsFiles} files) css=${kB(t.css)} json=${kB(t.json)} total=${kB(t.js + t.css + t.json)}`,
        );
      }
    }
    const english = await measure(browser, MODES[0], '/', 'en-GB');
    console.log(
      `frontend page=/ mode=compressed browser=English js=${kB(english.js)} (${english.jsFiles} files)`,
    );
    const phone = await measure(browser, MODES[0], '/', 'ja-JP', PHONE_SCREEN);
    console.log(
      `frontend page=/ mode=compressed screen=phone js=${kB(phone.js)} (${phone.jsFiles} files)`,
    );
    const loadBefore = load();
    // One unmeasured visit first, so the app's own caches (the catalogue's statements) are warm.
    await firstCard(browser, '/courses');
    const runs = [];
    for (let run = 0; run < RUNS; run++) runs.push(await firstCard(browser, '/courses'));
    const times = runs.map((run) => run.ms);
    console.log(
      `first-card page=/courses phone="9 Mbps, 165 ms, 4x CPU" runs=${times.map((ms) => ms.toFixed(0)).join(',')} median=${median(times).toFixed(0)} ms list-requests=${Math.max(...runs.map((run) => run.listRequests))} load-average before=${loadBefore} after=${load()}`,
    );
  } finally {
    await browser.close();
  }
} finally {
  await stopApp();
}
