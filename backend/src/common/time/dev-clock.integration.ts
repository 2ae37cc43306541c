import { createTestApp, type TestApp } from '../../testing/test-app';
import { callAs, createTestPerson, type TestPerson } from '../../testing/test-people';
import { SystemClock } from './clock';
import { TravellingClock } from './travelling-clock';

const HOUR = 3_600_000;

describe('the test clock (/api/dev/clock)', () => {
  describe('with TEST_CLOCK=true', () => {
    let t: TestApp;
    let admin: TestPerson;
    let citizen: TestPerson;
    const clock = new TravellingClock();

    beforeAll(async () => {
      process.env['TEST_CLOCK'] = 'true';
      t = await createTestApp({ clock });
      admin = await createTestPerson(t.database.dataSource, { roles: [{ role: 'city_admin' }] });
      citizen = await createTestPerson(t.database.dataSource);
    });
    afterAll(async () => {
      delete process.env['TEST_CLOCK'];
      await t.close();
    });
    afterEach(() => clock.backToRealTime());

    const as = (person: TestPerson | null, method: 'get' | 'put' | 'delete', body?: object) =>
      callAs(t.http, t.database.dataSource, person, method, '/api/dev/clock', body);

    it('moves what the app takes as now, and time flows on from there', async () => {
      const moved = await as(admin, 'put', { at: '2031-06-01T09:50:00+09:00' });
      expect(moved.status).toBe(200);
      expect(moved.body.travelled).toBe(true);
      const at = Date.parse('2031-06-01T00:50:00Z');
      expect(Date.parse(moved.body.now)).toBeGreaterThanOrEqual(at);
      expect(Date.parse(moved.body.now)).toBeLessThan(at + HOUR);

      // A decision that reads the Clock: the city's report defaults to the clock's fiscal year.
      const report = await callAs(
        t.http,
        t.database.dataSource,
        admin,
        'get',
        '/api/admin/questionnaires',
      );
      expect(report.body.fiscalYear).toBe(2031);

      expect((await as(admin, 'delete')).status).toBe(204);
      const back = await as(admin, 'get');
      expect(back.body.travelled).toBe(false);
      expect(Math.abs(Date.parse(back.body.now) - new SystemClock().now().getTime())).toBeLessThan(
        HOUR,
      );
    });

    it('is for city administrators only, and refuses an instant that is not one', async () => {
      expect((await as(null, 'put', { at: '2031-06-01T09:50:00+09:00' })).status).toBe(401);
      expect((await as(citizen, 'put', { at: '2031-06-01T09:50:00+09:00' })).status).toBe(403);
      expect(clock.travelled).toBe(false);

      const bad = await as(admin, 'put', { at: 'next tuesday' });
      expect(bad.status).toBe(400);
      expect(bad.body.code).toBe('VALIDATION_FAILED');
      expect(bad.body.fields).toEqual([
        expect.objectContaining({
          field: 'at',
          ja: expect.stringContaining('2026-12-08T09:50:00+09:00'),
        }),
      ]);
      // Without an offset an instant would be read in the server's own zone: refused.
      expect((await as(admin, 'put', { at: '2031-06-01T09:50:00' })).status).toBe(400);
    });
  });

  it('does not exist without TEST_CLOCK, even for a city administrator', async () => {
    const t = await createTestApp({ clock: new TravellingClock() });
    try {
      const admin = await createTestPerson(t.database.dataSource, {
        roles: [{ role: 'city_admin' }],
      });
      const call = (method: 'get' | 'put' | 'delete') =>
        callAs(t.http, t.database.dataSource, admin, method, '/api/dev/clock', {
          at: '2031-06-01T09:50:00+09:00',
        });
      expect((await call('put')).status).toBe(404);
      expect((await call('get')).status).toBe(404);
      expect((await call('delete')).status).toBe(404);
      expect((t.clock as TravellingClock).travelled).toBe(false);
    } finally {
      await t.close();
    }
  });
});
