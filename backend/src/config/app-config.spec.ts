import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('has defaults that start the app with an embedded database', () => {
    expect(loadConfig({})).toEqual({
      port: 3000,
      host: '0.0.0.0',
      databaseUrl: null,
      dataDir: '.data',
      ephemeralDatabase: false,
      logLevel: 'info',
      seedDemoData: true,
      demoToday: null,
      frontendDist: 'dist/frontend/browser',
      corsOrigins: [],
      smtpUrl: null,
      mailFrom: 'tsumugu <no-reply@tsumugu.city.tsukuba.example>',
      publicUrl: 'http://localhost:3000',
      cookieSecure: false,
      production: false,
      jobWorkers: true,
      jobPollSeconds: 2,
      notificationPollMs: 1000,
      databasePoolSize: 20,
      databaseConnectTimeoutMs: 5000,
      databaseStatementTimeoutMs: 10_000,
      databaseIdleInTransactionTimeoutMs: 15_000,
      databaseStartupWaitSeconds: 60,
      shutdownGraceMs: 8000,
      completionCorrectionDays: 14,
      issuerKeyPassphrase: null,
      testClock: false,
    });
  });

  it('reads every variable', () => {
    const config = loadConfig({
      PORT: '8080',
      DATABASE_URL: 'postgres://u:p@db:5432/tsumugu',
      EPHEMERAL_DATABASE: 'true',
      LOG_LEVEL: 'WARN',
      SEED_DEMO_DATA: 'no',
      DEMO_TODAY: '2027-04-01',
      CORS_ORIGINS: 'https://a.example, https://b.example',
      SMTP_URL: 'smtp://mailer:secret@mail.example:587',
      MAIL_FROM: 'つくば市 <learn@city.example>',
      PUBLIC_URL: 'https://tsumugu.city.example/',
      COOKIE_SECURE: 'true',
      NODE_ENV: 'production',
      JOB_WORKERS: 'false',
      JOB_POLL_SECONDS: '0.5',
      NOTIFICATION_POLL_MS: '200',
      DB_POOL_SIZE: '8',
      DB_CONNECT_TIMEOUT_MS: '1500',
      DB_STATEMENT_TIMEOUT_MS: '0',
      DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: '60000',
      DB_STARTUP_WAIT_SECONDS: '0',
      SHUTDOWN_GRACE_MS: '9000',
      COMPLETION_CORRECTION_DAYS: '30',
      ISSUER_KEY_PASSPHRASE: 'correct horse battery staple',
    });
    expect(config).toMatchObject({
      port: 8080,
      databaseUrl: 'postgres://u:p@db:5432/tsumugu',
      ephemeralDatabase: true,
      logLevel: 'warn',
      seedDemoData: false,
      demoToday: '2027-04-01',
      corsOrigins: ['https://a.example', 'https://b.example'],
      smtpUrl: 'smtp://mailer:secret@mail.example:587',
      mailFrom: 'つくば市 <learn@city.example>',
      publicUrl: 'https://tsumugu.city.example',
      cookieSecure: true,
      production: true,
      jobWorkers: false,
      jobPollSeconds: 0.5,
      notificationPollMs: 200,
      databasePoolSize: 8,
      databaseConnectTimeoutMs: 1500,
      databaseStatementTimeoutMs: 0,
      databaseIdleInTransactionTimeoutMs: 60_000,
      databaseStartupWaitSeconds: 0,
      shutdownGraceMs: 9000,
      completionCorrectionDays: 30,
      issuerKeyPassphrase: 'correct horse battery staple',
    });
  });

  it('lets the clock be moved only when TEST_CLOCK says so, outside production', () => {
    expect(loadConfig({ TEST_CLOCK: 'true' }).testClock).toBe(true);
    expect(loadConfig({ TEST_CLOCK: 'false' }).testClock).toBe(false);
  });

  it('links to the local port when PUBLIC_URL is not set', () => {
    expect(loadConfig({ PORT: '8080' }).publicUrl).toBe('http://localhost:8080');
  });

  it.each([
    [{ PORT: 'abc' }, /PORT must be a port number/],
    [{ PORT: '70000' }, /PORT must be a port number/],
    [{ DATABASE_URL: 'mysql://x@y/z' }, /DATABASE_URL must start with postgres/],
    [{ DATABASE_URL: 'not a url' }, /DATABASE_URL must be a URL/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL must be one of/],
    [{ SEED_DEMO_DATA: 'maybe' }, /SEED_DEMO_DATA must be true or false/],
    [{ DEMO_TODAY: '2027-02-30' }, /DEMO_TODAY must be a date/],
    [{ DEMO_TODAY: 'tomorrow' }, /DEMO_TODAY must be a date/],
    [{ SMTP_URL: 'http://mail.example' }, /SMTP_URL must start with smtp/],
    [{ PUBLIC_URL: 'tsumugu.example' }, /PUBLIC_URL must be a URL/],
    [{ COOKIE_SECURE: 'sometimes' }, /COOKIE_SECURE must be true or false/],
    [{ JOB_WORKERS: 'later' }, /JOB_WORKERS must be true or false/],
    [{ JOB_POLL_SECONDS: '0.1' }, /JOB_POLL_SECONDS must be a number between 0.5/],
    [{ NOTIFICATION_POLL_MS: 'soon' }, /NOTIFICATION_POLL_MS must be a number/],
    [{ DB_STARTUP_WAIT_SECONDS: '-1' }, /DB_STARTUP_WAIT_SECONDS must be a number between 0/],
    [{ DB_STARTUP_WAIT_SECONDS: 'a minute' }, /DB_STARTUP_WAIT_SECONDS must be a number/],
    [{ COMPLETION_CORRECTION_DAYS: '400' }, /COMPLETION_CORRECTION_DAYS must be a number/],
    [{ NODE_ENV: 'production' }, /ISSUER_KEY_PASSPHRASE is required in production/],
    [{ ISSUER_KEY_PASSPHRASE: 'short' }, /ISSUER_KEY_PASSPHRASE must be at least 16/],
    [{ TEST_CLOCK: 'sometimes' }, /TEST_CLOCK must be true or false/],
    [
      {
        TEST_CLOCK: 'true',
        NODE_ENV: 'production',
        ISSUER_KEY_PASSPHRASE: 'correct horse battery staple',
      },
      /TEST_CLOCK must not be set in production/,
    ],
  ])('refuses %j with a message naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('refuses database timeouts that are not whole milliseconds in range', () => {
    expect(() => loadConfig({ DB_CONNECT_TIMEOUT_MS: '5s' })).toThrow(
      new ConfigError('DB_CONNECT_TIMEOUT_MS must be a number between 100 and 600000 (got "5s")'),
    );
    expect(() => loadConfig({ DB_STATEMENT_TIMEOUT_MS: '-1' })).toThrow(ConfigError);
    expect(() => loadConfig({ DB_POOL_SIZE: '2.5' })).toThrow(
      new ConfigError('DB_POOL_SIZE must be a whole number (got "2.5")'),
    );
  });
});
