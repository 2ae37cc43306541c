import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { inList } from '../../database/sql/sql-checks';
import { User } from '../user.entity';
import { RELATIONSHIPS, type Relationship } from './family-member.dto';

/** Someone a person may bring to a course (a child, a partner, a parent). */
@Entity({ name: 'family_members' })
@Check('family_members_name_check', `btrim(name) <> ''`)
@Check('family_members_birth_year_check', 'birth_year BETWEEN 1900 AND 2100')
@Check('family_members_relationship_check', inList('relationship', RELATIONSHIPS))
export class FamilyMember {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('family_members_user_index')
  @ManyToOne(() => User, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'family_members_user_id_fkey' })
  user: Relation<User>;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'name_kana', type: 'text', default: '' })
  nameKana: string;

  @Column({ name: 'birth_year', type: 'smallint' })
  birthYear: number;

  @Column({ type: 'text', default: 'child' })
  relationship: Relationship;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
