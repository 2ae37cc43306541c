import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * Runs axe on the page as it is now and fails on serious or critical WCAG 2.2 A/AA violations,
 * listing each with the elements it found, so a failure says what to fix.
 */
export async function expectNoSeriousAccessibilityViolations(
  page: Page,
  label: string,
): Promise<void> {
  // A form field's hint or error fades in (Material's subscript animation): measured half-way,
  // its text fails the contrast rule although it passes once shown. Wait for motion to settle,
  // as a reader's eye does; a page that never settles fails here with a clear message.
  // (page.evaluate, not waitForFunction: the app's CSP forbids the eval that the latter uses.)
  await expect
    .poll(
      () =>
        page.evaluate(
          `document.getAnimations().filter((animation) => animation.playState === 'running'
            && animation.effect?.getTiming().iterations !== Infinity).length`,
        ),
      { message: `motion settled before axe on ${label}`, timeout: 10_000, intervals: [100] },
    )
    .toBe(0);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
    }));
  expect(serious, `accessibility violations on ${label}`).toEqual([]);
}
