import request from 'supertest';
import { extractText, getDocumentProxy } from 'unpdf';
import type { DataSource } from 'typeorm';
import { seedDemoData } from '../demo/seeder';
import { addChildren } from '../testing/booking-fixture';
import { FIXTURE_PLAN } from '../testing/catalogue-fixture';
import { SettableClock } from '../testing/settable-clock';
import { createTestApp, type TestApp } from '../testing/test-app';
import { callAs, createTestPerson, signIn, type TestPerson } from '../testing/test-people';
import { createAttendedCourse, recordAttendance } from './completion-fixture';
import { CompletionService } from './completion.service';
import {
  ANONYMISED_HOLDER_NAME,
  AccountPrivacyRepository,
} from '../accounts/privacy/account-privacy.repository';

const HOUR = 3_600_000;

async function pdfText(body: Buffer): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(body)), {
    mergePages: true,
  });
  return text.replace(/\s+/g, '');
}

/** supertest: keep a binary body as a Buffer. */
function binary(res: request.Response, callback: (error: Error | null, body: Buffer) => void) {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
}

describe('certificates: the holder’s PDF and badge, what they share, and public verification', () => {
  let t: TestApp;
  let db: DataSource;
  const clock = new SettableClock();
  let hanako: TestPerson;
  let stranger: TestPerson;
  let course: Awaited<ReturnType<typeof createAttendedCourse>>;
  let childId: string;
  let courseTitle: string;

  beforeAll(async () => {
    process.env['JOB_WORKERS'] = 'false';
    t = await createTestApp({ clock });
    db = t.database.dataSource;
    await seedDemoData(db, FIXTURE_PLAN);
    hanako = await createTestPerson(db);
    stranger = await createTestPerson(db);
    await db.query(`UPDATE users SET family_name = '筑波', given_name = '花子' WHERE id = $1`, [
      hanako.userId,
    ]);
    [childId] = await addChildren(db, hanako.userId, [2016]);
    course = await createAttendedCourse(db, {
      sessions: 3,
      participants: [
        {
          userId: hanako.userId,
          companions: ['筑波 さくら'],
          attendance: ['present', 'present', 'late'],
        },
      ],
    });
    await db.query(`UPDATE booking_participants SET family_member_id = $2 WHERE booking_id = $1`, [
      course.bookingIds[0],
      childId,
    ]);
    [{ title_ja: courseTitle }] = await db.query(`SELECT title_ja FROM courses WHERE id = $1`, [
      course.courseId,
    ]);
    clock.set(new Date(course.lastEndsAt.getTime() + HOUR));
    expect(await t.app.get(CompletionService).finish(course.courseId)).toBe('finished');
  });

  afterAll(async () => {
    delete process.env['JOB_WORKERS'];
    await t.close();
  });

  const as = (
    person: TestPerson | null,
    method: 'get' | 'put' | 'post',
    path: string,
    body?: object,
  ) => callAs(t.http, db, person, method, path, body);

  it('lists the account’s certificates, its own and its child’s', async () => {
    const mine = await as(hanako, 'get', '/api/me/certificates');
    expect(mine.status).toBe(200);
    expect(mine.body).toHaveLength(2);
    const holders = mine.body.map((c: { holder: object }) => c.holder);
    expect(holders).toEqual(
      expect.arrayContaining([
        { kind: 'self', familyMemberId: null, name: '筑波 花子' },
        { kind: 'family', familyMemberId: childId, name: '筑波 さくら' },
      ]),
    );
    expect(mine.body[0]).toMatchObject({
      status: 'valid',
      sessionsHeld: 3,
      sessionsAttended: 3,
      minutesAttended: 360,
      share: { name: 'full', showHours: true },
      familyNameKnown: true,
    });
    expect(mine.body[0].number).toMatch(/^TSU-\d{4}-/);
    expect((await as(stranger, 'get', '/api/me/certificates')).body).toEqual([]);
    expect((await as(null, 'get', '/api/me/certificates')).status).toBe(401);
  });

  it('gives the holder the PDF (name and title inside), and nobody else', async () => {
    const [own] = (await as(hanako, 'get', '/api/me/certificates')).body.filter(
      (c: { holder: { kind: string } }) => c.holder.kind === 'self',
    );
    const credentials = await signIn(db, hanako);
    const download = (path: string) =>
      request(t.http).get(path).set('Cookie', credentials.cookie).buffer(true).parse(binary);
    const started = performance.now();
    const pdf = await download(own.pdfUrl);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe(`attachment; filename="${own.number}.pdf"`);
    const text = await pdfText(pdf.body as Buffer);
    expect(text).toContain('筑波花子様');
    expect(text).toContain(courseTitle.replace(/\s+/g, ''));
    expect(text).toContain(own.number);
    expect(performance.now() - started).toBeLessThan(15_000);
    const english = await download(`${own.pdfUrl}?lang=en`);
    expect(await pdfText(english.body as Buffer)).toContain('CertificateofCompletion');

    expect((await as(stranger, 'get', own.pdfUrl)).status).toBe(404);
    expect((await as(hanako, 'get', `${own.pdfUrl}?lang=fr`)).status).toBe(400);
    expect((await as(hanako, 'get', '/api/me/certificates/TSU-2026-XXXX-XXXX/pdf')).status).toBe(
      404,
    );
  });

  it('verifies by number and by credential file; a changed or foreign file is refused', async () => {
    const [own] = (await as(hanako, 'get', '/api/me/certificates')).body.filter(
      (c: { holder: { kind: string } }) => c.holder.kind === 'self',
    );
    const byNumber = await as(
      null,
      'get',
      `/api/certificates/verify?n=${own.number.toLowerCase()}`,
    );
    expect(byNumber.status).toBe(200);
    expect(byNumber.body).toEqual({
      result: 'valid',
      certificate: expect.objectContaining({
        number: own.number,
        name: '筑波 花子',
        courseTitleJa: courseTitle,
        hours: 6,
        revokedAt: null,
      }),
    });
    expect(JSON.stringify(byNumber.body)).not.toContain('さくら');
    expect((await as(null, 'get', '/api/certificates/verify?n=TSU-2026-2222-2222')).body).toEqual({
      result: 'not_found',
    });
    const malformed = await as(null, 'get', '/api/certificates/verify?n=hello');
    expect([malformed.status, malformed.body.fields?.[0]?.field]).toEqual([400, 'n']);

    const download = await as(hanako, 'get', own.credentialUrl);
    expect(download.status).toBe(200);
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="${own.number}.json"`,
    );
    const credential = download.body;
    expect(credential.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect((await as(null, 'post', '/api/certificates/verify', credential)).body).toMatchObject({
      result: 'valid',
      certificate: { number: own.number, name: '筑波 花子' },
    });

    const changed = structuredClone(credential);
    changed.credentialSubject.achievement.name = `${changed.credentialSubject.achievement.name}（上級）`;
    expect((await as(null, 'post', '/api/certificates/verify', changed)).body).toEqual({
      result: 'invalid',
    });
    const foreign = {
      ...structuredClone(credential),
      issuer: { id: 'https://elsewhere.example/issuer' },
    };
    expect((await as(null, 'post', '/api/certificates/verify', foreign)).body).toEqual({
      result: 'not_ours',
    });
    const notACredential = await as(null, 'post', '/api/certificates/verify', { hello: 'world' });
    expect([notACredential.status, notACredential.body.fields?.[0]?.field]).toEqual([
      400,
      'credential',
    ]);
  });

  it('applies the holder’s share settings to the verification and the badge', async () => {
    const [own] = (await as(hanako, 'get', '/api/me/certificates')).body.filter(
      (c: { holder: { kind: string } }) => c.holder.kind === 'self',
    );
    const bad = await as(hanako, 'put', `/api/me/certificates/${own.number}/share`, {
      name: 'nickname',
      showHours: 'yes',
    });
    expect(bad.body.fields.map((f: { field: string }) => f.field).sort()).toEqual([
      'name',
      'showHours',
    ]);
    expect(
      (
        await as(stranger, 'put', `/api/me/certificates/${own.number}/share`, {
          name: 'family_name',
          showHours: false,
        })
      ).status,
    ).toBe(404);
    const saved = await as(hanako, 'put', `/api/me/certificates/${own.number}/share`, {
      name: 'family_name',
      showHours: false,
    });
    expect(saved.body.share).toEqual({ name: 'family_name', showHours: false });
    expect(
      (await as(null, 'get', `/api/certificates/verify?n=${own.number}`)).body.certificate,
    ).toMatchObject({
      name: '筑波',
      hours: null,
    });
    const badge = (await as(hanako, 'get', own.credentialUrl)).body;
    expect(badge.credentialSubject.identifier[0].identityHash).toBe('筑波');
    expect(JSON.stringify(badge)).not.toContain('花子');
    expect(JSON.stringify(badge)).not.toContain('時間');
  });

  it('shows a revocation to the verifier, by number and by the file downloaded before', async () => {
    const [child] = (await as(hanako, 'get', '/api/me/certificates')).body.filter(
      (c: { holder: { kind: string } }) => c.holder.kind === 'family',
    );
    const credential = (await as(hanako, 'get', child.credentialUrl)).body;
    // The roster is corrected: the booking missed two sessions.
    clock.set(new Date(course.lastEndsAt.getTime() + 2 * HOUR));
    await recordAttendance(db, course.sessionIds[0]!, course.bookingIds[0]!, 'absent');
    await recordAttendance(db, course.sessionIds[1]!, course.bookingIds[0]!, 'absent');
    expect(await t.app.get(CompletionService).revise(course.courseId)).toBe(2);

    const byNumber = (await as(null, 'get', `/api/certificates/verify?n=${child.number}`)).body;
    expect(byNumber).toMatchObject({
      result: 'revoked',
      certificate: { revokedReason: 'attendance_corrected', revokedAt: clock.now().toISOString() },
    });
    expect((await as(null, 'post', '/api/certificates/verify', credential)).body.result).toBe(
      'revoked',
    );
    expect((await as(hanako, 'get', child.pdfUrl)).status).toBe(409);
    const listed = (await as(hanako, 'get', '/api/me/certificates')).body;
    expect(listed.map((c: { status: string }) => c.status)).toEqual(['revoked', 'revoked']);
  });

  it('forgets the names when the account is erased; the certificates stay', async () => {
    const numbers: string[] = (await as(hanako, 'get', '/api/me/certificates')).body.map(
      (c: { number: string }) => c.number,
    );
    await db.transaction((manager) =>
      t.app.get(AccountPrivacyRepository).anonymise(hanako.userId, manager),
    );
    for (const number of numbers) {
      const answer = (await as(null, 'get', `/api/certificates/verify?n=${number}`)).body;
      expect(answer.certificate).toMatchObject({ number, name: ANONYMISED_HOLDER_NAME });
    }
    const [{ names }] = await db.query(
      `SELECT array_agg(DISTINCT holder_name) AS names FROM course_completions WHERE user_id = $1`,
      [hanako.userId],
    );
    expect(names).toEqual([ANONYMISED_HOLDER_NAME]);
  });

  it('publishes the issuer profile and keys', async () => {
    const profile = await as(null, 'get', '/api/issuer');
    expect(profile.body).toMatchObject({
      type: ['Profile'],
      id: expect.stringMatching(/\/api\/issuer$/),
    });
    const keys = (await as(null, 'get', '/api/issuer/keys')).body;
    expect(keys).toHaveLength(1);
    expect(profile.body.assertionMethod).toEqual([keys[0].id]);
    const name = keys[0].id.split('/').at(-1);
    expect((await as(null, 'get', `/api/issuer/keys/${name}`)).body).toEqual(keys[0]);
    expect((await as(null, 'get', '/api/issuer/keys/unknown')).status).toBe(404);
    expect(JSON.stringify(keys)).not.toMatch(/secret/i);
  });
});
