import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ImageContentType } from './image-type';

export interface StoredImage {
  contentType: ImageContentType;
  bytes: Buffer;
  sha256: string;
  updatedAt: Date;
}

@Injectable()
export class CourseImagesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Whether the course exists and belongs to one of the given organisations. */
  async ownedBy(courseId: string, organisationIds: readonly string[]): Promise<boolean> {
    const rows = await this.dataSource.query(
      `SELECT 1 FROM courses WHERE id = $1 AND organisation_id = ANY($2::uuid[])`,
      [courseId, organisationIds],
    );
    return rows.length > 0;
  }

  async save(courseId: string, contentType: ImageContentType, bytes: Buffer, sha256: string) {
    await this.dataSource.query(
      `INSERT INTO course_images (course_id, content_type, bytes, sha256)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (course_id) DO UPDATE
         SET content_type = EXCLUDED.content_type, bytes = EXCLUDED.bytes,
             sha256 = EXCLUDED.sha256, updated_at = now()`,
      [courseId, contentType, bytes, sha256],
    );
  }

  /** The image of a course the public may see (not a draft). */
  async publicImage(courseId: string): Promise<StoredImage | null> {
    const [row] = await this.dataSource.query(
      `SELECT i.content_type AS "contentType", i.bytes, i.sha256, i.updated_at AS "updatedAt"
         FROM course_images i JOIN courses c ON c.id = i.course_id
        WHERE i.course_id = $1 AND c.status <> 'draft'`,
      [courseId],
    );
    return row ?? null;
  }

  /** The image of a course whatever its status: for its organisers (a draft's too). */
  async image(courseId: string): Promise<StoredImage | null> {
    const [row] = await this.dataSource.query(
      `SELECT content_type AS "contentType", bytes, sha256, updated_at AS "updatedAt"
         FROM course_images WHERE course_id = $1`,
      [courseId],
    );
    return row ?? null;
  }

  async delete(courseId: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM course_images WHERE course_id = $1`, [courseId]);
  }
}
