import { readFileSync } from 'node:fs';
import request from 'supertest';
import { detectImageType } from '../course-images/image-type';
import { sourceFilePath } from '../database/sql-files';
import { CATEGORIES } from '../reference/reference-data';
import { FIXTURE_PLAN } from '../testing/catalogue-fixture';
import { createTestApp, type TestApp } from '../testing/test-app';
import {
  DEMO_PICTURE_ALT,
  DEMO_PICTURE_VARIANTS,
  demoPicturePath,
  seedDemoPictures,
} from './demo-pictures';
import { seedDemoData, seedId } from './seeder';

/** The size a WebP file declares (lossy VP8, lossless VP8L or extended VP8X). */
function webpSize(bytes: Buffer): { width: number; height: number } {
  const chunk = bytes.toString('ascii', 12, 16);
  if (chunk === 'VP8X') {
    return { width: bytes.readUIntLE(24, 3) + 1, height: bytes.readUIntLE(27, 3) + 1 };
  }
  if (chunk === 'VP8L') {
    const bits = bytes.readUInt32LE(21);
    return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
  }
  return { width: bytes.readUInt16LE(26) & 0x3fff, height: bytes.readUInt16LE(28) & 0x3fff };
}

describe('the demo catalogue’s pictures', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoData(t.database.dataSource, FIXTURE_PLAN);
  }, 120_000);
  afterAll(() => t.close());

  it('has a 1200×675 WebP of every category in each colouring, small enough for a phone', () => {
    for (const category of CATEGORIES) {
      expect(DEMO_PICTURE_ALT[category].ja).toMatch(/イラスト$/);
      expect(DEMO_PICTURE_ALT[category].en).toMatch(/^Illustration: /);
      for (let variant = 1; variant <= DEMO_PICTURE_VARIANTS; variant++) {
        const bytes = readFileSync(sourceFilePath(demoPicturePath(category, variant)));
        expect({ category, variant, type: detectImageType(bytes) }).toEqual({
          category,
          variant,
          type: 'image/webp',
        });
        expect(webpSize(bytes)).toEqual({ width: 1200, height: 675 });
        expect(bytes.length).toBeLessThan(40 * 1024);
      }
    }
  });

  it('gives every course its category’s picture with alt texts, once', async () => {
    const db = t.database.dataSource;
    const [{ courses }] = await db.query(`SELECT count(*)::int AS courses FROM courses`);
    expect(await seedDemoPictures(db)).toBe(courses);
    expect(await seedDemoPictures(db)).toBe(0);

    const id = seedId('course', 'cooking');
    const course = await request(t.http).get(`/api/courses/${id}`);
    expect(course.status).toBe(200);
    expect(course.body.imageUrl).toMatch(new RegExp(`^/api/courses/${id}/image\\?v=[0-9a-f]{12}$`));
    expect(course.body.imageAltJa).toBe('湯気の立つ鍋と小鉢のイラスト');
    expect(course.body.imageAltEn).toBe('Illustration: a steaming pot and a small bowl');
    const listed = await request(t.http).get('/api/courses?pageSize=50');
    expect(listed.status).toBe(200);
    const items = listed.body.items as { imageUrl: string | null; imageAltJa: string }[];
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((item) => item.imageUrl && item.imageAltJa.endsWith('イラスト'))).toBe(true);

    const image = await request(t.http).get(course.body.imageUrl);
    expect(image.status).toBe(200);
    expect(image.headers['content-type']).toBe('image/webp');
  });
});
