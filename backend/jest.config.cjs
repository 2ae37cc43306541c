/** Unit specs (*.spec.ts) run without a database; integration specs (*.integration.ts) get a
 * throwaway embedded PostgreSQL from globalSetup unless TEST_DATABASE_URL names a server.
 *
 * `npm test` runs the suites in two parts (backend/scripts/test.sh), chosen by BACKEND_TEST_PART:
 * - `sequential`: suites whose outcome rides on wall-clock time or on the machine's load — they
 *   wait on timers, measure, race many clients at a real HTTP server, or stop, freeze or kill a
 *   PostgreSQL or an app on purpose. They run one at a time (--runInBand), on a quiet machine.
 * - `parallel`: every other suite. Each has a database of its own and decides nothing by the
 *   wall clock, so two run at once (--maxWorkers=2).
 * Unset (a developer's `npx jest -c backend/jest.config.cjs <paths>`): every suite.
 * The rule is read from each suite's text (TIMING below), so a new suite that waits on a timer
 * or kills a server lands in the sequential part without anyone keeping a list.
 */
const { readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');

const TIMING = new RegExp(
  [
    // Breaks or stops things on purpose: its own PostgreSQL or app process, signals.
    'controlled-postgres',
    'own-postgres',
    'app-process',
    'outbox-drain-child',
    'SIGTERM',
    'SIGKILL',
    'pg_terminate_backend',
    'pg_cancel_backend',
    'pg_sleep',
    // Many clients against a real server.
    'rush-clients',
    'naive-booking',
    '\\.listen\\(',
    // Waits on, or measures, the wall clock; or judges within a second of the database's own.
    'wait-until-blocked',
    'setTimeout\\(',
    'performance\\.now\\(',
    'clock_timestamp',
  ].join('|'),
);

const SUITE = /\.(spec|integration)\.ts$/;

function suitesUnder(folder) {
  return readdirSync(folder, { recursive: true })
    .map(String)
    .filter((file) => SUITE.test(file))
    .map((file) => join(folder, file));
}

function exactly(path) {
  return `^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`;
}

const part = process.env.BACKEND_TEST_PART;
if (part && part !== 'parallel' && part !== 'sequential') {
  throw new Error(`BACKEND_TEST_PART is 'parallel', 'sequential' or unset, not '${part}'`);
}
const left = part
  ? suitesUnder(join(__dirname, 'src')).filter(
      (file) => TIMING.test(readFileSync(file, 'utf8')) === (part === 'parallel'),
    )
  : [];

module.exports = {
  displayName: part ? `backend ${part}` : 'backend',
  testEnvironment: 'node',
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.integration.ts'],
  testPathIgnorePatterns: ['/node_modules/', ...left.map(exactly)],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  globalSetup: '<rootDir>/src/testing/global-setup.mjs',
  globalTeardown: '<rootDir>/src/testing/global-teardown.mjs',
  // Booting Nest and migrating a fresh database takes a second or two on a small machine.
  testTimeout: 30000,
};
