import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The lottery's commit–reveal record, one per lottery course.
 *
 * - When a lottery course is published a random 32-byte seed is stored and its SHA-256
 *   (seed_commitment) is published at once; the seed itself stays secret until the draw.
 * - The draw writes, in one UPDATE guarded by `drawn_at IS NULL` under the course's row lock,
 *   the pseudonymous list of applications (entries) and the outcome (results): a second run,
 *   concurrent or later, finds the row drawn and does nothing. The CHECKs make a half-written
 *   record impossible.
 * - After the draw the seed is public: anyone can re-run the draw from entries and seats and
 *   compare with results (backend/src/lottery/verify-draw.ts).
 */
export class LotteryDraws1795700000000 implements MigrationInterface {
  name = 'LotteryDraws1795700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE lottery_draws (
        course_id uuid PRIMARY KEY REFERENCES courses (id) ON DELETE CASCADE,
        seed bytea NOT NULL CONSTRAINT lottery_draws_seed_check CHECK (octet_length(seed) = 32),
        seed_commitment text NOT NULL
          CONSTRAINT lottery_draws_seed_commitment_check CHECK (seed_commitment ~ '^[0-9a-f]{64}$'),
        algorithm text NOT NULL,
        committed_at timestamptz NOT NULL DEFAULT now(),
        drawn_at timestamptz,
        seats integer CONSTRAINT lottery_draws_seats_check CHECK (seats >= 0),
        priorities text[],
        entries jsonb,
        results jsonb,
        entry_count integer,
        winner_count integer,
        waitlisted_count integer,
        CONSTRAINT lottery_draws_commitment_matches_seed
          CHECK (seed_commitment = encode(sha256(seed), 'hex')),
        CONSTRAINT lottery_draws_drawn_check CHECK (
          (drawn_at IS NULL) = (results IS NULL)
          AND (drawn_at IS NULL) = (entries IS NULL)
          AND (drawn_at IS NULL) = (seats IS NULL)
          AND (drawn_at IS NULL) = (priorities IS NULL)
          AND (drawn_at IS NULL) = (entry_count IS NULL)
          AND (drawn_at IS NULL) = (winner_count IS NULL)
          AND (drawn_at IS NULL) = (waitlisted_count IS NULL)
          AND (drawn_at IS NULL OR entry_count = winner_count + waitlisted_count))
      )`);
    // The sweeper's question: which commitments are still to be drawn.
    await queryRunner.query(
      `CREATE INDEX lottery_draws_pending_index ON lottery_draws (course_id) WHERE drawn_at IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE lottery_draws`);
  }
}
