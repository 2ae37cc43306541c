import {
  expect,
  request as playwrightRequest,
  type APIRequestContext,
  type Page,
} from '@playwright/test';
import { DEMO_PASSWORD } from './accounts';

const DAY_MS = 24 * 3600_000;

/** A full-page screenshot at desktop and phone width, for looking at after the run. */
export async function screenshots(page: Page, folder: string, name: string): Promise<void> {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    await page.screenshot({ path: `${folder}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** An API session as a person: the session call hands out the CSRF cookie, then log-in. */
export async function apiAs(
  baseURL: string,
  email: string,
  password = DEMO_PASSWORD,
): Promise<{ api: APIRequestContext; headers: Record<string, string> }> {
  const api = await playwrightRequest.newContext({ baseURL });
  expect((await api.get('/api/auth/session')).ok()).toBe(true);
  const csrf = (await api.storageState()).cookies.find((cookie) => cookie.name === 'XSRF-TOKEN');
  const logIn = await api.post('/api/auth/log-in', {
    headers: { 'X-XSRF-TOKEN': csrf?.value ?? '' },
    data: { email, password },
  });
  expect(logIn.ok(), `log-in of ${email}`).toBe(true);
  // Log-in binds a new CSRF token to the new session.
  const fresh = (await api.storageState()).cookies.find((cookie) => cookie.name === 'XSRF-TOKEN');
  return { api, headers: { 'X-XSRF-TOKEN': fresh?.value ?? '' } };
}

/** A Japan-time ISO string `days` from now at `hh:mm`. */
export function japanTime(days: number, time: string): string {
  const date = new Date(Date.now() + 9 * 3600_000 + days * DAY_MS).toISOString().slice(0, 10);
  return `${date}T${time}:00+09:00`;
}

export interface TestCourse {
  titleJa: string;
  summaryJa: string;
  summaryEn: string;
  capacity: number;
  maxCompanions: number;
  bookingRule: 'first_come' | 'lottery';
  feeYen: number;
  whatToBringJa: string;
  whatToBringEn: string;
  applicationClosesAt: string;
  /** The hour the session starts (Japan time); journeys use different hours to stay apart. */
  sessionHour: number;
  targetAgeMin?: number | null;
  targetAgeMax?: number | null;
  guardianRule?: 'none' | 'guardian_present' | 'children_alone' | 'parent_and_child';
  childcareOffered?: boolean;
  paymentMethod?: 'at_door' | 'in_advance';
  paymentDeadlineDays?: number | null;
  paymentNoteJa?: string;
  paymentNoteEn?: string;
}

/**
 * The organiser of 生涯学習推進課 publishes a course through the organiser API: applications open
 * from an hour ago, one one-hour session in a free room big enough for the course 3–6 weeks ahead
 * (another room or day is tried when the room is taken or the facility is closed that day).
 */
export async function publishTestCourse(baseURL: string, course: TestCourse): Promise<string> {
  const { api, headers } = await apiAs(baseURL, 'organiser@example.jp');
  try {
    const me = await (await api.get('/api/me')).json();
    const reference = await (await api.get('/api/reference')).json();
    const facilities = await (await api.get('/api/facilities')).json();
    const facilityList = Array.isArray(facilities) ? facilities : facilities.items;
    const { sessionHour, ...fields } = course;
    const created = await api.post('/api/organiser/courses', {
      headers,
      data: {
        ...fields,
        organisationId: me.organisations[0].id,
        titleEn: `${course.titleJa} (test)`,
        descriptionJa: 'ブラウザテストのために作成した講座です。',
        descriptionEn: 'A course made for a browser test.',
        lifeStages: [reference.lifeStages[0].code],
        category: reference.categories[0].code,
        pillar: reference.pillars[0].number,
        audience: 'everyone',
        childcareOffered: course.childcareOffered ?? false,
        instructorNamesJa: '',
        instructorNamesEn: '',
        lotteryPriorities: [],
        applicationOpensAt: new Date(Date.now() - 3600_000).toISOString(),
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    const courseId: string = (await created.json()).id;

    let sessionAdded = false;
    search: for (let day = 21; day < 42; day += 1) {
      for (const facility of facilityList.slice(0, 4)) {
        const detail = await (await api.get(`/api/facilities/${facility.id}`)).json();
        for (const room of detail.rooms.filter(
          (r: { capacity: number }) => r.capacity >= course.capacity,
        )) {
          const minute = 10 + Math.floor(Math.random() * 40);
          const session = await api.post(`/api/organiser/courses/${courseId}/sessions`, {
            headers,
            data: {
              roomId: room.id,
              startsAt: japanTime(day, `${sessionHour}:${minute}`),
              endsAt: japanTime(day, `${sessionHour + 1}:${minute}`),
            },
          });
          if (session.ok()) {
            sessionAdded = true;
            break search;
          }
        }
      }
    }
    expect(sessionAdded, 'a free room for the session').toBe(true);
    const published = await api.post(`/api/organiser/courses/${courseId}/publish`, { headers });
    expect(published.ok(), await published.text()).toBe(true);
    return courseId;
  } finally {
    await api.dispose();
  }
}
