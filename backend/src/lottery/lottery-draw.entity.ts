import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { Course } from '../courses/course.entity';
import type { LotteryEntry, LotteryPriority, LotteryResult } from './lottery-draw';

/**
 * The lottery's commit–reveal record, one per lottery course: the seed's SHA-256 is published
 * when the course is, the seed and the outcome when it is drawn (one UPDATE guarded by
 * drawn_at IS NULL under the course's row lock — see the lottery repository).
 */
@Entity({ name: 'lottery_draws' })
@Index('lottery_draws_pending_index', ['course'], { where: 'drawn_at IS NULL' })
@Check('lottery_draws_seed_check', 'octet_length(seed) = 32')
@Check('lottery_draws_seed_commitment_check', `seed_commitment ~ '^[0-9a-f]{64}$'`)
@Check('lottery_draws_seats_check', 'seats >= 0')
@Check('lottery_draws_commitment_matches_seed', `seed_commitment = encode(sha256(seed), 'hex')`)
@Check(
  'lottery_draws_drawn_check',
  `(drawn_at IS NULL) = (results IS NULL)
   AND (drawn_at IS NULL) = (entries IS NULL)
   AND (drawn_at IS NULL) = (seats IS NULL)
   AND (drawn_at IS NULL) = (priorities IS NULL)
   AND (drawn_at IS NULL) = (entry_count IS NULL)
   AND (drawn_at IS NULL) = (winner_count IS NULL)
   AND (drawn_at IS NULL) = (waitlisted_count IS NULL)
   AND (drawn_at IS NULL OR entry_count = winner_count + waitlisted_count)`,
)
export class LotteryDraw {
  @PrimaryColumn({ name: 'course_id', type: 'uuid' })
  courseId: string;

  // Many-to-one rather than one-to-one: the primary key already makes it one per course.
  @ManyToOne(() => Course, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'lottery_draws_course_id_fkey' })
  course: Relation<Course>;

  @Column({ type: 'bytea', select: false })
  seed: Buffer;

  @Column({ name: 'seed_commitment', type: 'text' })
  seedCommitment: string;

  @Column({ type: 'text' })
  algorithm: string;

  @Column({ name: 'committed_at', type: 'timestamptz', default: () => 'now()' })
  committedAt: Date;

  @Column({ name: 'drawn_at', type: 'timestamptz', nullable: true })
  drawnAt: Date | null;

  @Column({ type: 'integer', nullable: true })
  seats: number | null;

  @Column({ type: 'text', array: true, nullable: true })
  priorities: LotteryPriority[] | null;

  @Column({ type: 'jsonb', nullable: true })
  entries: LotteryEntry[] | null;

  @Column({ type: 'jsonb', nullable: true })
  results: LotteryResult[] | null;

  @Column({ name: 'entry_count', type: 'integer', nullable: true })
  entryCount: number | null;

  @Column({ name: 'winner_count', type: 'integer', nullable: true })
  winnerCount: number | null;

  @Column({ name: 'waitlisted_count', type: 'integer', nullable: true })
  waitlistedCount: number | null;
}
