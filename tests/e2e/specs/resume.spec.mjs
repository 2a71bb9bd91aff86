import { test, expect } from '@playwright/test';
import {
  answer, back, expectNoAxeViolations, expectQuestion, finishQuiz, next, options, position,
  startQuiz,
} from './helpers.mjs';

test('answers survive a reload and the quiz ends in a result', async ({ page }) => {
  await startQuiz(page);
  await expectNoAxeViolations(page);
  const first = await answer(page, 1);
  await next(page);
  await expectQuestion(page, 2);
  const second = await answer(page, 0);
  await next(page);
  await expectQuestion(page, 3);

  await page.reload();
  await expectQuestion(page, 3);
  await back(page);
  await expectQuestion(page, 2);
  await expect(page.getByLabel(second, { exact: true })).toBeChecked();
  await back(page);
  await expect(page.getByLabel(first, { exact: true })).toBeChecked();
  await expect(options(page).nth(1)).toBeChecked();

  await next(page);
  await next(page);
  await finishQuiz(page);
  await expect(page.getByText(/^\d+% SRE$/)).toBeVisible();
  await expect(page.getByText(/^\d+% DevOps$/)).toBeVisible();
  await expectNoAxeViolations(page);
});

test('home offers to resume where the person left off', async ({ page }) => {
  await startQuiz(page);
  const [, total] = await position(page);
  await answer(page, 0);
  await next(page);
  await page.goto('./');
  await page.getByRole('button', { name: `Resume (question 2 of ${total})` }).click();
  await expectQuestion(page, 2);
});

test('going on without an answer says what is missing', async ({ page }) => {
  await startQuiz(page);
  await next(page);
  await expect(page.getByRole('alert')).toHaveText('Pick an answer to go on.');
  await expectQuestion(page, 1);
});
