import { expect, request as playwrightRequest, test } from '@playwright/test';
import { expectNoSeriousAccessibilityViolations } from './support/accessibility';
import { DEMO_PASSWORD, signIn } from './support/accounts';

interface BookingSession {
  id: string;
  status: 'scheduled' | 'cancelled';
  facilityNameJa: string;
}
interface Booking {
  code: string;
  status: string;
  partySize: number;
  course: { titleJa: string };
  sessions: BookingSession[];
}

/**
 * The demo citizen's confirmed booking at the 吾妻 centre, read through the booking API as she
 * would see it (the seed books it for her): its code, and a session held at 吾妻.
 */
async function hanakosBookingAtAzuma(baseURL: string) {
  const api = await playwrightRequest.newContext({ baseURL });
  try {
    expect((await api.get('/api/auth/session')).ok()).toBe(true);
    const csrf = (await api.storageState()).cookies.find((c) => c.name === 'XSRF-TOKEN');
    const headers = { 'X-XSRF-TOKEN': csrf?.value ?? '' };
    const logIn = await api.post('/api/auth/log-in', {
      headers,
      data: { email: 'hanako@example.jp', password: DEMO_PASSWORD },
    });
    expect(logIn.ok()).toBe(true);
    const response = await api.get('/api/me/bookings', { params: { view: 'upcoming' } });
    expect(response.ok()).toBe(true);
    const bookings = (await response.json()) as Booking[];
    for (const booking of bookings) {
      if (booking.status !== 'confirmed') continue;
      const session = booking.sessions.find(
        (s) => s.status === 'scheduled' && s.facilityNameJa.includes('吾妻'),
      );
      if (session) return { booking, session };
    }
    throw new Error('the seed gives hanako a confirmed booking at 吾妻交流センター');
  } finally {
    await api.dispose();
  }
}

test('staff check in a citizen at the door of a 吾妻 session by typing her booking code', async ({
  page,
  baseURL,
}) => {
  const { booking, session } = await hanakosBookingAtAzuma(baseURL as string);

  await signIn(page, 'staff@example.jp');
  await page.goto(`/rosters/sessions/${session.id}/check-in`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(booking.course.titleJa);
  await expect(page.getByRole('heading', { name: /^まだの方/ })).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page, 'the check-in page');

  // Typed as people do: lower case, no hyphen. The field shows it in upper case with the hyphen.
  const field = page.getByLabel('予約番号（8文字）');
  await field.pressSequentially(booking.code.toLowerCase());
  await expect(field).toHaveValue(`${booking.code.slice(0, 4)}-${booking.code.slice(4)}`);
  await page.getByRole('button', { name: '受付する' }).click();

  const banner = page.locator('.door__live');
  await expect(banner).toContainText('受付しました');
  await expect(banner).toContainText(`花子さん（${booking.partySize}名）の受付が完了しました。`);
  await expect(page.getByRole('region', { name: '受付済み（1件）' })).toContainText('花子');
  await expectNoSeriousAccessibilityViolations(page, 'the check-in page after a check-in');

  // The same code again (with the hyphen this time) changes nothing and says when she came.
  await field.fill(`${booking.code.slice(0, 4)}-${booking.code.slice(4)}`);
  await field.press('Enter');
  await expect(banner).toContainText('受付済みです');
  await expect(banner).toContainText(/\d{1,2}:\d{2}に受付済みです。/);

  // The roster shows her present.
  await page.getByRole('link', { name: '名簿を見る' }).click();
  await expect(page.getByRole('heading', { name: '予約者の一覧表' })).toBeVisible();
  await expect(page.getByRole('row', { name: /花子/ })).toContainText('出席');
  await expectNoSeriousAccessibilityViolations(page, 'the roster page');
});

test("staff open today's page after log-in and check a person in with one tap", async ({
  page,
}) => {
  // Log-in takes facility staff to their start page, 今日.
  await signIn(page, 'staff@example.jp');
  await expect(page).toHaveURL(/\/staff\/today$/);
  await expect(page.getByRole('heading', { level: 1, name: '今日の受付' })).toBeVisible();
  // The demo holds sessions at 吾妻 today and tomorrow, with people booked.
  const today = page.getByRole('region', { name: /^今日 / });
  await expect(today.getByRole('listitem').first()).toContainText(/予約 \d+名・受付済み \d+名/);
  await expect(page.getByRole('region', { name: /^明日 / }).getByRole('listitem')).not.toHaveCount(
    0,
  );
  await expectNoSeriousAccessibilityViolations(page, "staff's today page");

  // One tap from a session of today with someone still to come to its door (the demo checks in
  // the sessions that had ended when it was seeded): no "not today" warning there.
  let session = today.getByRole('listitem').first();
  for (const item of await today.getByRole('listitem').all()) {
    const counts = /予約 (\d+)名・受付済み (\d+)名/.exec((await item.textContent()) ?? '');
    if (counts && Number(counts[2]) < Number(counts[1])) {
      session = item;
      break;
    }
  }
  const title = (await session.locator('.today__title').textContent())?.trim() ?? '';
  await session.getByRole('link', { name: /^受付する/ }).click();
  await expect(page).toHaveURL(/\/rosters\/sessions\/[0-9a-f-]+\/check-in$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
  await expect(page.getByText('この回は今日ではありません')).toHaveCount(0);

  // The first person not yet in: one tap on 出席 beside the name checks them in.
  const notYet = page.getByRole('region', { name: /^まだの方/ });
  const person = notYet.getByRole('listitem').first();
  const name = (await person.locator('strong').textContent())?.trim() ?? '';
  await person.getByRole('button', { name: `${name}さんを「出席」にする` }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `${name}さんを「出席」にしました。` }),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: /^受付済み/ })).toContainText(name);
  await expectNoSeriousAccessibilityViolations(page, 'the check-in page of a session today');
});

test('the door warns before any check-in when the session is not today', async ({ page }) => {
  await signIn(page, 'staff@example.jp');
  await expect(page).toHaveURL(/\/staff\/today$/);
  // Tomorrow's session, opened from 今日: the page names its day before anyone is checked in.
  const tomorrow = page.getByRole('region', { name: /^明日 / });
  await tomorrow
    .getByRole('link', { name: /^受付する/ })
    .first()
    .click();
  const warning = page.getByRole('alert').filter({ hasText: 'この回は今日ではありません' });
  await expect(warning).toContainText('（明日）');
  await expect(page.getByRole('region', { name: /^受付済み/ })).toBeVisible();
});
