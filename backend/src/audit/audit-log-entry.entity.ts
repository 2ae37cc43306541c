import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../accounts/user.entity';
import type { AuditAction, AuditDetails, AuditTargetType } from './audit-action';

/** One staff or administrator action on people's data or roles. Only inserted and read. */
@Entity({ name: 'audit_log' })
// The indexes are (… occurred_at DESC) in the migrations; TypeORM records no column order.
@Index('audit_log_occurred_index', ['occurredAt'])
@Index('audit_log_subject_index', ['subjectUserId', 'occurredAt'])
@Index('audit_log_actor_index', ['actorUserId', 'occurredAt'])
@Index('audit_log_action_index', ['action', 'occurredAt'])
@Check('audit_log_action_check', `btrim(action) <> ''`)
export class AuditLogEntry {
  // bigint: pg returns it as a string, which is what the API shows.
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' })
  occurredAt: Date;

  @ForeignKey(() => User, { onDelete: 'SET NULL', name: 'audit_log_actor_user_id_fkey' })
  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Column({ type: 'text' })
  action: AuditAction;

  @ForeignKey(() => User, { onDelete: 'SET NULL', name: 'audit_log_subject_user_id_fkey' })
  @Column({ name: 'subject_user_id', type: 'uuid', nullable: true })
  subjectUserId: string | null;

  @Column({ name: 'target_type', type: 'text', nullable: true })
  targetType: AuditTargetType | null;

  @Column({ name: 'target_id', type: 'text', nullable: true })
  targetId: string | null;

  /** Ids, codes and counts only, never personal values. */
  @Column({ type: 'jsonb', default: {} })
  details: AuditDetails;
}
