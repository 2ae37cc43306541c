import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A course picture says what it shows, in Japanese and English (issue 15: the demo's pictures;
 * organisers' photos too): `alt_ja` / `alt_en`, empty when the picture only decorates (the
 * page then gives it alt=""), at most 200 characters each.
 */
export class CourseImageAltText1796310000000 implements MigrationInterface {
  name = 'CourseImageAltText1796310000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE course_images
        ADD COLUMN alt_ja text NOT NULL DEFAULT '',
        ADD COLUMN alt_en text NOT NULL DEFAULT '',
        ADD CONSTRAINT course_images_alt_check
          CHECK (char_length(alt_ja) <= 200 AND char_length(alt_en) <= 200)
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE course_images
        DROP CONSTRAINT course_images_alt_check,
        DROP COLUMN alt_en,
        DROP COLUMN alt_ja
    `);
  }
}
