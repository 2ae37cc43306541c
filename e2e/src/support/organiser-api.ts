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

/**
 * The same at the standard text size and at the largest (特大: the app's text-size setting makes
 * the root font size 137.5 %), named `<name>-standard-1280.png`, `<name>-extra-large-390.png`, ….
 */
export async function screenshotsAtTextSizes(
  page: Page,
  folder: string,
  name: string,
): Promise<void> {
  for (const [size, fontSize] of [
    ['standard', '100%'],
    ['extra-large', '137.5%'],
  ] as const) {
    await page.evaluate((value) => {
      const root = globalThis as unknown as {
        document: { documentElement: { style: { fontSize: string } } };
      };
      root.document.documentElement.style.fontSize = value;
    }, fontSize);
    await screenshots(page, folder, `${name}-${size}`);
  }
  await page.evaluate(() => {
    const root = globalThis as unknown as {
      document: { documentElement: { style: { fontSize: string } } };
    };
    root.document.documentElement.style.fontSize = '';
  });
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

/** Where and how often a test course meets (by default one session in one of four facilities). */
export interface TestSessions {
  /** Facilities to try, in order (by default the first four the API lists). */
  facilityIds?: string[];
  /** How many sessions, each on its own day (default 1). */
  count?: number;
  /** The first day to try, in days from today in Japan (default 21). */
  fromDay?: number;
}

/**
 * The organiser of 生涯学習推進課 publishes a course through the organiser API: applications open
 * from an hour ago, one-hour sessions in a free room big enough for the course, by default one
 * 3–6 weeks ahead (another room or day is tried when the room is taken or the facility is closed
 * that day); `sessions` asks for several, each on the next day that has a free room.
 */
export async function publishTestCourse(
  baseURL: string,
  course: TestCourse,
  sessions: TestSessions = {},
): Promise<string> {
  const { api, headers } = await apiAs(baseURL, 'organiser@example.jp');
  try {
    const me = await (await api.get('/api/me')).json();
    const reference = await (await api.get('/api/reference')).json();
    const facilities = await (await api.get('/api/facilities')).json();
    const facilityList: { id: string }[] = Array.isArray(facilities)
      ? facilities
      : facilities.items;
    const facilityIds = sessions.facilityIds ?? facilityList.slice(0, 4).map((f) => f.id);
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

    const wanted = sessions.count ?? 1;
    const fromDay = sessions.fromDay ?? 21;
    let added = 0;
    days: for (let day = fromDay; day < fromDay + 21 && added < wanted; day += 1) {
      for (const facilityId of facilityIds) {
        const detail = await (await api.get(`/api/facilities/${facilityId}`)).json();
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
            added += 1;
            continue days;
          }
        }
      }
    }
    expect(added, 'a free room for each session').toBe(wanted);
    const published = await api.post(`/api/organiser/courses/${courseId}/publish`, { headers });
    expect(published.ok(), await published.text()).toBe(true);
    return courseId;
  } finally {
    await api.dispose();
  }
}
