import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { DataSource } from 'typeorm';
import { detectImageType } from '../course-images/image-type';
import { sourceFilePath } from '../database/sql-files';
import { CATEGORIES, type Category } from '../reference/reference-data';

/**
 * The demo catalogue's course pictures: one flat illustration per topic category in two
 * colourings, drawn by the project (backend/scripts/make-demo-pictures.mjs writes them as
 * 1200×675 WebP into demo/pictures/), so they are the project's own, under its licence. Each
 * says what it shows in Japanese and English (the alt text of the course page and cards).
 */
export const DEMO_PICTURE_VARIANTS = 2;

export const DEMO_PICTURE_ALT: Record<Category, { ja: string; en: string }> = {
  parenting_family: {
    ja: '手をつなぐ親子とハートのイラスト',
    en: 'Illustration: a parent and a child holding hands, with hearts',
  },
  health_sports: {
    ja: 'マットの上で体を伸ばす人と太陽のイラスト',
    en: 'Illustration: a person stretching on a mat in the sun',
  },
  arts_culture: {
    ja: '絵の具のパレットと筆のイラスト',
    en: 'Illustration: a paint palette and a brush',
  },
  history_heritage: {
    ja: '筑波山と鳥居のイラスト',
    en: 'Illustration: a torii gate before Mount Tsukuba',
  },
  science_technology: {
    ja: '輪のある惑星と星のイラスト',
    en: 'Illustration: a ringed planet among stars',
  },
  digital: {
    ja: 'スマートフォンと吹き出しのイラスト',
    en: 'Illustration: a smartphone with chat bubbles',
  },
  languages_international: {
    ja: '地球儀と「A」「あ」の吹き出しのイラスト',
    en: 'Illustration: a globe with speech bubbles reading "A" and "あ"',
  },
  career_skills: {
    ja: '右肩上がりのグラフを映したノートパソコンのイラスト',
    en: 'Illustration: a laptop showing a rising chart',
  },
  nature_environment: {
    ja: '筑波山と木々のイラスト',
    en: 'Illustration: Mount Tsukuba and trees',
  },
  cooking_food: {
    ja: '湯気の立つ鍋と小鉢のイラスト',
    en: 'Illustration: a steaming pot and a small bowl',
  },
  community_volunteering: {
    ja: '手を振る3人とハートのイラスト',
    en: 'Illustration: three people waving, with a heart',
  },
  welfare_life: {
    ja: '家とハートと木のイラスト',
    en: 'Illustration: a house, a heart and trees',
  },
};

/** The picture file of a category in a colouring (1-based), relative to backend/src. */
export const demoPicturePath = (category: Category, variant: number) =>
  `demo/pictures/${category}-${variant}.webp`;

/** Which colouring a course gets: fixed by its id, so the catalogue alternates them. */
export function demoPictureVariant(courseId: string): number {
  return (parseInt(courseId.slice(0, 8), 16) % DEMO_PICTURE_VARIANTS) + 1;
}

/**
 * Gives every demo course without a picture its category's illustration. Runs once: when any
 * course already has a picture (a demo seeded before, or an organiser's upload), it does
 * nothing. Returns how many pictures it attached.
 */
export async function seedDemoPictures(dataSource: DataSource): Promise<number> {
  return dataSource.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['tsumugu demo pictures']);
    const [{ any }] = await manager.query(`SELECT EXISTS (SELECT 1 FROM course_images) AS any`);
    if (any) return 0;
    const courses: { id: string; category: Category }[] = await manager.query(
      `SELECT id, category FROM courses ORDER BY id`,
    );
    const files = new Map<string, { bytes: Buffer; sha256: string }>();
    const file = (path: string) => {
      let loaded = files.get(path);
      if (!loaded) {
        const bytes = readFileSync(sourceFilePath(path));
        if (detectImageType(bytes) !== 'image/webp') throw new Error(`${path} is not a WebP file`);
        loaded = { bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
        files.set(path, loaded);
      }
      return loaded;
    };
    let attached = 0;
    for (const course of courses) {
      if (!CATEGORIES.includes(course.category)) continue;
      const picture = file(demoPicturePath(course.category, demoPictureVariant(course.id)));
      const alt = DEMO_PICTURE_ALT[course.category];
      await manager.query(
        `INSERT INTO course_images (course_id, content_type, bytes, sha256, alt_ja, alt_en)
         VALUES ($1, 'image/webp', $2, $3, $4, $5)`,
        [course.id, picture.bytes, picture.sha256, alt.ja, alt.en],
      );
      attached++;
    }
    return attached;
  });
}
