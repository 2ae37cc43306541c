import request from 'supertest';
import { seedDemoData, seedId } from '../demo/seeder';
import { FIXTURE_PLAN } from '../testing/catalogue-fixture';
import { createTestApp, type TestApp } from '../testing/test-app';
import { createTestPerson, signIn, type TestPerson } from '../testing/test-people';

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(64, 7),
]);

describe('course images (real PostgreSQL, over HTTP)', () => {
  let t: TestApp;
  let organiser: TestPerson;
  let publishedCourseId: string;

  const upload = async (person: TestPerson, courseId: string, bytes: Buffer, name: string) => {
    const credentials = await signIn(t.database.dataSource, person);
    return request(t.http)
      .post(`/api/organiser/courses/${courseId}/image`)
      .set('Cookie', credentials.cookie)
      .set(credentials.csrfHeader)
      .attach('image', bytes, { filename: name, contentType: 'image/png' });
  };

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoData(t.database.dataSource, FIXTURE_PLAN);
    const organisationId = seedId('organisation', 'kosodate');
    organiser = await createTestPerson(t.database.dataSource, {
      roles: [{ role: 'organiser', organisationId }],
    });
    const [row] = await t.database.dataSource.query(
      `SELECT id FROM courses WHERE organisation_id = $1 AND status = 'published' LIMIT 1`,
      [organisationId],
    );
    publishedCourseId = row.id;
  });
  afterAll(() => t.close());

  it('stores a PNG and serves it publicly with caching and nosniff', async () => {
    const uploaded = await upload(organiser, publishedCourseId, PNG, 'photo.png');
    expect(uploaded.status).toBe(200);
    expect(uploaded.body.imageUrl).toMatch(
      new RegExp(`^/api/courses/${publishedCourseId}/image\\?v=[0-9a-f]{12}$`),
    );

    const served = await request(t.http).get(uploaded.body.imageUrl);
    expect(served.status).toBe(200);
    expect(served.headers['content-type']).toBe('image/png');
    expect(served.headers['x-content-type-options']).toBe('nosniff');
    expect(served.headers['cache-control']).toContain('max-age=');
    expect(Buffer.compare(served.body as Buffer, PNG)).toBe(0);

    const again = await request(t.http)
      .get(uploaded.body.imageUrl)
      .set('If-None-Match', served.headers['etag']);
    expect(again.status).toBe(304);

    const detail = await request(t.http).get(`/api/courses/${publishedCourseId}`);
    expect(detail.body.imageUrl).toBe(uploaded.body.imageUrl);
  });

  it('keeps what the picture shows in both languages, and refuses an over-long text by field', async () => {
    const credentials = await signIn(t.database.dataSource, organiser);
    const post = (fields: Record<string, string>) => {
      const call = request(t.http)
        .post(`/api/organiser/courses/${publishedCourseId}/image`)
        .set('Cookie', credentials.cookie)
        .set(credentials.csrfHeader);
      for (const [name, value] of Object.entries(fields)) void call.field(name, value);
      return call.attach('image', PNG, { filename: 'photo.png', contentType: 'image/png' });
    };
    const uploaded = await post({
      altJa: ' 和室で書道を習う人たち ',
      altEn: 'People at calligraphy',
    });
    expect(uploaded.status).toBe(200);
    const detail = await request(t.http).get(`/api/courses/${publishedCourseId}`);
    expect([detail.body.imageAltJa, detail.body.imageAltEn]).toEqual([
      '和室で書道を習う人たち',
      'People at calligraphy',
    ]);

    const tooLong = await post({ altJa: 'あ'.repeat(201) });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.fields).toEqual([
      {
        field: 'altJa',
        ja: '画像の説明は200文字以内で入力してください。',
        en: 'Keep the picture description under 200 characters.',
      },
    ]);
    const unknown = await post({ caption: 'x' });
    expect(unknown.status).toBe(400);

    // A new picture without words is decorative: the texts are emptied with it.
    expect((await post({})).status).toBe(200);
    const decorative = await request(t.http).get(`/api/courses/${publishedCourseId}`);
    expect([decorative.body.imageAltJa, decorative.body.imageAltEn]).toEqual(['', '']);
  });

  it('refuses what is not an image by its bytes, whatever its declared type', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>');
    const refused = await upload(organiser, publishedCourseId, svg, 'photo.png');
    expect(refused.status).toBe(400);
    expect(refused.body.fields[0].field).toBe('image');
  });

  it('refuses more than 2 MB with 413', async () => {
    const big = Buffer.concat([PNG, Buffer.alloc(2 * 1024 * 1024)]);
    const refused = await upload(organiser, publishedCourseId, big, 'big.png');
    expect([refused.status, refused.body.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
  });

  it("answers 404 for another organisation's course", async () => {
    const other = await createTestPerson(t.database.dataSource, {
      roles: [{ role: 'organiser', organisationId: seedId('organisation', 'university') }],
    });
    const refused = await upload(other, publishedCourseId, PNG, 'photo.png');
    expect([refused.status, refused.body.code]).toEqual([404, 'COURSE_NOT_FOUND']);
  });

  it("shows a draft's picture to its organisers only, in the preview too, and removes it", async () => {
    const [draft] = await t.database.dataSource.query(
      `INSERT INTO courses (organisation_id, title_ja, title_en, summary_ja, summary_en,
                            description_ja, description_en, life_stages, category, pillar,
                            audience, fee_yen, capacity, booking_rule, status,
                            application_opens_at, application_closes_at)
       SELECT organisation_id, '写真付きの下書き', 'Draft with a picture', summary_ja, summary_en,
              description_ja, description_en, life_stages, category, pillar, audience, fee_yen,
              capacity, booking_rule, 'draft', application_opens_at, application_closes_at
         FROM courses WHERE id = $1
       RETURNING id`,
      [publishedCourseId],
    );
    // The preview needs a session, as the public page does.
    await t.database.dataSource.query(
      `INSERT INTO course_sessions (course_id, room_id, starts_at, ends_at) VALUES ($1, $2, $3, $4)`,
      [
        draft.id,
        seedId('room', 'azuma/kitchen'),
        '2027-08-03T13:00:00+09:00',
        '2027-08-03T14:00:00+09:00',
      ],
    );
    expect((await upload(organiser, draft.id, PNG, 'draft.png')).status).toBe(200);
    // The public never sees a draft's picture.
    expect((await request(t.http).get(`/api/courses/${draft.id}/image`)).status).toBe(404);

    const credentials = await signIn(t.database.dataSource, organiser);
    const get = (path: string) =>
      request(t.http).get(path).set('Cookie', credentials.cookie).set(credentials.csrfHeader);
    const detail = await get(`/api/organiser/courses/${draft.id}`);
    expect(detail.body.imageUrl).toMatch(
      new RegExp(`^/api/organiser/courses/${draft.id}/image\\?v=[0-9a-f]{12}$`),
    );
    const preview = await get(`/api/organiser/courses/${draft.id}/preview`);
    expect(preview.body.imageUrl).toBe(detail.body.imageUrl);
    const served = await get(detail.body.imageUrl);
    expect(served.status).toBe(200);
    expect(served.headers['cache-control']).toBe('private, no-cache');
    expect(served.headers['x-content-type-options']).toBe('nosniff');
    expect(Buffer.compare(served.body as Buffer, PNG)).toBe(0);

    const other = await createTestPerson(t.database.dataSource, {
      roles: [{ role: 'organiser', organisationId: seedId('organisation', 'university') }],
    });
    const otherCredentials = await signIn(t.database.dataSource, other);
    for (const method of ['get', 'delete'] as const) {
      const agent = request(t.http);
      const path = `/api/organiser/courses/${draft.id}/image`;
      const refused = await (method === 'get' ? agent.get(path) : agent.delete(path))
        .set('Cookie', otherCredentials.cookie)
        .set(otherCredentials.csrfHeader);
      expect([method, refused.status, refused.body.code]).toEqual([
        method,
        404,
        'COURSE_NOT_FOUND',
      ]);
    }

    const removed = await request(t.http)
      .delete(`/api/organiser/courses/${draft.id}/image`)
      .set('Cookie', credentials.cookie)
      .set(credentials.csrfHeader);
    expect(removed.status).toBe(204);
    expect((await get(`/api/organiser/courses/${draft.id}`)).body.imageUrl).toBeNull();
    expect((await get(`/api/organiser/courses/${draft.id}/image`)).status).toBe(404);
  });
});
