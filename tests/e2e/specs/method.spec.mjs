import { test, expect } from '@playwright/test';
import { expectNoAxeViolations, expectPageText, finishQuiz, startQuiz } from './helpers.mjs';

// "How this quiz works": reached from the result, it explains the scoring
// with the quiz's own numbers and lists every source with its date.
for (const colorScheme of ['light', 'dark']) {
  test.describe(`${colorScheme} scheme`, () => {
    test.use({ colorScheme });

    test('the result links to how the quiz works, which explains the scoring and its sources', async ({ page }) => {
      await startQuiz(page);
      await finishQuiz(page);
      await page.getByRole('link', { name: 'How this quiz works' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('How this quiz works');
      expect(page.url()).toMatch(/#\/method$/);

      for (const name of ['What your answers move', 'The balanced band', 'How firm the result is',
        'What the quiz was checked against, and what it was not',
        'What the result can and cannot tell you', 'Sources']) {
        await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
      }
      // Numbers come from the quiz, never left as holes.
      await expect(page.getByText(/A lead of at least \d+ points/)).toBeVisible();
      // The weight range is read from the answers: a statement at "strongly" counts twice.
      await expect(page.getByText(/by a small whole weight, from -4 to 4\./)).toBeVisible();
      await expect(page.getByText(/not a probability that the result is right for you/)).toBeVisible();
      await expect(page.locator('main')).not.toContainText('{');
      // The dimensions, read from the quiz, with the questions that move them.
      await expect(page.getByText('Service reliability', { exact: true })).toBeVisible();
      await expect(page.getByText(/questions move it/).first()).toBeVisible();
      // Every source with its date, and when the content was last reviewed.
      const sources = page.getByRole('list', { name: 'Sources' }).getByRole('listitem');
      expect(await sources.count()).toBeGreaterThanOrEqual(8);
      await expect(sources.filter({ hasText: 'Bureau of Labor Statistics' }).first()).toContainText('May 2024');
      await expect(page.getByText(/Content last reviewed on \d{4}-\d{2}-\d{2}/)).toBeVisible();
      await expect(page.getByText(/Skipped questions count as unanswered/)).toBeVisible();
      await expectNoAxeViolations(page);
    });
  });
}

test('how the quiz works opens directly and from the learn index', async ({ page }) => {
  await page.goto('./#/learn');
  await page.getByRole('link', { name: 'How this quiz works' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How this quiz works');
  await page.goto('./#/method');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How this quiz works');
});

test.describe('at 320 px wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('how the quiz works has no horizontal scroll', async ({ page }) => {
    await page.goto('./#/method');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('How this quiz works');
    await expectPageText(page);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(320);
  });
});
