// The vocabulary of the end-to-end tests: what a person does and sees.
// Helpers find controls by role and visible text, as a person would, and
// avoid depending on the wording of particular questions.
import { expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** Where the app keeps progress in local storage (outside embed mode). */
export const PROGRESS_KEY = 'opsfit:progress:sre-devops';

export async function openHome(page) {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

export async function startQuiz(page) {
  await openHome(page);
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await expectQuestion(page, 1);
}

/** Reads "Question n of N" and returns [n, N]. */
export async function position(page) {
  const text = await page.getByText(/^Question \d+ of \d+$/).textContent();
  const [, n, total] = text.match(/Question (\d+) of (\d+)/);
  return [Number(n), Number(total)];
}

export async function expectQuestion(page, n) {
  await expect(page.getByText(new RegExp(`^Question ${n} of \\d+$`))).toBeVisible();
}

/** The current question's options, in order. */
export function options(page) {
  return page.getByRole('group').getByRole('radio');
}

/** Picks the n-th option (from 0) of the current question and returns its label. */
export async function answer(page, n) {
  const radio = options(page).nth(n);
  await radio.check();
  const id = await radio.getAttribute('id');
  return (await page.locator(`label[for="${id}"]`).textContent()).trim();
}

export async function next(page) {
  await page.getByRole('button', { name: /^Next/ }).click();
}

export async function back(page) {
  await page.getByRole('button', { name: 'Back', exact: true }).click();
}

/** Answers every remaining question with option `pick(questionNumber)`. */
export async function finishQuiz(page, pick = () => 0) {
  for (;;) {
    const [n, total] = await position(page);
    await answer(page, pick(n));
    await next(page);
    if (n === total) break;
    await expectQuestion(page, n + 1);
  }
  await expect(page.getByRole('heading', { name: 'Your result' })).toBeVisible();
}

// WCAG A and AA, and axe's best practices (one h1 per screen, all content
// in landmarks...): what axe reports with no tags given.
export async function expectNoAxeViolations(page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

/** Passes over the current question without answering it. */
export async function skip(page) {
  await page.getByRole('button', { name: 'Skip this question', exact: true }).click();
}

/** Answers the first two questions with options 0 and 1, then reads the
 *  resume code the data screen (footer: "Your data") offers for another device. */
export async function resumeCodeAfterTwoAnswers(page) {
  await startQuiz(page);
  await answer(page, 0);
  await next(page);
  await answer(page, 1);
  await next(page);
  await page.goto('./');
  await page.getByRole('link', { name: 'Your data' }).click();
  return page.getByLabel('Resume code for another device').inputValue();
}

/** Waits for a learn, compare or method screen's text (page data, loaded
 *  after the first screen) to be in, and checks it did not fail. */
export async function expectPageText(page) {
  await expect(page.locator('main .page-loading')).toHaveCount(0);
  await expect(page.locator('main .page-failed')).toHaveCount(0);
  await expect(page.locator('main h1 ~ *').first()).toBeVisible();
}
