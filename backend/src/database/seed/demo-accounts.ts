import type { DataSource, EntityManager } from 'typeorm';
import { hashPassword } from '../../accounts/security/passwords';
import { seedId } from './seeder';

/** The password of every demo account (printed by `npm start`; never seeded in production). */
export const DEMO_PASSWORD = 'tsumugu-demo-2026';

interface DemoAccount {
  key: string;
  email: string;
  familyName: string;
  givenName: string;
  familyNameKana: string;
  givenNameKana: string;
  birthYear: number;
  tsukubaRelations: string[];
  roles: { role: string; organisationKey?: string; facilityKey?: string; admin?: boolean }[];
  family?: { name: string; nameKana: string; birthYear: number }[];
  /** For the table `npm start` prints. */
  label: string;
  tryThis: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    key: 'hanako',
    email: 'hanako@example.jp',
    familyName: '佐藤',
    givenName: '花子',
    familyNameKana: 'サトウ',
    givenNameKana: 'ハナコ',
    birthYear: 1988,
    tsukubaRelations: ['live'],
    roles: [],
    family: [
      { name: '佐藤 陽太', nameKana: 'サトウ ヒナタ', birthYear: 2019 },
      { name: '佐藤 結衣', nameKana: 'サトウ ユイ', birthYear: 2022 },
    ],
    label: 'citizen',
    tryThis: 'profile, two children as family members, data export',
  },
  {
    key: 'instructor',
    email: 'instructor@example.jp',
    familyName: '山田',
    givenName: '健一',
    familyNameKana: 'ヤマダ',
    givenNameKana: 'ケンイチ',
    birthYear: 1965,
    tsukubaRelations: ['live', 'work'],
    roles: [{ role: 'instructor' }],
    label: 'instructor',
    tryThis: 'citizen pages with the instructor role',
  },
  {
    key: 'organiser',
    email: 'organiser@example.jp',
    familyName: '田中',
    givenName: '美咲',
    familyNameKana: 'タナカ',
    givenNameKana: 'ミサキ',
    birthYear: 1979,
    tsukubaRelations: ['work'],
    roles: [{ role: 'organiser', organisationKey: 'lifelong-learning', admin: true }],
    label: 'organiser + org admin (生涯学習推進課)',
    tryThis: "own organisation's courses, invite colleagues",
  },
  {
    key: 'univ-organiser',
    email: 'univ-organiser@example.jp',
    familyName: '高橋',
    givenName: '誠',
    familyNameKana: 'タカハシ',
    givenNameKana: 'マコト',
    birthYear: 1982,
    tsukubaRelations: ['work'],
    roles: [{ role: 'organiser', organisationKey: 'university-of-tsukuba' }],
    label: 'organiser (筑波大学)',
    tryThis: "refused the city's courses (404)",
  },
  {
    key: 'staff',
    email: 'staff@example.jp',
    familyName: '伊藤',
    givenName: '恵子',
    familyNameKana: 'イトウ',
    givenNameKana: 'ケイコ',
    birthYear: 1975,
    tsukubaRelations: ['live', 'work'],
    roles: [{ role: 'facility_staff', facilityKey: 'azuma' }],
    label: 'facility staff (吾妻交流センター)',
    tryThis: 'own centre and its rooms',
  },
  {
    key: 'admin',
    email: 'admin@example.jp',
    familyName: '小林',
    givenName: '修',
    familyNameKana: 'コバヤシ',
    givenNameKana: 'オサム',
    birthYear: 1970,
    tsukubaRelations: ['work'],
    roles: [{ role: 'city_admin' }],
    label: 'city administrator',
    tryThis: 'admin console: people, roles, audit log',
  },
];

const SEED_LOCK = 'tsumugu:seed-demo-accounts';

/**
 * Creates the demo accounts, verified, with their roles, when there are no accounts at all (a
 * fresh demo, or a demo database from before accounts existed). A role whose organisation or
 * facility is missing is skipped. Returns how many accounts were created.
 */
export async function seedDemoAccounts(dataSource: DataSource): Promise<number> {
  // One hash for all: the same password, and start-up stays quick (argon2 costs ~50 ms).
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return dataSource.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [SEED_LOCK]);
    const [{ count }] = await manager.query('SELECT count(*)::int AS count FROM users');
    if (count > 0) return 0;
    for (const account of DEMO_ACCOUNTS) await insertAccount(manager, account, passwordHash);
    return DEMO_ACCOUNTS.length;
  });
}

async function insertAccount(manager: EntityManager, account: DemoAccount, passwordHash: string) {
  const userId = seedId('user', account.key);
  await manager.query(
    `INSERT INTO users (id, email, email_verified_at, password_hash, family_name, given_name,
                        family_name_kana, given_name_kana, birth_year, tsukuba_relations)
     VALUES ($1, $2, now(), $3, $4, $5, $6, $7, $8, $9)`,
    [
      userId,
      account.email,
      passwordHash,
      account.familyName,
      account.givenName,
      account.familyNameKana,
      account.givenNameKana,
      account.birthYear,
      account.tsukubaRelations,
    ],
  );
  for (const grant of account.roles) {
    const organisationId = grant.organisationKey
      ? seedId('organisation', grant.organisationKey)
      : null;
    const facilityId = grant.facilityKey ? seedId('facility', grant.facilityKey) : null;
    await manager.query(
      `INSERT INTO role_assignments (user_id, role, organisation_id, facility_id, is_organisation_admin)
       SELECT $1, $2, $3::uuid, $4::uuid, $5
        WHERE ($3::uuid IS NULL OR EXISTS (SELECT 1 FROM organisations WHERE id = $3::uuid))
          AND ($4::uuid IS NULL OR EXISTS (SELECT 1 FROM facilities WHERE id = $4::uuid))`,
      [userId, grant.role, organisationId, facilityId, grant.admin ?? false],
    );
  }
  for (const member of account.family ?? []) {
    await manager.query(
      `INSERT INTO family_members (user_id, name, name_kana, birth_year, relationship)
       VALUES ($1, $2, $3, $4, 'child')`,
      [userId, member.name, member.nameKana, member.birthYear],
    );
  }
}

/** The table `npm start` prints: who to log in as, and what each can do. */
export function demoAccountsTable(): string {
  const rows = [
    ['email', 'role', 'what to try'],
    ...DEMO_ACCOUNTS.map((account) => [account.email, account.label, account.tryThis]),
  ];
  // Japanese characters take two columns in a terminal.
  const width = (text: string) =>
    [...text].reduce((sum, c) => sum + (c.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
  const columns = rows[0].map((_, index) => Math.max(...rows.map((row) => width(row[index]))));
  const line = (row: string[]) =>
    (
      '  ' + row.map((cell, index) => cell + ' '.repeat(columns[index] - width(cell))).join('  ')
    ).trimEnd();
  return [
    `Demo accounts (password for all: ${DEMO_PASSWORD}):`,
    line(rows[0]),
    line(columns.map((size) => '-'.repeat(size))),
    ...rows.slice(1).map(line),
  ].join('\n');
}
