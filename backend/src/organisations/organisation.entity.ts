import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { inList } from '../database/sql/sql-checks';
import { ORGANISATION_KINDS, type OrganisationKind } from '../reference/reference-data';

/** A city department, university, research institute, NPO, company or citizen group. */
@Entity({ name: 'organisations' })
@Unique('organisations_name_ja_unique', ['nameJa'])
@Check('organisations_kind_check', inList('kind', ORGANISATION_KINDS))
@Check('organisations_name_ja_check', `btrim(name_ja) <> ''`)
@Check('organisations_name_en_check', `btrim(name_en) <> ''`)
export class Organisation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  kind: OrganisationKind;

  @Column({ name: 'name_ja', type: 'text' })
  nameJa: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn: string;

  @Column({ name: 'website_url', type: 'text', nullable: true })
  websiteUrl: string | null;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
