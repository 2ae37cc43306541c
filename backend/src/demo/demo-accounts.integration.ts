import { verifyPassword } from '../accounts/security/passwords';
import { FIXTURE_PLAN } from '../testing/catalogue-fixture';
import { demoTemplate } from '../testing/demo-database';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, demoAccountsTable, seedDemoAccounts } from './demo-accounts';
import { seedDemoData } from './seeder';

describe('seedDemoAccounts', () => {
  let database: TestDatabase;
  let seededAt: Date;

  beforeAll(async () => {
    // A copy of the run's demo, seeded at seededAt (testing/demo-database.ts).
    const demo = await demoTemplate();
    seededAt = demo.seededAt;
    database = await createTestDatabase({ template: demo.template });
  }, 180_000);
  afterAll(() => database.drop());

  it('creates one verified account per role, once, with their roles and family', async () => {
    expect(await seedDemoAccounts(database.dataSource, seededAt)).toBe(DEMO_ACCOUNTS.length);
    expect(await seedDemoAccounts(database.dataSource, seededAt)).toBe(0);

    const rows = await database.dataSource.query(
      `SELECT u.email, u.email_verified_at IS NOT NULL AS verified, u.password_hash,
              array_remove(array_agg(r.role || COALESCE(':' || o.name_ja, '') || COALESCE(':' || f.name_ja, '')
                || CASE WHEN r.is_organisation_admin THEN ':admin' ELSE '' END ORDER BY r.role), NULL) AS roles,
              (SELECT array_agg(birth_year ORDER BY birth_year) FROM family_members m WHERE m.user_id = u.id) AS children
         FROM users u
         LEFT JOIN role_assignments r ON r.user_id = u.id
         LEFT JOIN organisations o ON o.id = r.organisation_id
         LEFT JOIN facilities f ON f.id = r.facility_id
        WHERE u.email NOT LIKE '%@residents.tsumugu.example'
        GROUP BY u.id ORDER BY u.email`,
    );
    const byEmail = Object.fromEntries(rows.map((row: { email: string }) => [row.email, row]));
    expect(Object.keys(byEmail).sort()).toEqual(DEMO_ACCOUNTS.map((a) => a.email).sort());
    expect(rows.every((row: { verified: boolean }) => row.verified)).toBe(true);
    expect(await verifyPassword(rows[0].password_hash, DEMO_PASSWORD)).toBe(true);
    expect(byEmail['hanako@example.jp']).toMatchObject({ roles: [], children: [2019, 2022] });
    // The demo citizen's bookings show every kind in "my bookings", with seats kept true.
    const bookings = await database.dataSource.query(
      `SELECT b.status, b.party_size AS "partySize" FROM bookings b JOIN users u ON u.id = b.user_id
        WHERE u.email = 'hanako@example.jp' ORDER BY b.created_at`,
    );
    expect(bookings).toEqual(
      expect.arrayContaining([
        { status: 'confirmed', partySize: 3 },
        { status: 'waiting', partySize: 1 },
        { status: 'confirmed', partySize: 1 },
      ]),
    );
    const [{ mismatched }] = await database.dataSource.query(
      `SELECT count(*)::int AS mismatched FROM courses c
        WHERE booked_count <> (SELECT coalesce(sum(party_size), 0) FROM bookings b
                                WHERE b.course_id = c.id AND b.status = 'confirmed')`,
    );
    expect(mismatched).toBe(0);
    expect(byEmail['organiser@example.jp'].roles).toEqual([
      'organiser:つくば市 生涯学習推進課:admin',
    ]);
    expect(byEmail['univ-organiser@example.jp'].roles).toEqual(['organiser:国立大学法人 筑波大学']);
    expect(byEmail['staff@example.jp'].roles).toEqual(['facility_staff:吾妻交流センター']);
    expect(byEmail['admin@example.jp'].roles).toEqual(['city_admin']);
    expect(byEmail['instructor@example.jp'].roles).toEqual(['instructor']);
  }, 180_000);

  it('skips roles whose organisation or facility is not in the catalogue', async () => {
    const other = await createTestDatabase();
    try {
      await seedDemoData(other.dataSource, FIXTURE_PLAN);
      expect(await seedDemoAccounts(other.dataSource)).toBe(DEMO_ACCOUNTS.length);
    } finally {
      await other.drop();
    }
  });

  it('prints a table of every account', () => {
    const table = demoAccountsTable();
    for (const account of DEMO_ACCOUNTS) expect(table).toContain(account.email);
    expect(table).toContain(DEMO_PASSWORD);
  });
});
