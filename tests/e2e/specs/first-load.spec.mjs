import { test, expect } from '@playwright/test';
import { firstLoadFiles } from '../size.mjs';
import { expectQuestion } from './helpers.mjs';

// The size budget reads the build's index.html to know what a first visit
// loads; this holds it to what a browser actually fetches, so a file loaded
// some other way (a lazy chunk, fetched content) cannot escape the budget.
test('the size budget counts every file the first screen fetches', async ({ page }) => {
  const fetched = new Set();
  page.on('response', (r) => fetched.add(new URL(r.url()).pathname));
  await page.goto('./#/quiz');
  await expectQuestion(page, 1);
  await page.waitForLoadState('networkidle');
  const counted = firstLoadFiles('dist/index.html').map((f) => f.replace(/^dist\//, '/').replace(/index\.html$/, ''));
  expect([...fetched].sort()).toEqual(counted.sort());
});

// Each language is a build of its own, with its own budget: a reader of
// Spanish fetches the Spanish build's files and nothing of English's.
test.describe('a Spanish reader', () => {
  test.use({ locale: 'es-ES' });
  test('the Spanish budget counts every file the first screen fetches', async ({ page }) => {
    const fetched = new Set();
    page.on('response', (r) => fetched.add(new URL(r.url()).pathname));
    await page.goto('./es/#/quiz');
    await expect(page.getByText(/^Pregunta 1 de \d+$/)).toBeVisible();
    await page.waitForLoadState('networkidle');
    const counted = firstLoadFiles('dist/es/index.html').map((f) => f.replace(/^dist\//, '/').replace(/index\.html$/, ''));
    expect([...fetched].sort()).toEqual(counted.sort());
  });
});
