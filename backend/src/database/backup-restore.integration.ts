import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { SeatBatcher } from '../bookings/ledger/seat-batcher';
import { type AppProcess, buildAppForTests, startAppProcess } from '../testing/app-process';
import { createBookableCourse, createCitizens } from '../testing/booking-fixture';
import { FIXTURE_PLAN } from '../testing/catalogue-fixture';
import { ControlledPostgres, DEBIAN_BIN } from '../testing/controlled-postgres';
import { createTestDatabase } from '../testing/test-database';
import { MIGRATIONS } from './data-source-options';
import { freePort } from './embedded-postgres';
import { seedDemoData } from '../demo/seeder';

/**
 * The README's backup runbook, done: a seeded database with bookings, sessions and notifications
 * still to send is dumped with `pg_dump -Fc`, restored with `pg_restore` into a fresh database,
 * and the real app process starts on the copy: no migration pending, pg-boss's schema there,
 * ready, and a citizen signed in before the dump books a course over HTTP.
 *
 * pg_dump refuses a server newer than itself and the embedded PostgreSQL 18 ships no pg_dump,
 * so this runs on Debian's PostgreSQL 15 with its own pg_dump and pg_restore
 * (`apt-get install postgresql`): the app supports 14+, and the procedure is the same on 18.
 */
const available = ['pg_dump', 'pg_restore'].every((tool) => existsSync(join(DEBIAN_BIN, tool)));
if (!available && process.env['CI']) {
  // CI installs it (.ci/run): a skipped test there would hide a missing install step.
  throw new Error(`backup-restore: no ${DEBIAN_BIN}/pg_dump on CI (apt-get install postgresql)`);
}
if (!available) {
  process.stderr.write(
    `backup-restore: SKIPPED, no ${DEBIAN_BIN}/pg_dump (apt-get install postgresql)\n`,
  );
}

(available ? describe : describe.skip)('backup and restore (pg_dump -Fc, pg_restore)', () => {
  let postgres: ControlledPostgres;
  let build: Awaited<ReturnType<typeof buildAppForTests>>;
  let app: AppProcess | undefined;
  let restored: DataSource | undefined;

  beforeAll(async () => {
    [postgres, build] = await Promise.all([
      ControlledPostgres.create({ bin: DEBIAN_BIN }),
      buildAppForTests(),
    ]);
  }, 120_000);

  afterAll(async () => {
    if (app && app.process.exitCode === null) {
      app.process.kill('SIGTERM');
      await app.exited;
    }
    if (restored?.isInitialized) await restored.destroy();
    await postgres?.destroy();
    await build?.remove();
  }, 60_000);

  it('a dump of a seeded database restores into a fresh one on which the app starts and books', async () => {
    // The source: migrated, seeded, two bookings made by the booking transaction (each with its
    // notification waiting in the outbox), and a citizen signed in who has not booked yet.
    const source = await createTestDatabase({ serverUrl: postgres.serverUrl });
    await seedDemoData(source.dataSource, FIXTURE_PLAN);
    const { courseId } = await createBookableCourse(source.dataSource, { capacity: 3 });
    const [first, second, later] = await createCitizens(source.dataSource, 3);
    const seats = new SeatBatcher((sql, parameters) => source.dataSource.query(sql, parameters));
    for (const citizen of [first!, second!]) {
      await seats.take(courseId, {
        bookingId: randomUUID(),
        userId: citizen.userId,
        partySize: 1,
        joinWaitlist: false,
        companionIds: [],
        idempotencyKey: null,
        fingerprint: 'backup',
      });
    }
    const counts = (dataSource: DataSource) =>
      dataSource.query(
        `SELECT (SELECT count(*)::int FROM courses) AS courses,
                (SELECT count(*)::int FROM bookings) AS bookings,
                (SELECT count(*)::int FROM users) AS users,
                (SELECT count(*)::int FROM notifications) AS notifications,
                (SELECT booked_count FROM courses WHERE id = $1) AS "bookedCount"`,
        [courseId],
      );
    const before = await counts(source.dataSource);

    const dump = postgres.file('tsumugu.dump');
    await postgres.tool('pg_dump', ['-Fc', '--no-owner', '-f', dump, '-d', source.url]);
    await source.drop();
    const name = `tsumugu_restored_${randomUUID().slice(0, 8)}`;
    const server = new DataSource({ type: 'postgres', url: postgres.serverUrl });
    await server.initialize();
    await server.query(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8'`);
    await server.destroy();
    await postgres.tool('pg_restore', [
      '--no-owner',
      '--exit-on-error',
      '-d',
      postgres.url(name),
      dump,
    ]);

    const port = await freePort();
    app = await startAppProcess(
      build.mainJs,
      {
        DATABASE_URL: postgres.url(name),
        SEED_DEMO_DATA: 'false',
        JOB_WORKERS: 'false',
        NODE_ENV: 'production',
        ISSUER_KEY_PASSPHRASE: 'a test passphrase, not a secret',
      },
      port,
    );
    restored = new DataSource({ type: 'postgres', url: postgres.url(name) });
    await restored.initialize();

    // Everything came back; the migrations table says nothing is pending; pg-boss's schema is there.
    expect(await counts(restored)).toEqual(before);
    const [{ migrations }] = await restored.query(
      'SELECT count(*)::int AS migrations FROM migrations',
    );
    expect(migrations).toBe(MIGRATIONS.length);
    expect(app.output()).not.toMatch(/Migration .* has been executed/);
    const [{ pgboss }] = await restored.query(
      `SELECT count(*)::int AS pgboss FROM information_schema.tables WHERE table_schema = 'pgboss'`,
    );
    expect(pgboss).toBeGreaterThan(0);

    const ready = await fetch(`${app.baseUrl}/api/health/ready`);
    expect(ready.status).toBe(200);
    // A session from before the dump still signs the citizen in; the last seat is theirs.
    const booking = await fetch(`${app.baseUrl}/api/courses/${courseId}/bookings`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: later!.credentials.cookie,
        ...later!.credentials.csrfHeader,
      },
      body: '{"companionIds":[]}',
    });
    expect(booking.status).toBe(201);
    expect(await booking.json()).toMatchObject({ status: 'confirmed' });
    const [{ bookedCount }] = await restored.query(
      'SELECT booked_count AS "bookedCount" FROM courses WHERE id = $1',
      [courseId],
    );
    expect(bookedCount).toBe(3);
  }, 120_000);
});
