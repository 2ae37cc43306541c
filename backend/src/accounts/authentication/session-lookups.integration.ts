import type { AddressInfo } from 'node:net';
import { createCitizens, type TestCitizen } from '../../testing/booking-fixture';
import { createTestApp, type TestApp } from '../../testing/test-app';

/**
 * The sessions of concurrent requests are read together (GatheredLookup), for real: a rush of
 * signed-in requests over HTTP on a real PostgreSQL, and sessions revoked in the middle of it.
 * Whatever is under way, a request sent after the revocation committed is anonymous.
 */
describe('sessions read together during a rush', () => {
  let t: TestApp;
  let baseUrl: string;

  beforeAll(async () => {
    t = await createTestApp({ poolSize: 8 });
    await t.app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  const me = async (citizen: TestCitizen) =>
    (await fetch(`${baseUrl}/api/me`, { headers: { cookie: citizen.credentials.cookie } })).status;

  it('a session revoked during a rush stops every request sent after the revocation, while reads of it are under way', async () => {
    const [target, ...others] = await createCitizens(t.database.dataSource, 17);
    let revoked = false;
    const sentBefore: number[] = [];
    const sentAfter: number[] = [];
    const othersStatuses: number[] = [];
    let targetDone = 0;

    // The target's browser keeps 8 requests going, 16 other citizens one each.
    const targetLoops = Array.from({ length: 8 }, async () => {
      for (let n = 0; n < 25; n++) {
        const afterRevocation = revoked;
        const status = await me(target!);
        (afterRevocation ? sentAfter : sentBefore).push(status);
        targetDone++;
      }
    });
    const otherLoops = others.map(async (citizen) => {
      for (let n = 0; n < 12; n++) othersStatuses.push(await me(citizen));
    });
    // Revoked in the middle of the rush, once the target's requests are flowing.
    while (targetDone < 40) await new Promise((resolve) => setTimeout(resolve, 2));
    await t.database.dataSource.query(
      `UPDATE user_sessions SET revoked_at = now() WHERE user_id = $1`,
      [target!.userId],
    );
    revoked = true;
    await Promise.all([...targetLoops, ...otherLoops]);

    expect(sentBefore.length).toBeGreaterThanOrEqual(40);
    expect(sentBefore.filter((status) => status === 200).length).toBeGreaterThanOrEqual(40);
    expect(sentAfter.length).toBeGreaterThan(100);
    expect(new Set(sentAfter)).toEqual(new Set([401]));
    expect(new Set(othersStatuses)).toEqual(new Set([200]));
  }, 60_000);

  it('sessions read together answer each request with its own person', async () => {
    const citizens = await createCitizens(t.database.dataSource, 24);
    const answers = await Promise.all(
      citizens.flatMap((citizen) =>
        Array.from({ length: 4 }, async () => {
          const response = await fetch(`${baseUrl}/api/me`, {
            headers: { cookie: citizen.credentials.cookie },
          });
          const body = (await response.json()) as { id: string };
          return { expected: citizen.userId, status: response.status, body };
        }),
      ),
    );
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.body.id).toBe(answer.expected);
    }
  }, 60_000);

  it('a session started during a rush is known from its first request', async () => {
    const others = await createCitizens(t.database.dataSource, 16);
    let stop = false;
    const loops = others.map(async (citizen) => {
      while (!stop) expect(await me(citizen)).toBe(200);
    });
    const newcomers: number[] = [];
    for (let n = 0; n < 10; n++) {
      const [citizen] = await createCitizens(t.database.dataSource, 1);
      newcomers.push(await me(citizen!));
    }
    stop = true;
    await Promise.all(loops);
    expect(newcomers).toEqual(Array.from({ length: 10 }, () => 200));
  }, 60_000);
});
