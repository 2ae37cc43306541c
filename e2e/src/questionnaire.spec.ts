import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectNoSeriousAccessibilityViolations } from './support/accessibility';
import { signIn } from './support/accounts';
import { apiAs, screenshotsAtTextSizes } from './support/organiser-api';
import { answerThroughApi } from './support/questionnaire-api';

interface OutboxMail {
  to: string;
  subject: string;
  links: string[];
}

const SHOTS = process.env['SCREENSHOT_DIR'];

/** At 1280 and 390 px, in the standard text size and the largest (特大), when asked for. */
async function screenshots(page: Page, name: string): Promise<void> {
  if (SHOTS) await screenshotsAtTextSizes(page, SHOTS, name);
}

/**
 * The questionnaire invitations in the journeys' outbox: the demo leaves one course that ended
 * in the last two weeks for the invitations job, which mails everyone who came within a minute
 * of the start. Returns the course's title (from the subject) and the mailed links' paths.
 */
async function invitations(
  request: APIRequestContext,
): Promise<{ title: string; paths: string[] }> {
  let found: { title: string; paths: string[] } | undefined;
  await expect
    .poll(
      async () => {
        const response = await request.get('/api/dev/outbox');
        expect(response.ok()).toBe(true);
        const mails = (await response.json()) as OutboxMail[];
        const invited = mails.filter((mail) =>
          mail.subject.includes('のアンケートにご協力ください'),
        );
        if (invited.length < 5) return undefined;
        const title = invited[0]!.subject.match(/「(.+)」のアンケート/)![1]!;
        const paths = invited
          .filter((mail) => mail.subject.includes(`「${title}」`))
          .map((mail) => new URL(mail.links.find((link) => link.includes('/q/'))!).pathname);
        found = { title, paths };
        return paths.length;
      },
      { message: 'questionnaire invitations in the outbox', timeout: 120_000, intervals: [2_000] },
    )
    .toBeGreaterThanOrEqual(5);
  return found!;
}

test('a participant answers from the mailed link; the organiser sees the totals from five answers', async ({
  page,
  baseURL,
  request,
}) => {
  test.setTimeout(240_000);
  const { title, paths } = await invitations(request);

  // She opens the link: no log-in, the course named, the anonymity said.
  await page.goto(paths[0]!);
  await expect(page.getByRole('heading', { name: '講座アンケート', level: 1 })).toBeVisible();
  await expect(page.getByText(title).first()).toBeVisible();
  await expect(page.getByText('回答は匿名です')).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page, 'the questionnaire page');
  await screenshots(page, 'questionnaire-form');

  // Sending it empty says what is missing, next to each question.
  await page.getByRole('button', { name: '回答を送る' }).click();
  await expect(page.getByText('1つ選んでください。').first()).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page, 'the questionnaire page with errors');

  await page.getByRole('radio', { name: 'とても満足' }).check();
  await page.getByRole('radio', { name: 'とても役に立った' }).check();
  await page.getByRole('checkbox', { name: '日々の暮らしで' }).check();
  await page.getByRole('checkbox', { name: '広報つくば' }).check();
  await page.getByRole('radio', { name: '60代' }).check();
  // The organiser's own question (a 1–5 scale), when the course has one.
  const scale = page.getByRole('group', { name: /講師の説明/ });
  if (await scale.count()) await scale.getByRole('radio', { name: '5' }).check();
  await page
    .getByLabel('ご意見・ご感想をご自由にお書きください', { exact: false })
    .fill('少人数で質問しやすく、とても分かりやすい講座でした。');
  await expect(page.getByText(/問に回答済み/)).toContainText(/[5-9] \/ \d+ 問に回答済み/);
  await page.getByRole('button', { name: '回答を送る' }).click();
  await expect(page.getByRole('heading', { name: 'ご回答ありがとうございました' })).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page, 'the thank-you');
  await screenshots(page, 'questionnaire-thanks');

  // The link works once.
  await page.goto(paths[0]!);
  await expect(page.getByRole('heading', { name: 'このアンケートは回答済みです' })).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page, 'a used link');
  await screenshots(page, 'questionnaire-used');

  // Three more answer: four in all, and the organiser sees no totals yet.
  for (const [index, path] of paths.slice(1, 4).entries()) {
    await answerThroughApi(baseURL as string, path, [4, 5, 3][index]!);
  }
  // The demo may hold another term's course of the same title: the one asked is the one whose
  // questionnaire went out.
  const { api } = await apiAs(baseURL as string, 'organiser@example.jp');
  const courses = (await (await api.get('/api/organiser/courses')).json()) as {
    id: string;
    titleJa: string;
  }[];
  let course: { id: string } | undefined;
  for (const candidate of courses.filter((c) => c.titleJa === title)) {
    const view = await api.get(`/api/organiser/courses/${candidate.id}/questionnaire`);
    if (view.ok() && ((await view.json()).results?.invited ?? 0) >= paths.length) {
      course = candidate;
      break;
    }
  }
  await api.dispose();
  expect(course, `the course 「${title}」 is 生涯学習推進課's, and was asked`).toBeDefined();

  await signIn(page, 'organiser@example.jp');
  await page.goto(`/organiser/courses/${course!.id}`);
  const section = page.getByRole('region', { name: 'アンケート', exact: true });
  await expect(section).toContainText('回答が5件集まるまで');
  await expect(section).toContainText('現在 4 件');
  await expect(section.locator('tsu-distribution-chart')).toHaveCount(0);

  // The fifth answer: now the totals, as charts with their numbers, and the comments.
  await answerThroughApi(baseURL as string, paths[4]!, 4);
  await page.reload();
  await expect(section.getByText('回答数')).toBeVisible();
  const satisfaction = section.getByRole('table', { name: /講座全体の満足度/ });
  await expect(satisfaction.getByRole('row', { name: /とても満足/ })).toContainText('2件');
  await expect(satisfaction.getByRole('row', { name: /^満足/ })).toContainText('2件');
  await expect(section).toContainText('少人数で質問しやすく、とても分かりやすい講座でした。');
  await expect(section.getByRole('link', { name: '集計をCSVでダウンロード' })).toBeVisible();
  await section.scrollIntoViewIfNeeded();
  await expectNoSeriousAccessibilityViolations(page, "the organiser's questionnaire section");
  await screenshots(page, 'questionnaire-organiser');
});
