import request from 'supertest';
import { AccountPrivacyRepository } from '../accounts/privacy/account-privacy.repository';
import { seedDemoData, seedId } from '../demo/seeder';
import { FIXTURE_PLAN } from '../testing/catalogue-fixture';
import { createTestApp, type TestApp } from '../testing/test-app';
import { callAs, createTestPerson, signIn, type TestPerson } from '../testing/test-people';
import type { ProfileContentDto } from './dto/profile-content.dto';
import { VISIBLE_PARTS, type VisiblePart } from './instructor-reference';
import { makeEligible, profileContent } from './instructor-test-helpers';

/** The response fields each optional part of a profile becomes on the profile page. */
const PART_FIELDS: Record<VisiblePart, string[]> = {
  displayNameKana: ['displayNameKana'],
  description: ['descriptionJa', 'descriptionEn'],
  qualifications: ['qualifications'],
  activityRecord: ['activityRecordJa', 'activityRecordEn'],
  learningHistory: ['learningHistory'],
  availability: ['areas', 'anyArea', 'weekdays', 'timeBands'],
  fee: ['feeType', 'feeAmountYen', 'transportNote'],
  equipment: ['equipmentBring', 'equipmentNeed'],
  group: ['groupMemberCount', 'groupRepresentative'],
  photo: ['photoUrl'],
};

/** Every part shown to organisers only, each text carrying a marker that must never leak. */
function hiddenProfile(): ProfileContentDto {
  return profileContent({
    kind: 'group',
    displayName: '筑波山星の会',
    displayNameKana: 'MARK-kana',
    groupMemberCount: 12,
    groupRepresentative: 'MARK-representative',
    descriptionJa: 'MARK-description-ja',
    descriptionEn: 'MARK-description-en',
    qualifications: [{ name: 'MARK-qualification', issuer: 'MARK-issuer', year: 2000 }],
    activityRecordJa: 'MARK-record-ja',
    activityRecordEn: 'MARK-record-en',
    learningHistory: [{ courseId: null, title: 'MARK-learning', year: 2024 }],
    transportNote: 'MARK-transport',
    equipmentBring: 'MARK-bring',
    equipmentNeed: 'MARK-need',
    feeType: 'per_session',
    feeAmountYen: 4321,
    visibility: Object.fromEntries(VISIBLE_PARTS.map((part) => [part, 'organisers'])) as never,
  });
}

/**
 * The public API never carries a non-public part of a profile or a contact detail: checked
 * field by field on every public route that shows instructors (directory, profile page, course
 * page, photo), for a profile whose optional parts are all shown to organisers only — and, as
 * the control, the same fields are there when the parts are public.
 */
describe('instructor bank: public routes carry public fields only', () => {
  let t: TestApp;
  let hidden: TestPerson;
  let open: TestPerson;
  let organiser: TestPerson;
  const ids: Record<string, string> = {};
  const courseId = seedId('course', 'parenting');
  const as = (
    person: TestPerson | null,
    method: 'get' | 'post' | 'put' | 'patch',
    path: string,
    body?: object,
  ) => callAs(t.http, t.database.dataSource, person, method, path, body);

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoData(t.database.dataSource, FIXTURE_PLAN);
    const db = t.database.dataSource;
    const reviewer = await createTestPerson(db, { roles: [{ role: 'instructor_reviewer' }] });
    organiser = await createTestPerson(db, {
      roles: [{ role: 'organiser', organisationId: seedId('organisation', 'kosodate') }],
    });
    hidden = await createTestPerson(db, { email: 'hidden-contact@example.jp' });
    open = await createTestPerson(db, { email: 'open-contact@example.jp' });
    const contents = {
      hidden: hiddenProfile(),
      open: profileContent({
        displayName: '公開 一郎',
        visibility: Object.fromEntries(VISIBLE_PARTS.map((part) => [part, 'public'])) as never,
      }),
    };
    for (const [key, person] of [
      ['hidden', hidden],
      ['open', open],
    ] as const) {
      await makeEligible(db, person.userId);
      await db.query(`UPDATE users SET phone = 'MARK-phone-${key}' WHERE id = $1`, [person.userId]);
      await as(person, 'put', '/api/me/instructor-profile', contents[key]);
      // A 1×1 PNG as the photo.
      await callAs(t.http, db, person, 'put', '/api/me/instructor-profile/photo').then(
        () => undefined,
      );
      const { body } = await as(person, 'post', '/api/me/instructor-profile/submit');
      ids[key] = body.id;
      await as(reviewer, 'post', `/api/review/instructor-profiles/${body.id}/decisions`, {
        action: 'approve',
        comment: '',
        expectedVersion: body.version,
      });
    }
    const linked = await as(organiser, 'patch', `/api/organiser/courses/${courseId}`, {
      instructorProfileIds: [ids['hidden'], ids['open']],
    });
    expect(linked.status).toBe(200);
    expect(linked.body.instructorProfileIds).toEqual([ids['hidden'], ids['open']]);
  });
  afterAll(() => t.close());

  const contactMarkers = [
    'hidden-contact@example.jp',
    'open-contact@example.jp',
    'MARK-phone',
    'テスト 太郎',
    '太郎',
  ];

  it('leaves every organisers-only part off the profile page, and shows public ones', async () => {
    const page = (await as(null, 'get', `/api/instructors/${ids['hidden']}`)).body;
    const openPage = (await as(null, 'get', `/api/instructors/${ids['open']}`)).body;
    for (const part of VISIBLE_PARTS) {
      for (const field of PART_FIELDS[part]) {
        // photoUrl: neither profile has a photo in this test; the other parts' fields must be
        // absent on the hidden profile and present on the open one (the control).
        if (field === 'photoUrl') continue;
        expect({ part, field, present: field in page }).toEqual({ part, field, present: false });
        if (part === 'group') continue; // the open profile is an individual
        expect({ part, field, present: field in openPage }).toEqual({ part, field, present: true });
      }
    }
    expect(JSON.stringify(page)).not.toMatch(/MARK-/);
    for (const marker of contactMarkers) {
      expect(JSON.stringify(page)).not.toContain(marker);
      expect(JSON.stringify(openPage)).not.toContain(marker);
    }
  });

  it('keeps the directory, the course page and the filters to public fields', async () => {
    const directory = (await as(null, 'get', '/api/instructors')).body;
    expect(directory.total).toBe(2);
    const hiddenEntry = directory.items.find((item: { id: string }) => item.id === ids['hidden']);
    expect(Object.keys(hiddenEntry).sort()).toEqual(
      [
        'id',
        'kind',
        'displayName',
        'displayNameEn',
        'fields',
        'titleJa',
        'titleEn',
        'keywords',
        'lifeStages',
        'languages',
        'online',
      ].sort(),
    );
    const openEntry = directory.items.find((item: { id: string }) => item.id === ids['open']);
    expect(openEntry.feeType).toBe('expenses_only');

    const course = (await as(null, 'get', `/api/courses/${courseId}`)).body;
    expect(course.instructors.map((card: { id: string }) => card.id)).toEqual([
      ids['hidden'],
      ids['open'],
    ]);
    for (const card of course.instructors) {
      expect(Object.keys(card).sort()).toEqual([
        'displayName',
        'displayNameEn',
        'fields',
        'id',
        'kind',
      ]);
    }
    for (const body of [directory, course]) {
      const text = JSON.stringify(body);
      expect(text).not.toMatch(/MARK-/);
      for (const marker of contactMarkers) expect(text).not.toContain(marker);
    }
    // Searching for a hidden word finds nothing; the same word in a public part finds the profile.
    expect((await as(null, 'get', '/api/instructors?q=MARK-description')).body.total).toBe(0);
    expect((await as(null, 'get', `/api/instructors?feeType=per_session`)).body.total).toBe(0);
    expect(
      (await as(null, 'get', `/api/instructors?q=${encodeURIComponent('星座')}`)).body.total,
    ).toBe(1);
  });

  it('serves a photo publicly only when it is public', async () => {
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    );
    for (const person of [hidden, open]) {
      const credentials = await signIn(t.database.dataSource, person);
      const uploaded = await request(t.http)
        .put('/api/me/instructor-profile/photo')
        .set('Cookie', credentials.cookie)
        .set(credentials.csrfHeader)
        .attach('image', png, 'me.png');
      expect(uploaded.status).toBe(200);
    }
    expect((await as(null, 'get', `/api/instructors/${ids['hidden']}/photo`)).status).toBe(404);
    expect((await as(null, 'get', `/api/instructors/${ids['open']}/photo`)).status).toBe(200);
    const hiddenPage = (await as(null, 'get', `/api/instructors/${ids['hidden']}`)).body;
    expect(hiddenPage).not.toHaveProperty('photoUrl');
    // Organisers see the photo shown to organisers, through the route that checks who asks.
    const organiserPage = (await as(organiser, 'get', `/api/instructors/${ids['hidden']}`)).body;
    expect(organiserPage.photoUrl).toMatch(/^\/api\/review\/instructor-profiles\/.+\/photo\?v=/);
    expect((await as(organiser, 'get', organiserPage.photoUrl)).status).toBe(200);
    const citizen = await createTestPerson(t.database.dataSource);
    expect((await as(citizen, 'get', organiserPage.photoUrl)).status).toBe(403);
    const openPage = (await as(null, 'get', `/api/instructors/${ids['open']}`)).body;
    expect(openPage.photoUrl).toMatch(/^\/api\/instructors\/.+\/photo\?v=/);
  });

  it('tells the linked instructors by mail and lets them see the course in their pages', async () => {
    const db = t.database.dataSource;
    const mails = await db.query(
      `SELECT user_id AS "userId" FROM notifications WHERE kind = 'instructor_course_linked' AND course_id = $1`,
      [courseId],
    );
    expect(mails.map((row: { userId: string }) => row.userId).sort()).toEqual(
      [hidden.userId, open.userId].sort(),
    );
    const teaching = await db.query(
      `SELECT user_id AS "userId" FROM course_instructors WHERE course_id = $1`,
      [courseId],
    );
    expect(teaching.map((row: { userId: string }) => row.userId).sort()).toEqual(
      [hidden.userId, open.userId].sort(),
    );
    const sessions = await as(hidden, 'get', '/api/instructor/sessions');
    expect(sessions.status).toBe(200);
    expect(JSON.stringify(sessions.body)).toContain(courseId);
    const profilePage = (await as(null, 'get', `/api/instructors/${ids['hidden']}`)).body;
    expect(profilePage.courses.map((c: { id: string }) => c.id)).toEqual([courseId]);
  });

  it('forgets the profile of a deleted account', async () => {
    const db = t.database.dataSource;
    await t.app.get(AccountPrivacyRepository).anonymise(open.userId, db.manager);
    expect((await as(null, 'get', `/api/instructors/${ids['open']}`)).status).toBe(404);
    const rows = await db.query(`SELECT 1 FROM instructor_profiles WHERE user_id = $1`, [
      open.userId,
    ]);
    expect(rows).toEqual([]);
    const course = (await as(null, 'get', `/api/courses/${courseId}`)).body;
    expect(course.instructors.map((card: { id: string }) => card.id)).toEqual([ids['hidden']]);
  });
});
