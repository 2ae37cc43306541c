import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { seedDemoData, seedId } from '../demo/seeder';
import { FIXTURE_PLAN } from '../testing/catalogue-fixture';
import { MailCatcher } from '../testing/mail-catcher';
import { appRoutes, type AppRoute } from '../testing/route-inventory';
import { createTestApp, type TestApp } from '../testing/test-app';
import {
  anonymous,
  createTestPerson,
  signIn,
  type TestCredentials,
  type TestPerson,
} from '../testing/test-people';
import type { AccessPolicy } from './access-policy.decorator';
import type { Role } from './principal';

/** Routes served outside Nest's controllers (no guard applies): the API documentation only. */
const DOCUMENTATION = /^\/api\/docs(-json|-yaml)?(\/|$)/;

type Caller =
  | 'anonymous'
  | 'unverified'
  | 'citizen'
  | 'instructor'
  | 'organiser of A'
  | 'staff of X'
  | 'city admin'
  | 'instructor reviewer'
  | 'plan evaluator';

/** The roles each caller holds (as the session middleware resolves them). */
const ROLES_OF: Record<Caller, Role[] | null> = {
  anonymous: null,
  unverified: [],
  citizen: ['citizen'],
  instructor: ['citizen', 'instructor'],
  'organiser of A': ['citizen', 'organiser'],
  'staff of X': ['citizen', 'facility_staff'],
  'city admin': ['citizen', 'city_admin'],
  'instructor reviewer': ['citizen', 'instructor_reviewer'],
  'plan evaluator': ['citizen', 'plan_evaluator'],
};
const CALLERS = Object.keys(ROLES_OF) as Caller[];

/** What the contract promises: 401 / 403 with its code, or "anything but a refusal". */
function expected(policy: AccessPolicy, caller: Caller): 401 | 403 | 'allowed' {
  const roles = ROLES_OF[caller];
  if (policy.kind === 'public') return 'allowed';
  if (roles === null) return 401;
  if (policy.kind === 'signed_in') return 'allowed';
  return policy.roles.some((role) => roles.includes(role)) ? 'allowed' : 403;
}

describe('access matrix: every route × every kind of caller', () => {
  const mail = new MailCatcher();
  let t: TestApp;
  let routes: AppRoute[];
  const people = {} as Record<Exclude<Caller, 'anonymous'>, TestPerson>;
  const organisationA = seedId('organisation', 'kosodate');
  const facilityX = seedId('facility', 'azuma');

  beforeAll(async () => {
    process.env['SMTP_URL'] = await mail.start();
    t = await createTestApp();
    await seedDemoData(t.database.dataSource, FIXTURE_PLAN);
    const db = t.database.dataSource;
    people.unverified = await createTestPerson(db, { verified: false });
    people.citizen = await createTestPerson(db);
    people.instructor = await createTestPerson(db, { roles: [{ role: 'instructor' }] });
    people['organiser of A'] = await createTestPerson(db, {
      roles: [{ role: 'organiser', organisationId: organisationA }],
    });
    people['staff of X'] = await createTestPerson(db, {
      roles: [{ role: 'facility_staff', facilityId: facilityX }],
    });
    people['city admin'] = await createTestPerson(db, { roles: [{ role: 'city_admin' }] });
    people['instructor reviewer'] = await createTestPerson(db, {
      roles: [{ role: 'instructor_reviewer' }],
    });
    people['plan evaluator'] = await createTestPerson(db, {
      roles: [{ role: 'plan_evaluator' }],
    });
    routes = appRoutes(t.app);
  });
  afterAll(async () => {
    await t.close();
    await mail.stop();
    delete process.env['SMTP_URL'];
  });

  it('finds the routes of every feature in the running app', () => {
    const paths = routes.map((route) => `${route.method} ${route.path}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        'GET /api/courses',
        'GET /api/me',
        'GET /api/admin/people',
        'GET /api/admin/notifications/summary',
        'POST /api/organisations/:id/invitations',
        'GET /api/organiser/courses/:id',
        'GET /api/staff/facilities/:id',
        'GET /api/sessions/:id/roster',
        'POST /api/sessions/:id/check-ins',
        'POST /api/courses/:id/messages',
        'POST /api/organiser/courses/:id/instructors',
        'POST /api/invitations/accept',
        'GET /api/courses/:id/lottery',
        'GET /api/me/bookings/:id/lottery',
        'GET /api/organiser/courses/:id/lottery',
        'POST /api/me/bookings/:id/accept',
        'GET /api/me/bookings/:id/qr.svg',
        'GET /api/me/bookings/:id/calendar.ics',
        'POST /api/me/calendar-feed',
        'GET /api/calendar-feeds/:token',
        // the instructor bank
        'GET /api/me/instructor-profile',
        'PUT /api/me/instructor-profile',
        'POST /api/me/instructor-profile/submit',
        'POST /api/me/instructor-profile/withdraw',
        'POST /api/me/instructor-profile/renew',
        'PUT /api/me/instructor-profile/photo',
        'GET /api/me/instructor-profile/photo',
        'GET /api/me/instructor-profile/learning',
        'GET /api/review/instructor-profiles',
        'GET /api/review/instructor-profiles/:id',
        'GET /api/review/instructor-profiles/:id/photo',
        'POST /api/review/instructor-profiles/:id/decisions',
        'GET /api/review/instructor-settings',
        'PUT /api/review/instructor-settings',
        'GET /api/instructors',
        'GET /api/instructors/:id',
        'GET /api/instructors/:id/photo',
        'POST /api/instructors/:id/requests',
        'GET /api/me/instructor-requests',
        'GET /api/me/instructor-requests/:id',
        'POST /api/me/instructor-requests/:id/messages',
        'POST /api/me/instructor-requests/:id/accept',
        'POST /api/me/instructor-requests/:id/decline',
        'POST /api/me/instructor-requests/:id/cancel',
        'POST /api/me/instructor-requests/:id/report',
        'GET /api/organiser/instructor-picker',
        // the course questionnaire
        'GET /api/questionnaire-links/:token',
        'POST /api/questionnaire-links/:token/answers',
        'GET /api/organiser/courses/:id/questionnaire',
        'PUT /api/organiser/courses/:id/questionnaire/questions',
        'GET /api/organiser/courses/:id/questionnaire/results.csv',
        'GET /api/admin/questionnaires',
        'GET /api/admin/questionnaires/results.csv',
        // the learning record
        'GET /api/me/learning',
        'GET /api/me/learning/record.csv',
        // certificates
        'GET /api/me/certificates',
        'GET /api/me/certificates/:number/pdf',
        'GET /api/me/certificates/:number/credential',
        'PUT /api/me/certificates/:number/share',
        'GET /api/certificates/verify',
        'POST /api/certificates/verify',
        'GET /api/issuer',
        'GET /api/issuer/keys',
        'GET /api/issuer/keys/:name',
        // the plan's evaluation
        'GET /api/evaluation/dashboard',
        'GET /api/evaluation/figures',
        'GET /api/evaluation/breakdown',
        'GET /api/evaluation/courses',
        'GET /api/evaluation/room-use',
        'POST /api/evaluation/refresh',
        'GET /api/evaluation/indicators',
        'POST /api/evaluation/indicators',
        'GET /api/evaluation/indicators/:id',
        'PUT /api/evaluation/indicators/:id',
        'DELETE /api/evaluation/indicators/:id',
        'PUT /api/evaluation/indicators/:id/values/:fiscalYear',
        'DELETE /api/evaluation/indicators/:id/values/:fiscalYear',
        'GET /api/evaluation/settings',
        'PUT /api/evaluation/settings',
        // the department evaluation sheets
        'GET /api/organiser/evaluation-sheets',
        'GET /api/organiser/evaluation-sheets/:organisationId/:fiscalYear',
        'PUT /api/organiser/evaluation-sheets/:organisationId/:fiscalYear',
        'POST /api/organiser/evaluation-sheets/:organisationId/:fiscalYear/submit',
        'GET /api/organiser/evaluation-sheets/:organisationId/:fiscalYear/sheet.xlsx',
        'GET /api/admin/evaluation-sheets',
        'GET /api/admin/evaluation-sheets/workbook.xlsx',
        'GET /api/admin/evaluation-sheets/:organisationId/:fiscalYear',
        'POST /api/admin/evaluation-sheets/:organisationId/:fiscalYear/return',
        'POST /api/admin/evaluation-sheets/:organisationId/:fiscalYear/accept',
        'GET /api/admin/evaluation-sheets/:organisationId/:fiscalYear/sheet.xlsx',
        // open data
        'GET /api/opendata/events.csv',
        'GET /api/opendata/events',
        'GET /api/opendata/calendars/life-stages/:stage.ics',
        'GET /api/opendata/calendars/facilities/:id.ics',
        // the browser journeys' clock (TEST_CLOCK only; 404 otherwise)
        'GET /api/dev/clock',
        'PUT /api/dev/clock',
        'DELETE /api/dev/clock',
      ]),
    );
  });

  it('has a declared access policy on every route', () => {
    const undeclared = routes
      .filter((route) => !DOCUMENTATION.test(route.path))
      .filter((route) => !route.policy)
      .map((route) => `${route.method} ${route.path} (${route.handler ?? 'not a Nest handler'})`);
    expect(undeclared).toEqual([]);
  });

  it('answers each caller as the policy says', async () => {
    const checked = routes.filter((route) => route.policy);
    const failures: string[] = [];
    for (const route of checked) {
      // Placeholder ids: well-formed, belonging to nobody; an empty body for writes.
      const path = route.path.replace(/:[A-Za-z]+/g, () => randomUUID());
      for (const caller of CALLERS) {
        const credentials: TestCredentials =
          caller === 'anonymous'
            ? anonymous()
            : await signIn(t.database.dataSource, people[caller]);
        const method = (route.method === 'ALL' ? 'get' : route.method.toLowerCase()) as
          'get' | 'post' | 'patch' | 'put' | 'delete';
        let call = request(t.http)[method](path).set('Cookie', credentials.cookie);
        call = call.set(credentials.csrfHeader);
        const response = method === 'get' ? await call : await call.send({});
        const want = expected(route.policy!, caller);
        const got = response.status;
        const ok =
          want === 'allowed'
            ? got !== 401 && got !== 403
            : got === want &&
              response.body.code === (want === 401 ? 'AUTHENTICATION_REQUIRED' : 'ACCESS_DENIED');
        if (!ok) {
          failures.push(
            `${route.method} ${route.path} as ${caller}: expected ${want}, got ${got} ${response.body?.code ?? ''}`,
          );
        }
      }
    }
    expect(failures).toEqual([]);

    const publicRoutes = checked
      .filter((route) => route.policy!.kind === 'public')
      .map((route) => `${route.method} ${route.path}`);
    // The closing note's figures: how much of the matrix ran, and what anyone may call.
    console.log(
      `access matrix: ${checked.length} routes × ${CALLERS.length} callers = ` +
        `${checked.length * CALLERS.length} requests checked\n` +
        `public routes (${publicRoutes.length}):\n  ${publicRoutes.join('\n  ')}`,
    );
    // Every route × every caller, one request at a time: about 2,000 requests, which grow with
    // each feature (29 s of the default 30 on a loaded machine).
  }, 120_000);
});
