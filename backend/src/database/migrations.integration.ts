import { readSqlFile } from './sql-files';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { ENTITIES, MIGRATIONS } from './data-source-options';
import { TakeSeatsByClock1795731000000 } from './migrations/1795731000000-take-seats-by-clock';
import { BookingLedger1795750000000 } from './migrations/1795750000000-booking-ledger';

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
    const current = await definition();
    expect(current).toContain('clock_timestamp() < course.application_closes_at');
    // The function as the first version of seat-batches left it: the window by now().
    await dataSource.query(current.replaceAll('clock_timestamp()', 'now()'));
    expect(await definition()).not.toContain('clock_timestamp()');
    const queryRunner = dataSource.createQueryRunner();
    try {
      await new TakeSeatsByClock1795731000000().up(queryRunner);
      // The repair's body judges by clock_timestamp() again (in its own text) ...
      expect(await definition()).toContain('clock_timestamp() < course.application_closes_at');
      expect(await definition()).not.toContain('now() < course.application_closes_at');
      // ... and the ledger's migration, which follows it, applies its versioned file, which
      // the attendees' migration replaces with today's (take-seats.v2.sql).
      await new BookingLedger1795750000000().up(queryRunner);
      await queryRunner.query(readSqlFile('bookings/ledger/sql/take-seats.v2.sql'));
    } finally {
      await queryRunner.release();
    }
    expect(await definition()).toBe(current);
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
