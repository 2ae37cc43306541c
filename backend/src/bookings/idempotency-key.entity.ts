import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { User } from '../accounts/user.entity';

/** The Idempotency-Key of a booking request and the booking it made: a retry gets the same one. */
@Entity({ name: 'idempotency_keys' })
@Index('idempotency_keys_created_index', ['createdAt'])
@Check('idempotency_keys_key_check', 'length(key) BETWEEN 1 AND 200')
export class IdempotencyKey {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'idempotency_keys_user_id_fkey' })
  user: Relation<User>;

  @PrimaryColumn({ type: 'text' })
  key: string;

  /** SHA-256 of what was asked (method, path, body): a key reused for another request is refused. */
  @Column({ type: 'text' })
  fingerprint: string;

  // A plain column, as in the migration: no foreign key to bookings.
  @Column({ name: 'booking_id', type: 'uuid' })
  bookingId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
