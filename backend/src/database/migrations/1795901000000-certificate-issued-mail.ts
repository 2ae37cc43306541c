import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The mail telling a certificate's holder (or the guardian, for a family member) that it was
 * issued: 'certificate_issued', a notification kind added to notifications_kind_check as it
 * stands, whatever other kinds it lists.
 */
export class CertificateIssuedMail1795901000000 implements MigrationInterface {
  name = 'CertificateIssuedMail1795901000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await setKinds(queryRunner, 'add');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM notifications WHERE kind = 'certificate_issued'`);
    await setKinds(queryRunner, 'remove');
  }
}

/** notifications_kind_check rebuilt from the kinds it lists now, plus (or minus) ours. */
async function setKinds(queryRunner: QueryRunner, change: 'add' | 'remove'): Promise<void> {
  const ours = ['certificate_issued'];
  const [{ definition }] = await queryRunner.query(
    `SELECT pg_get_constraintdef(oid) AS definition FROM pg_constraint
      WHERE conrelid = 'notifications'::regclass AND conname = 'notifications_kind_check'`,
  );
  const current = [...String(definition).matchAll(/'([a-z0-9_]+)'/g)].map((m) => m[1]!);
  const kinds =
    change === 'add'
      ? [...current, ...ours.filter((kind) => !current.includes(kind))]
      : current.filter((kind) => !ours.includes(kind));
  await queryRunner.query(`
    ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check,
      ADD CONSTRAINT notifications_kind_check CHECK (kind IN (${kinds.map((k) => `'${k}'`).join(', ')}))`);
}
