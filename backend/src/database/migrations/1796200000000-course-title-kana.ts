import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A course's title as it is read, in katakana (講座名のよみがな): the national open-data format
 * 「イベント一覧」 requires it (イベント名_カナ), and Japanese lists sort by it because kanji do not
 * sort by reading. Empty until the organiser writes it; the CHECK keeps it to full-width
 * katakana, the long-vowel mark, the middle dot and half-width spaces (the API converts
 * hiragana and half-width kana, and makes every run of spaces one space).
 */
export class CourseTitleKana1796200000000 implements MigrationInterface {
  name = 'CourseTitleKana1796200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE courses
        ADD COLUMN title_kana text NOT NULL DEFAULT ''
          CONSTRAINT courses_title_kana_check
          CHECK (title_kana ~ '^[ァ-ヶー・ヽヾ ]*$' AND length(title_kana) <= 200)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE courses DROP COLUMN title_kana`);
  }
}
