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
      frontendDist: 'dist/frontend/browser',
      corsOrigins: [],
    });
  });

  it('reads every variable', () => {
    const config = loadConfig({
      PORT: '8080',
      DATABASE_URL: 'postgres://u:p@db:5432/tsumugu',
      EPHEMERAL_DATABASE: 'true',
      LOG_LEVEL: 'WARN',
      SEED_DEMO_DATA: 'no',
      CORS_ORIGINS: 'https://a.example, https://b.example',
    });
    expect(config).toMatchObject({
      port: 8080,
      databaseUrl: 'postgres://u:p@db:5432/tsumugu',
      ephemeralDatabase: true,
      logLevel: 'warn',
      seedDemoData: false,
      corsOrigins: ['https://a.example', 'https://b.example'],
    });
  });

  it.each([
    [{ PORT: 'abc' }, /PORT must be a port number/],
    [{ PORT: '70000' }, /PORT must be a port number/],
    [{ DATABASE_URL: 'mysql://x@y/z' }, /DATABASE_URL must start with postgres/],
    [{ DATABASE_URL: 'not a url' }, /DATABASE_URL must be a URL/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL must be one of/],
    [{ SEED_DEMO_DATA: 'maybe' }, /SEED_DEMO_DATA must be true or false/],
  ])('refuses %j with a message naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
