/** Unit specs (*.spec.ts) run without a database; integration specs (*.integration.ts) get a
 * throwaway embedded PostgreSQL from globalSetup unless TEST_DATABASE_URL names a server. */
module.exports = {
  displayName: 'backend',
  testEnvironment: 'node',
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.integration.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  globalSetup: '<rootDir>/src/testing/global-setup.mjs',
  globalTeardown: '<rootDir>/src/testing/global-teardown.mjs',
  // Booting Nest and migrating a fresh database takes a second or two on a small machine.
  testTimeout: 30000,
};
