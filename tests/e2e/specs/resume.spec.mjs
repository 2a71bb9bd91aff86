import { test, expect } from '@playwright/test';
import { startQuiz, choose, next, expectQuestion, expectNoAxeViolations } from './helpers.mjs';

test('answers survive a reload and the quiz ends in a result', async ({ page }) => {
  await startQuiz(page);
  await expectNoAxeViolations(page);
  await choose(page, 'Agree');
  await next(page);
  await expectQuestion(page, 2);
  await choose(page, 'The pipeline, to roll back now and ship a fixed build later today');
  await next(page);
  await expectQuestion(page, 3);

  await page.reload();
  await expectQuestion(page, 3);
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(
    page.getByLabel('The pipeline, to roll back now and ship a fixed build later today'),
  ).toBeChecked();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByLabel('Agree', { exact: true })).toBeChecked();

  await next(page);
  await next(page);
  await choose(page, 'One long, quiet stretch on a single hard problem');
  await next(page);

  await expect(page.getByRole('heading', { name: 'Your result' })).toBeVisible();
  await expect(page.getByText(/^\d+% SRE$/)).toBeVisible();
  await expect(page.getByText(/^\d+% DevOps$/)).toBeVisible();
  await expectNoAxeViolations(page);
});

test('home offers to resume where the person left off', async ({ page }) => {
  await startQuiz(page);
  await choose(page, 'Strongly agree');
  await next(page);
  await page.goto('./');
  await page.getByRole('button', { name: 'Resume (question 2 of 3)' }).click();
  await expectQuestion(page, 2);
});
