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
