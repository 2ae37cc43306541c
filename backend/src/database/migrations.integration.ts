import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { ENTITIES, MIGRATIONS } from './data-source-options';
import { TakeSeatsByClock1795731000000 } from './migrations/1795731000000-take-seats-by-clock';
import { BookingLedger1795750000000 } from './migrations/1795750000000-booking-ledger';
import { BookingContextRevision1795940000000 } from './migrations/1795940000000-booking-context-revision';

describe('migrations', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase({ migrate: false });
  });
  afterAll(() => database.drop());

  const tables = async () =>
    (
      await database.dataSource.query(
        `SELECT table_name FROM information_schema.tables
          WHERE table_schema = 'public' AND table_name NOT IN ('migrations', 'typeorm_metadata')
          ORDER BY table_name`,
      )
    ).map((row: { table_name: string }) => row.table_name);

  it('run up, all the way down, and up again', async () => {
    const dataSource = database.dataSource;
    expect(await dataSource.runMigrations()).toHaveLength(MIGRATIONS.length);
    expect(await tables()).toEqual(
      expect.arrayContaining([
        'course_sessions',
        'courses',
        'facilities',
        'organisations',
        'rooms',
        'users',
        'family_members',
        'user_sessions',
        'email_tokens',
        'role_assignments',
        'invitations',
        'audit_log',
        'rate_limit_counters',
      ]),
    );

    for (let step = 0; step < MIGRATIONS.length; step++) await dataSource.undoLastMigration();
    expect(await tables()).toEqual([]);
    const functions = await dataSource.query(
      `SELECT proname FROM pg_proc JOIN pg_namespace n ON n.oid = pronamespace
        WHERE nspname = 'public' AND (proname LIKE 'tsumugu%' OR proname LIKE '%search_text')`,
    );
    expect(functions).toEqual([]);

    expect(await dataSource.runMigrations()).toHaveLength(MIGRATIONS.length);
    expect(await dataSource.showMigrations()).toBe(false);
  });

  it('bring a database that ran the first seat-batches to the window judged by clock_timestamp()', async () => {
    const dataSource = database.dataSource;
    const definition = async (): Promise<string> =>
      (
        await dataSource.query(
          `SELECT pg_get_functiondef('tsumugu_take_seats(uuid, jsonb)'::regprocedure) AS body`,
        )
      )[0].body;
    const latest = await definition();
    const queryRunner = dataSource.createQueryRunner();
    try {
      // Back to the ledger's take-seats.v1 (the booking context revision's down), as then.
      await new BookingContextRevision1795940000000().down(queryRunner);
      const current = await definition();
      expect(current).toContain('clock_timestamp() < course.application_closes_at');
      expect(current).not.toContain('stale');
      // The function as the first version of seat-batches left it: the window by now().
      await dataSource.query(current.replaceAll('clock_timestamp()', 'now()'));
      expect(await definition()).not.toContain('clock_timestamp()');
      await new TakeSeatsByClock1795731000000().up(queryRunner);
      // The repair's body judges by clock_timestamp() again (in its own text) ...
      expect(await definition()).toContain('clock_timestamp() < course.application_closes_at');
      expect(await definition()).not.toContain('now() < course.application_closes_at');
      // ... and the ledger's migration, which follows it, applies the versioned file of then,
      await new BookingLedger1795750000000().up(queryRunner);
      expect(await definition()).toBe(current);
      // ... and the booking context revision the file of today.
      await new BookingContextRevision1795940000000().up(queryRunner);
    } finally {
      await queryRunner.release();
    }
    expect(await definition()).toBe(latest);
    expect(latest).toContain("outcome := 'stale'");
  });

  it('give every table of the migrated schema an entity', async () => {
    const described = database.dataSource.entityMetadatas.map((metadata) => metadata.tableName);
    expect(described).toHaveLength(ENTITIES.length);
    expect([...described].sort()).toEqual(await tables());
  });

  it('leave nothing for migration:generate to do: the entities describe the migrated schema', async () => {
    const pending = await database.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });
});
