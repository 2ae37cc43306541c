import type { MigrationInterface, QueryRunner } from 'typeorm';
import { readSqlFile } from '../sql-files';

/**
 * The booking ledger's PL/pgSQL functions now live in readable, versioned `.sql` files beside the
 * ledger (`backend/src/bookings/ledger/sql/`), and this migration applies those exact versions.
 * The rules are those of the functions they replace (tsumugu_take_seats of
 * 1795731000000-take-seats-by-clock, tsumugu_promote_waiting of 1795680000000-bookings); only
 * their text moved. The files are checksummed like migrations (migration-history.spec.ts): a
 * later change is a new `.v2.sql` file and a new migration, never an edit.
 */
export const BOOKING_LEDGER_SQL_FILES = [
  'bookings/ledger/sql/take-seats.v1.sql',
  'bookings/ledger/sql/promote-waiting.v1.sql',
] as const;

export class BookingLedger1795750000000 implements MigrationInterface {
  name = 'BookingLedger1795750000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const file of BOOKING_LEDGER_SQL_FILES) await queryRunner.query(readSqlFile(file));
  }

  async down(): Promise<void> {
    // Nothing to undo: the functions before this migration had the same rules in other text,
    // and the earlier migrations' own downs drop them.
  }
}
