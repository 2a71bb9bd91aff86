// The vocabulary of the end-to-end tests: what a person does and sees.
import { expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export async function openHome(page) {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

export async function startQuiz(page) {
  await openHome(page);
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await expectQuestion(page, 1);
}

/** The question counter reads "Question n of N". */
export async function expectQuestion(page, n) {
  await expect(page.getByText(new RegExp(`^Question ${n} of \\d+$`))).toBeVisible();
}

/** Picks an option by its visible label. */
export async function choose(page, label) {
  await page.getByLabel(label, { exact: true }).check();
}

export async function next(page) {
  await page.getByRole('button', { name: /^Next/ }).click();
}

export async function expectNoAxeViolations(page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}
