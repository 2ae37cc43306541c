import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectNoSeriousAccessibilityViolations } from '../support/accessibility';
import { createVerifiedResident, signIn, uniqueEmail } from '../support/accounts';
import {
  apiAs,
  japanTime,
  publishTestCourse,
  screenshotsAtTextSizes,
} from '../support/organiser-api';
import { answerThroughApi } from '../support/questionnaire-api';
import { AppClock } from '../support/test-clock';

/**
 * Issue 13's story in one go, on the app's own clock: an organiser's course of three sessions at
 * a community centre; five residents book it; on each session's day staff check in at the door
 * whoever comes; after the last session the completion job (its every-minute sweep) finishes the
 * course and issues certificates to those who came to two of the three; she finds hers in her
 * learning record from the mail, downloads the PDF and the badge, checks it on /verify, and
 * answers the questionnaire from the mailed link without logging in; the organiser sees no
 * totals at four answers and the totals at five; the city's report counts the course.
 *
 * The app's clock moves to each session's door and past the end (AppClock, /api/dev/clock); the
 * browser's clock moves with it, so the door page takes the session for today's.
 */

const SCREENSHOTS = 'test-results/course-story-screens';
const PASSWORD = 'tsumugu-story-2026';
const MINUTE = 60_000;

interface OutboxMail {
  to: string;
  subject: string;
  text: string;
  links: string[];
}

interface Resident {
  familyName: string;
  givenName: string;
  email: string;
  code: string;
}

/** The newest mail to `email` whose subject holds `subject`, once the outbox has it. */
async function mailTo(
  request: APIRequestContext,
  email: string,
  subject: string,
  timeout: number,
): Promise<OutboxMail> {
  let found: OutboxMail | undefined;
  await expect
    .poll(
      async () => {
        const response = await request.get('/api/dev/outbox', { params: { to: email } });
        expect(response.ok()).toBe(true);
        found = ((await response.json()) as OutboxMail[]).find((m) => m.subject.includes(subject));
        return found !== undefined;
      },
      { message: `a mail「${subject}」to ${email}`, timeout, intervals: [2_000] },
    )
    .toBe(true);
  return found!;
}

/** A link's path and query, on the test server's own origin whatever PUBLIC_URL says. */
function pathOf(mail: OutboxMail, prefix: string): string {
  const link = mail.links.map((l) => new URL(l)).find((url) => url.pathname.startsWith(prefix));
  expect(link, `a ${prefix} link in「${mail.subject}」`).toBeDefined();
  return `${link!.pathname}${link!.search}`;
}

async function signOutAndIn(page: Page, email: string, password?: string): Promise<void> {
  await page.context().clearCookies();
  await signIn(page, email, password);
}

let clock: AppClock | undefined;

test.beforeAll(async () => {
  await mkdir(SCREENSHOTS, { recursive: true });
});

test.afterAll(async () => {
  await clock?.backToRealTime();
});

test('a course lived through: checked in at each session, finished by the job, the certificate found, downloaded and verified, the questionnaire answered from the mail, the totals from five answers', async ({
  page,
  baseURL,
  request,
}) => {
  test.setTimeout(600_000);
  const base = baseURL as string;
  clock = await AppClock.open(base);

  // The organiser's course: three sessions at the staff member's centre, on its next open days.
  const staff = await apiAs(base, 'staff@example.jp');
  const [facility] = (await (await staff.api.get('/api/staff/facilities')).json()) as {
    id: string;
  }[];
  await staff.api.dispose();
  const title = `木工で学ぶ親子の時間 ${Date.now().toString(36)}`;
  const courseId = await publishTestCourse(
    base,
    {
      titleJa: title,
      summaryJa: '全3回で小さな本棚を作ります。',
      summaryEn: 'Make a small bookshelf in three sessions.',
      capacity: 10,
      maxCompanions: 0,
      bookingRule: 'first_come',
      feeYen: 0,
      whatToBringJa: '軍手',
      whatToBringEn: 'Work gloves',
      applicationClosesAt: japanTime(1, '09:00'),
      sessionHour: 10,
    },
    { facilityIds: [facility!.id], count: 3, fromDay: 1 },
  );
  const course = await (await request.get(`/api/courses/${courseId}`)).json();
  const sessions = [...(course.sessions as { id: string; startsAt: string; endsAt: string }[])];
  sessions.sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  expect(sessions).toHaveLength(3);

  // Five residents book it; she (鈴木 美咲) is the first.
  const residents: Resident[] = [];
  for (const [index, [familyName, givenName]] of [
    ['鈴木', '美咲'],
    ['高橋', '健'],
    ['田中', '由美'],
    ['伊藤', '誠'],
    ['渡辺', '陽子'],
  ].entries()) {
    const email = uniqueEmail(`course-story-${index}`);
    await createVerifiedResident(base, {
      email,
      familyName: familyName!,
      givenName: givenName!,
      password: PASSWORD,
      tsukubaRelations: ['live'],
    });
    const { api, headers } = await apiAs(base, email, PASSWORD);
    const booked = await api.post(`/api/courses/${courseId}/bookings`, {
      headers,
      data: { companionIds: [] },
    });
    expect(booked.status(), await booked.text()).toBe(201);
    const booking = (await booked.json()) as { status: string; code: string };
    expect(booking.status).toBe('confirmed');
    residents.push({ familyName: familyName!, givenName: givenName!, email, code: booking.code });
    await api.dispose();
  }
  const she = residents[0]!;

  // At each session's door, a quarter of an hour before it starts, staff check in whoever
  // comes, from 今日: she comes to all three; 高橋 and 伊藤 to two (⅔: they complete too);
  // 田中 and 渡辺 to one (they do not, but are asked about the course).
  const comes = [
    [0, 1, 2, 3],
    [0, 1, 4],
    [0, 3],
  ];
  await page.clock.install({ time: new Date(Date.parse(sessions[0]!.startsAt) - 15 * MINUTE) });
  await signIn(page, 'staff@example.jp');
  for (const [index, session] of sessions.entries()) {
    const doorOpens = new Date(Date.parse(session.startsAt) - 15 * MINUTE);
    await clock.moveTo(doorOpens);
    await page.clock.setSystemTime(doorOpens);
    await page.goto('/staff/today');
    await page
      .getByRole('region', { name: /^今日/ })
      .getByRole('listitem')
      .filter({ hasText: title })
      .getByRole('link', { name: /^受付する/ })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
    await expect(page.getByText('この回は今日ではありません')).toHaveCount(0);
    for (const who of comes[index]!) {
      const resident = residents[who]!;
      await page.getByLabel('予約番号（8文字）').fill(resident.code.toLowerCase());
      await page.getByRole('button', { name: '受付する', exact: true }).click();
      await expect(page.locator('.door__live')).toContainText(
        `${resident.givenName}さん（1名）の受付が完了しました。`,
      );
    }
    await expect(
      page.getByRole('region', { name: `受付済み（${comes[index]!.length}件）` }),
    ).toBeVisible();
    if (index === 0) {
      await expectNoSeriousAccessibilityViolations(page, 'the door, first session');
    }
  }

  // The course ends. Within a minute the completion job finishes it and mails each new
  // certificate's holder; the questionnaire job mails everyone who came.
  const ended = new Date(Date.parse(sessions[2]!.endsAt) + MINUTE);
  await clock.moveTo(ended);
  await page.clock.setSystemTime(ended);
  const issued = await mailTo(request, she.email, '修了証を発行しました', 150_000);
  expect(issued.subject).toContain(title);
  const number = /TSU-\d{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}/.exec(issued.text)?.[0];
  expect(number, 'the certificate number in the mail').toBeDefined();
  await mailTo(request, residents[1]!.email, '修了証を発行しました', 30_000);
  await mailTo(request, residents[3]!.email, '修了証を発行しました', 30_000);
  for (const resident of [residents[2]!, residents[4]!]) {
    const mails = (await (
      await request.get('/api/dev/outbox', { params: { to: resident.email } })
    ).json()) as OutboxMail[];
    expect(mails.filter((m) => m.subject.includes('修了証'))).toEqual([]);
  }

  // She follows the mail's link to her learning record: the course, 修了, her three sessions.
  await signOutAndIn(page, she.email, PASSWORD);
  await page.goto(pathOf(issued, '/learning'));
  await expect(page.getByRole('heading', { name: '学びの記録', level: 1 })).toBeVisible();
  const card = page.locator('.course', { hasText: title });
  await expect(card.locator('.badge')).toHaveText('修了');
  await expect(card).toContainText('3回（全3回）');
  await expect(card).toContainText(number!);
  await expectNoSeriousAccessibilityViolations(page, 'her learning record');
  await screenshotsAtTextSizes(page, SCREENSHOTS, 'learning');

  // The PDF and the badge.
  const pdfDownload = page.waitForEvent('download');
  await card.getByRole('link', { name: '修了証（PDF）' }).click();
  const pdf = await readFile((await (await pdfDownload).path())!);
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await writeFile(`${SCREENSHOTS}/certificate.pdf`, pdf);
  const badgeDownload = page.waitForEvent('download');
  await card.getByRole('link', { name: 'デジタルバッジ（JSON）' }).click();
  const badge = JSON.parse(await readFile((await (await badgeDownload).path())!, 'utf8'));
  expect(badge.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
  expect(badge.credentialSubject.achievement.name).toContain(title);

  // Checked on /verify (as the QR code's link would): valid, her name and this course only.
  await card.getByRole('link', { name: '真正性を確かめる' }).click();
  await expect(page).toHaveURL(new RegExp(`/verify\\?n=${number}$`));
  await expect(page.getByRole('heading', { name: '有効な修了証です' })).toBeVisible();
  const result = page.locator('.result');
  await expect(result).toContainText('鈴木 美咲');
  await expect(result).toContainText(title);
  await expectNoSeriousAccessibilityViolations(page, 'verify, her certificate');
  await screenshotsAtTextSizes(page, SCREENSHOTS, 'verify');

  // The questionnaire from the mailed link, without logging in.
  const invitation = await mailTo(request, she.email, 'のアンケートにご協力ください', 120_000);
  expect(invitation.subject).toContain(`「${title}」`);
  await page.context().clearCookies();
  await page.goto(pathOf(invitation, '/q/'));
  await expect(page.getByRole('heading', { name: '講座アンケート', level: 1 })).toBeVisible();
  await expect(page.getByText(title).first()).toBeVisible();
  await expect(page.getByText('回答は匿名です')).toBeVisible();
  await screenshotsAtTextSizes(page, SCREENSHOTS, 'questionnaire-form');
  await page.getByRole('radio', { name: 'とても満足' }).check();
  await page.getByRole('radio', { name: 'とても役に立った' }).check();
  await page.getByRole('checkbox', { name: '日々の暮らしで' }).check();
  await page.getByRole('checkbox', { name: '広報つくば' }).check();
  await page.getByRole('radio', { name: '40代' }).check();
  await page
    .getByLabel('ご意見・ご感想をご自由にお書きください', { exact: false })
    .fill('三回で本棚が完成し、家で使っています。');
  await page.getByRole('button', { name: '回答を送る' }).click();
  await expect(page.getByRole('heading', { name: 'ご回答ありがとうございました' })).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page, 'the thank-you');
  await screenshotsAtTextSizes(page, SCREENSHOTS, 'questionnaire-thanks');

  // Three more answer (all who came were asked, also those who did not complete): four in all.
  const others = [residents[1]!, residents[2]!, residents[3]!, residents[4]!];
  const links: string[] = [];
  for (const resident of others) {
    links.push(pathOf(await mailTo(request, resident.email, 'のアンケート', 30_000), '/q/'));
  }
  for (const [index, link] of links.slice(0, 3).entries()) {
    await answerThroughApi(base, link, [4, 3, 5][index]!);
  }
  await signOutAndIn(page, 'organiser@example.jp');
  await page.goto(`/organiser/courses/${courseId}`);
  const section = page.getByRole('region', { name: 'アンケート', exact: true });
  await expect(section).toContainText('回答が5件集まるまで');
  await expect(section).toContainText('現在 4 件');
  await expect(section.locator('tsu-distribution-chart')).toHaveCount(0);

  // The fifth: the totals, as tables with their numbers, and the comments without names.
  await answerThroughApi(base, links[3]!, 4);
  await page.reload();
  const satisfaction = section.getByRole('table', { name: /講座全体の満足度/ });
  await expect(satisfaction.getByRole('row', { name: /とても満足/ })).toContainText('2件');
  await expect(satisfaction.getByRole('row', { name: /^満足/ })).toContainText('2件');
  await expect(section).toContainText('三回で本棚が完成し、家で使っています。');
  await expect(section).not.toContainText('鈴木');
  await section.scrollIntoViewIfNeeded();
  await expectNoSeriousAccessibilityViolations(page, "the organiser's totals");
  await screenshotsAtTextSizes(page, SCREENSHOTS, 'organiser-questionnaire');

  // The city's report counts the course in this fiscal year: five of five, 4.20 on average.
  await signOutAndIn(page, 'admin@example.jp');
  await page.goto('/admin/questionnaires');
  await expect(
    page.getByRole('heading', { name: 'アンケート集計（生涯学習推進課）', level: 1 }),
  ).toBeVisible();
  const row = page
    .getByRole('region', { name: '講座別' })
    .getByRole('row')
    .filter({ hasText: title });
  await expect(row).toContainText('100.0%');
  await expect(row).toContainText('4.20');
  await expectNoSeriousAccessibilityViolations(page, "the city's questionnaire report");
  await screenshotsAtTextSizes(page, SCREENSHOTS, 'admin-questionnaires');
});
