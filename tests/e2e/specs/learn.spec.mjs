import { test, expect } from '@playwright/test';
import { expectNoAxeViolations, expectPageText } from './helpers.mjs';

// The learn pages and their key section headings. Headings are content, but
// these are the sections the product promises on every role page.
// A typical day, ways in and interviews answer what a junior asks (issue 21).
const ROLE_SECTIONS = [
  'What the role is', 'Who fits it', 'A typical day', 'Responsibilities', 'Role requirements',
  'Skills', 'Problems it solves', 'Tools', 'Certifications', 'Salary', 'Ways in', 'Interviews',
  'How to choose',
];
const PAGES = [
  { id: 'sre', title: /Site reliability engineering/, sections: [...ROLE_SECTIONS, 'On call'] },
  { id: 'devops', title: /DevOps engineering/, sections: [...ROLE_SECTIONS, 'Platform engineering'] },
  {
    id: 'together',
    title: /Together, not either\/or/,
    sections: [/Error budgets/, /Toil/, 'From junior to staff'],
  },
];
const SCHEMES = ['light', 'dark'];

async function openRoute(page, hash) {
  await page.goto(`./${hash}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectPageText(page);
}

async function expectNoHorizontalScroll(page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(320);
}

test('the learn index links to every page', async ({ page }) => {
  await openRoute(page, '#/learn');
  for (const { title } of PAGES) {
    await expect(page.getByRole('link', { name: title })).toBeVisible();
  }
  await page.getByRole('link', { name: /Site reliability engineering/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Site reliability engineering/);
});

for (const { id, title, sections } of PAGES) {
  for (const colorScheme of SCHEMES) {
    test(`learn page ${id} shows its sections (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await openRoute(page, `#/learn/${id}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      for (const name of sections) {
        await expect(page.getByRole('heading', { level: 2, name, exact: typeof name === 'string' })).toBeVisible();
      }
      await expectNoAxeViolations(page);
    });
  }
}

test('salary figures show their source and date', async ({ page }) => {
  await openRoute(page, '#/learn/sre');
  const table = page.getByRole('table');
  await expect(table.getByRole('columnheader', { name: 'Source' })).toBeVisible();
  // Both BLS rows describe one period.
  await expect(table.getByRole('cell', { name: 'May 2024' })).toHaveCount(2);
});

test('an unknown learn page says so and links back', async ({ page }) => {
  await openRoute(page, '#/learn/nonsense');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('link', { name: 'Back to all learn pages' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Learn about SRE and DevOps');
});

for (const colorScheme of SCHEMES) {
  test(`compare is a table with header cells (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openRoute(page, '#/compare');
    const table = page.getByRole('table');
    await expect(table.getByRole('columnheader', { name: 'SRE' })).toBeVisible();
    await expect(table.getByRole('columnheader', { name: 'DevOps' })).toBeVisible();
    await expect(table.getByRole('rowheader', { name: 'On-call' })).toBeVisible();
    const salary = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Salary (US)' }) });
    await expect(salary).toContainText('May 2024');
    await expect(salary).not.toContainText('May 2023');
    await expect(salary).toContainText('Bureau of Labor Statistics');
    await expect(table.getByRole('rowheader', { name: 'Certifications' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test.describe('at 320 px wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('compare becomes cards that name each role, without horizontal scroll', async ({ page }) => {
    await openRoute(page, '#/compare');
    await expectNoHorizontalScroll(page);
    const card = page.getByRole('row').filter({ hasText: 'On-call' });
    await expect(card.getByText('SRE', { exact: true })).toBeVisible();
    await expect(card.getByText('DevOps', { exact: true })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  for (const hash of ['#/learn', ...PAGES.map(({ id }) => `#/learn/${id}`)]) {
    test(`${hash} has no horizontal scroll`, async ({ page }) => {
      await openRoute(page, hash);
      await expectNoHorizontalScroll(page);
    });
  }
});
