import { test, expect } from '@playwright/test';
import {
  PROGRESS_KEY, answer, expectNoAxeViolations, expectPageText, expectQuestion, finishQuiz, next, openHome, options, position,
  startQuiz,
} from './helpers.mjs';

const KINDS = { 5: 'agreement', 2: 'would you rather' };
const kindOf = (n) => KINDS[n] ?? 'scenario';

for (const colorScheme of ['light', 'dark']) {
  test.describe(`${colorScheme} scheme`, () => {
    test.use({ colorScheme });

    test('home, every kind of question, result and shared link have no axe violations', async ({ page }) => {
      await startQuiz(page);
      await expectNoAxeViolations(page);
      const seen = new Set();
      const [, total] = await position(page);
      for (let n = 1; n <= total; n++) {
        await expectQuestion(page, n);
        const kind = kindOf(await options(page).count());
        if (!seen.has(kind)) {
          seen.add(kind);
          await answer(page, 0);
          await expectNoAxeViolations(page);
        } else {
          await answer(page, 0);
        }
        await next(page);
      }
      expect([...seen].sort()).toEqual(['agreement', 'scenario', 'would you rather']);
      await expect(page.getByRole('heading', { name: 'Your result' })).toBeVisible();
      await expectNoAxeViolations(page);
      const link = await page.getByLabel('Link to your result').inputValue();
      await page.goto(link);
      await expect(page.getByRole('heading', { name: 'A shared result' })).toBeVisible();
      await expectNoAxeViolations(page);
      await openHome(page);
      await expect(page.getByRole('heading', { name: 'Your past results' })).toBeVisible();
      await expectNoAxeViolations(page);
    });

    test('learn, compare, notices and embed mode have no axe violations', async ({ page }) => {
      await page.goto('./#/learn');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectPageText(page);
      await expectNoAxeViolations(page);
      const pages = await page.locator('main a[href^="#/learn/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      for (const href of pages) {
        await page.goto(`./${href}`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expectPageText(page);
        await expectNoAxeViolations(page);
      }
      for (const hash of ['#/compare', '#/method', '#/data']) {
        await page.goto(`./${hash}`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        if (hash !== '#/data') await expectPageText(page);
        await expectNoAxeViolations(page);
      }

      await page.evaluate((key) => localStorage.setItem(key, 'garbage'), PROGRESS_KEY);
      await page.goto('./#/');
      await page.reload();
      await expect(page.getByText('Your saved progress could not be read')).toBeVisible();
      await expectNoAxeViolations(page);

      await page.goto('./?embed=a11y&origin=http%3A%2F%2F127.0.0.1#/quiz');
      await expectQuestion(page, 1);
      await expectNoAxeViolations(page);
    });
  });
}

test('with reduced motion nothing animates', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await startQuiz(page);
  const durations = await page.evaluate(() => [...document.querySelectorAll('*')]
    .map((el) => getComputedStyle(el).transitionDuration)
    .filter((d) => d.split(',').some((x) => parseFloat(x) > 0)));
  expect(durations).toEqual([]);
});

test.describe('at 320 px wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('no screen scrolls sideways', async ({ page }) => {
    const wide = [];
    const check = async (name) => {
      const w = await page.evaluate(() => document.documentElement.scrollWidth);
      if (w > 320) wide.push(`${name}: ${w}px`);
    };
    await openHome(page);
    await check('home');
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    await check('quiz');
    await finishQuiz(page);
    await check('result');
    await page.getByText('Show the chart as a table').click();
    await expect(page.getByRole('columnheader', { name: 'DevOps' })).toBeVisible();
    await check('result, chart as a table');
    for (const route of ['#/learn', '#/compare']) {
      await page.goto(`./${route}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await check(route);
    }
    expect(wide).toEqual([]);
  });
});

test('text enlarged to 200% loses nothing at 640 px', async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 900 });
  await startQuiz(page);
  // Through the CSSOM: the page's policy refuses a <style> element.
  await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%', 'important'));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(page.getByRole('button', { name: /^Next/ })).toBeVisible();
  await answer(page, 0);
  await next(page);
  await expectQuestion(page, 2);
});
