import { EMAIL_TOKEN_LIFETIME_HOURS } from './accounts/email-tokens.repository';
import request from 'supertest';
import { LIFE_STAGES, PILLARS } from './reference/reference-data';
import { BrowserClient } from './testing/browser-client';
import { createTestApp, type TestApp } from './testing/test-app';

describe('the application', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('reports its health and the database', async () => {
    const response = await request(t.http).get('/api/health').expect(200);
    expect(response.body).toEqual({ status: 'ok', database: 'up', version: expect.any(String) });
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('gives the reference lists with both labels', async () => {
    const response = await request(t.http).get('/api/reference').expect(200);
    expect(response.body.lifeStages.map((item: { code: string }) => item.code)).toEqual([
      ...LIFE_STAGES,
    ]);
    expect(response.body.pillars.map((item: { number: number }) => item.number)).toEqual([
      ...PILLARS,
    ]);
    expect(response.body.lifeStages[0]).toEqual({
      code: 'parenting',
      ja: '子育て世代',
      en: 'Parenting',
    });
    // The plan's own words (reference-data.spec.ts pins every title).
    expect(response.body.pillars[0]).toEqual({
      number: 1,
      ja: '個人の自立に向けた学習機会の提供',
      en: 'Providing learning opportunities for personal independence',
    });
    expect(response.body.basicPolicies).toHaveLength(4);
    expect(response.body.priorityProjects[2]).toMatchObject({
      code: 'exchange_facilities',
      ja: '市民同士が交流できる施設の充実',
    });
    // The mailed links' lifetimes, from the constant the tokens are made with.
    expect(response.body.accountLinkHours).toEqual({
      verifyEmail: EMAIL_TOKEN_LIFETIME_HOURS.verify_email,
      resetPassword: EMAIL_TOKEN_LIFETIME_HOURS.reset_password,
      changeEmail: EMAIL_TOKEN_LIFETIME_HOURS.change_email,
    });
    expect(Object.keys(response.body).sort()).toEqual([
      'accountLinkHours',
      'audiences',
      'basicPolicies',
      'bookingRules',
      'categories',
      'facilityKinds',
      'guardianRules',
      'lifeStages',
      'organisationKinds',
      'paymentMethods',
      'pillars',
      'priorityProjects',
      'roomEquipment',
      'timesOfDay',
    ]);
  });

  it('answers NOT_FOUND for an unknown API path, in the asked language', async () => {
    const response = await request(t.http)
      .get('/api/no-such-thing')
      .set('Accept-Language', 'en')
      .expect(404);
    expect(response.body).toEqual({
      statusCode: 404,
      code: 'NOT_FOUND',
      message: 'No such page or API endpoint.',
      messages: { ja: 'ページまたはAPIが見つかりません。', en: 'No such page or API endpoint.' },
    });
  });

  it('answers 404 (not 405 or 500) to other methods on catalogue paths', async () => {
    // Unsafe methods pass the CSRF check first (see accounts/authentication), so send a token.
    const browser = await new BrowserClient(t.http).open();
    const response = await browser.post('/api/courses', { a: 1 });
    expect(response.status).toBe(404);
    expect(response.body.code).toBe('NOT_FOUND');
  });

  it('answers MALFORMED_REQUEST to a body that is not JSON', async () => {
    const response = await request(t.http)
      .post('/api/courses')
      .set('Content-Type', 'application/json')
      .send('{"broken"')
      .expect(400);
    expect(response.body.code).toBe('MALFORMED_REQUEST');
  });

  it('serves the OpenAPI document and Swagger UI, with a CSP relaxed for the docs only', async () => {
    const document = await request(t.http).get('/api/docs-json').expect(200);
    expect(Object.keys(document.body.paths)).toEqual(
      expect.arrayContaining(['/api/courses', '/api/courses/{id}', '/api/facilities']),
    );
    const docs = await request(t.http).get('/api/docs').expect(200);
    expect(docs.headers['content-security-policy']).toContain("script-src 'self' 'unsafe-inline'");
    const api = await request(t.http).get('/api/health');
    expect(api.headers['content-security-policy']).toContain("script-src 'self';");
    expect(api.headers['content-security-policy']).toContain("style-src 'self' 'unsafe-inline'");
    expect(api.headers['x-powered-by']).toBeUndefined();
  });

  it('turns an unexpected error into a generic 500 and logs the details', async () => {
    const spy = jest
      .spyOn(t.database.dataSource, 'query')
      .mockImplementation(() => Promise.reject(new Error('secret detail: relation is broken')));
    try {
      const response = await request(t.http).get('/api/courses?q=x').expect(500);
      expect(response.body).toEqual({
        statusCode: 500,
        code: 'INTERNAL_ERROR',
        message: '申し訳ありません。問題が発生しました。時間をおいてもう一度お試しください。',
        messages: {
          ja: '申し訳ありません。問題が発生しました。時間をおいてもう一度お試しください。',
          en: 'Sorry, something went wrong on our side. Please try again later.',
        },
      });
      expect(JSON.stringify(response.body)).not.toContain('secret');
      const logged = t.logs.find(
        (line) => line['level'] === 'error' && String(line['msg']).includes('secret detail'),
      );
      expect(logged).toMatchObject({ context: 'Errors' });
    } finally {
      spy.mockRestore();
    }
  });

  it('answers 503 from /api/health while the database is down', async () => {
    const spy = jest
      .spyOn(t.database.dataSource, 'query')
      .mockRejectedValue(
        Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
      );
    try {
      const response = await request(t.http).get('/api/health').expect(503);
      expect(response.body).toMatchObject({ status: 'unavailable', database: 'down' });
    } finally {
      spy.mockRestore();
    }
  });
});
