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
};
