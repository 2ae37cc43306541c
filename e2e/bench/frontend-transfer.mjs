// npm run bench:frontend — what a first visit downloads, with and without compression.
// Builds nothing: run `npm run build` first. Starts the built app (dist/backend/main.js) on a
// throwaway embedded PostgreSQL with the demo data, opens / and /courses in Chromium with an
// empty cache, once accepting br/gzip and once only identity, and prints the bytes transferred
// (bodies as sent over the wire) for JavaScript, CSS and JSON on each page.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
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

async function measure(browser, mode, path) {
  const context = await browser.newContext({
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
  } finally {
    await browser.close();
  }
} finally {
  await stopApp();
}
