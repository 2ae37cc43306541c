import { Injectable } from '@nestjs/common';
import { DataSource, In, Not, type Repository } from 'typeorm';
import { Course } from '../courses/course.entity';
import { CourseImage } from './course-image.entity';
import type { ImageContentType } from './image-type';

export type StoredImage = Pick<CourseImage, 'contentType' | 'bytes' | 'sha256' | 'updatedAt'>;

// The key is selected too: TypeORM needs it whenever a condition joins a relation (publicImage).
const STORED = {
  courseId: true,
  contentType: true,
  bytes: true,
  sha256: true,
  updatedAt: true,
} as const;

function stored({ contentType, bytes, sha256, updatedAt }: CourseImage): StoredImage {
  return { contentType, bytes, sha256, updatedAt };
}

/** A course's picture: plain CRUD on one table, so TypeORM's repositories rather than SQL. */
@Injectable()
export class CourseImagesRepository {
  constructor(private readonly dataSource: DataSource) {}

  // Looked up on use, not in the constructor: the OpenAPI build runs without a database.
  private get images(): Repository<CourseImage> {
    return this.dataSource.getRepository(CourseImage);
  }

  private get courses(): Repository<Course> {
    return this.dataSource.getRepository(Course);
  }

  /** Whether the course exists and belongs to one of the given organisations. */
  ownedBy(courseId: string, organisationIds: readonly string[]): Promise<boolean> {
    return this.courses.existsBy({ id: courseId, organisationId: In(organisationIds) });
  }

  /** Stores the picture or replaces it, with its alt texts (updated_at moves on either way). */
  async save(
    courseId: string,
    contentType: ImageContentType,
    bytes: Buffer,
    sha256: string,
    alt: { altJa: string; altEn: string } = { altJa: '', altEn: '' },
  ) {
    await this.images.upsert({ courseId, contentType, bytes, sha256, ...alt }, ['courseId']);
  }

  /** The image of a course the public may see (not a draft). */
  async publicImage(courseId: string): Promise<StoredImage | null> {
    const image = await this.images.findOne({
      select: STORED,
      where: { courseId, course: { status: Not('draft') } },
    });
    return image && stored(image);
  }

  /** The image of a course whatever its status: for its organisers (a draft's too). */
  async image(courseId: string): Promise<StoredImage | null> {
    const image = await this.images.findOne({ select: STORED, where: { courseId } });
    return image && stored(image);
  }

  async delete(courseId: string): Promise<void> {
    await this.images.delete({ courseId });
  }
}
