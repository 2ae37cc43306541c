import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { User } from '../accounts/user.entity';
import { CourseSession } from '../courses/course-session.entity';

/** Someone who came to a session without a booking. */
@Entity({ name: 'session_walk_ins' })
@Index('session_walk_ins_session_index', ['session', 'createdAt'])
@Check('session_walk_ins_name_check', `btrim(name) <> '' AND char_length(name) <= 100`)
@Check('session_walk_ins_party_size_check', 'party_size BETWEEN 1 AND 20')
@Check('session_walk_ins_note_check', 'char_length(note) <= 500')
export class SessionWalkIn {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => CourseSession, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'session_walk_ins_session_id_fkey' })
  session: Relation<CourseSession>;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'party_size', type: 'smallint' })
  partySize: number;

  @Column({ type: 'text', default: '' })
  note: string;

  @ForeignKey(() => User, { onDelete: 'SET NULL', name: 'session_walk_ins_recorded_by_fkey' })
  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
