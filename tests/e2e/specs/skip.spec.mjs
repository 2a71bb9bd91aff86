import { test, expect } from '@playwright/test';
import {
  answer, back, expectNoAxeViolations, expectQuestion, finishQuiz, next, openHome, options,
  position, skip, startQuiz,
} from './helpers.mjs';

test('skipped questions are kept through a reload, counted on the result and carried by the share link', async ({ page, browser }) => {
  await startQuiz(page);
  const [, total] = await position(page);
  await answer(page, 0);
  await next(page);
  await expectQuestion(page, 2);
  await skip(page);
  await expectQuestion(page, 3);
  await skip(page);
  await expectQuestion(page, 4);
  await expect(page.getByRole('progressbar'))
    .toHaveAttribute('aria-valuetext', `1 of ${total} answered, 2 skipped`);

  // Resume after a reload: the skips are still there.
  await page.reload();
  await expectQuestion(page, 4);
  await back(page);
  await expectQuestion(page, 3);
  await expect(page.getByText('You skipped this question.', { exact: false })).toBeVisible();
  await expect(options(page).first()).not.toBeChecked();
  await expectNoAxeViolations(page);
  await next(page);
  await expectQuestion(page, 4);

  await finishQuiz(page);
  const skipped = `You skipped 2 of ${total} questions.`;
  await expect(page.getByText(skipped, { exact: false })).toBeVisible();
  const shares = await page.locator('.shares').innerText();
  const role = (await page.locator('h1').innerText()).match(/(SRE|DevOps) fits you|A bit of both/)[1] ?? 'A bit of both';

  await page.reload();
  await expect(page.getByText(skipped, { exact: false })).toBeVisible();

  // Someone else opens the link, with nothing in their storage.
  const link = await page.getByLabel('Link to your result').inputValue();
  const friend = await (await browser.newContext()).newPage();
  await friend.goto(link);
  await expect(friend.getByRole('heading', { name: 'A shared result' })).toBeVisible();
  // The shared view is about this result: how many answers it rests on,
  // not what the sharer skipped.
  await expect(friend.getByText(`Based on ${total - 2} of ${total} questions.`)).toBeVisible();
  await expect(friend.getByText('You skipped', { exact: false })).toHaveCount(0);
  expect(await friend.locator('.shares').innerText()).toBe(shares);
  await expect(friend.locator('h1')).toContainText(role);
  await expectNoAxeViolations(friend);
});

test('a skipped question can be answered later, and home counts it as begun', async ({ page }) => {
  await startQuiz(page);
  const [, total] = await position(page);
  await skip(page);
  await expectQuestion(page, 2);
  await openHome(page);
  await page.getByRole('button', { name: `Resume (question 2 of ${total})` }).click();
  await expectQuestion(page, 2);
  await back(page);
  await expectQuestion(page, 1);
  await answer(page, 1);
  await expect(page.getByText('You skipped this question.', { exact: false })).toHaveCount(0);
  await expect(page.getByRole('progressbar'))
    .toHaveAttribute('aria-valuetext', `1 of ${total} answered`);
  await next(page);
  await finishQuiz(page);
  await expect(page.getByText(/^You skipped /)).toHaveCount(0);
});
