import request from 'supertest';
import { BrowserClient } from '../../testing/browser-client';
import { createTestApp, type TestApp } from '../../testing/test-app';

const SIGN_UP = {
  email: 'nul-check@example.jp',
  password: 'sakura-namiki-2026',
  familyName: '山田',
  givenName: '花子',
  preferredLanguage: 'en',
};

describe('input no route can take (NUL characters, deep nesting)', () => {
  let t: TestApp;
  let client: BrowserClient;

  beforeAll(async () => {
    t = await createTestApp();
    client = await new BrowserClient(t.http).open();
  });
  afterAll(() => t.close());

  /** A POST as the browser sends it (session cookie and CSRF token), with a raw body. */
  function browserPost(path: string) {
    const cookies = [...client.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    return request(t.http)
      .post(path)
      .set('Cookie', cookies)
      .set('X-XSRF-TOKEN', client.cookies.get('XSRF-TOKEN') ?? '');
  }

  function expectNoServerError() {
    expect(t.logs.filter((line) => line['level'] === 'error')).toEqual([]);
  }

  it('answers VALIDATION_FAILED naming a JSON field that holds a NUL character', async () => {
    const response = await browserPost('/api/auth/sign-up')
      .set('Accept-Language', 'en')
      .send({ ...SIGN_UP, givenName: 'Hana\u0000ko' });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [
        {
          field: 'givenName',
          ja: '「givenName」に使用できない文字（NUL文字）が含まれています。',
          en: '"givenName" contains a character that is not allowed (NUL).',
        },
      ],
    });
    // Nothing was stored: the same sign-up without the NUL is accepted.
    expect((await client.post('/api/auth/sign-up', SIGN_UP)).status).toBe(202);
    expectNoServerError();
  });

  it('answers VALIDATION_FAILED for a NUL character in a query string value', async () => {
    const response = await request(t.http).get('/api/courses?q=%E9%99%B6%00%E8%8A%B8').expect(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.fields).toEqual([expect.objectContaining({ field: 'q' })]);
    await request(t.http).get('/api/courses?q=%E9%99%B6%E8%8A%B8').expect(200);
    expectNoServerError();
  });

  it('answers VALIDATION_FAILED for a NUL character in a form body and in a log-in', async () => {
    const form = await browserPost('/api/auth/log-in')
      .type('form')
      .send('email=a%40example.jp&password=x%00y')
      .expect(400);
    expect(form.body.fields).toEqual([expect.objectContaining({ field: 'password' })]);
    const json = await client.post('/api/auth/log-in', {
      email: 'nul-check@example.jp',
      password: 'sakura\u0000',
    });
    expect(json.status).toBe(400);
    expect(json.body.fields[0].field).toBe('password');
    expectNoServerError();
  });

  it('answers MALFORMED_REQUEST to JSON nested 3,000 levels deep', async () => {
    const deep = '{"givenName":'.repeat(3000) + '"x"' + '}'.repeat(3000);
    const response = await browserPost('/api/auth/sign-up')
      .set('Content-Type', 'application/json')
      .send(deep);
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('MALFORMED_REQUEST');
    const array = await browserPost('/api/auth/log-in')
      .set('Content-Type', 'application/json')
      .send('['.repeat(5000) + ']'.repeat(5000))
      .expect(400);
    expect(array.body.code).toBe('MALFORMED_REQUEST');
    expectNoServerError();
  });
});
