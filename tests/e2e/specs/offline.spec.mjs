import { test, expect } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { answer, expectPageText, expectQuestion, finishQuiz, next, openHome, startQuiz } from './helpers.mjs';

test('after one visit the app opens and completes with the network off', async ({ page, context }) => {
  await openHome(page);
  await page.waitForFunction(async () => {
    const reg = await navigator.serviceWorker.ready;
    return Boolean(reg.active) && navigator.serviceWorker.controller !== null;
  });
  await context.setOffline(true);
  await page.reload();
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await finishQuiz(page);
  await expect(page.getByText(/^\d+% SRE$/)).toBeVisible();
  await page.goto('./?accent=%23aa0000#/learn');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectPageText(page);
});

test('the single file opens from disk, saves, and resumes after a reload', async ({ page }) => {
  const file = resolve(fileURLToPath(import.meta.url), '../../../../dist-single/opsfit.html');
  const requests = [];
  page.on('request', (r) => { if (!r.url().startsWith('file:')) requests.push(r.url()); });
  await page.goto(`file://${file}`);
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await expectQuestion(page, 1);
  await answer(page, 0);
  await next(page);
  await expectQuestion(page, 2);
  await page.reload();
  await expectQuestion(page, 2);
  await finishQuiz(page);
  expect(requests).toEqual([]);
});

// Installing fetches every file of the build again: it waits until the app
// has drawn its first screen, so that it never competes with the first
// question (ARCHITECTURE.md, "Start-up").
test('the service worker registers only once the first question is on screen', async ({ page }) => {
  await page.addInitScript(() => {
    const container = navigator.serviceWorker;
    const register = container.register.bind(container);
    container.register = (...args) => {
      window.registeredWithQuestion = Boolean(document.querySelector('fieldset input[type=radio]'));
      return register(...args);
    };
  });
  await page.goto('./#/quiz');
  await expectQuestion(page, 1);
  await page.waitForFunction(() => navigator.serviceWorker.ready.then(() => true));
  expect(await page.evaluate(() => window.registeredWithQuestion)).toBe(true);
});

test('no request leaves for another origin, and none follows the first question', async ({ page, context }) => {
  const early = [];
  const late = [];
  let shown = false;
  context.on('request', (r) => {
    // The service worker's own fetches (install, update check) are allowed.
    if (r.serviceWorker() || new URL(r.url()).pathname.endsWith('/sw.js')) return;
    (shown ? late : early).push(r.url());
  });
  await page.goto('./#/quiz');
  await expectQuestion(page, 1);
  shown = true;
  await finishQuiz(page);
  await page.getByRole('link', { name: 'Learn', exact: true }).click();
  await page.getByRole('link', { name: 'Compare', exact: true }).click();
  await page.goto('./#/');
  await expect(page.getByRole('heading', { name: 'Your past results' })).toBeVisible();
  const origin = new URL(page.url()).origin;
  expect(early.filter((u) => new URL(u).origin !== origin)).toEqual([]);
  // A same-document navigation (hash) makes no request; the goto above is a
  // full load, so only its documents and assets may appear after it.
  expect(late.filter((u) => !u.startsWith(origin))).toEqual([]);
});

// The only requests after the first question are the pages module (the
// learn, compare and method text, and the result's path) and its
// stylesheet, same-origin, once each, when the first of those screens opens
// (ARCHITECTURE.md, "The pages module").
test('in-app navigation after the first question requests only the pages module and its stylesheet, once', async ({ page, context }) => {
  await page.goto('./#/quiz');
  await expectQuestion(page, 1);
  await page.waitForLoadState('networkidle');
  const late = [];
  context.on('request', (r) => { if (!r.serviceWorker()) late.push(r.url()); });
  await finishQuiz(page);
  // The result's path is page data too: the first screen that needs it.
  await expect(page.locator('.path .steps')).toBeVisible();
  await page.getByRole('link', { name: 'Learn', exact: true }).click();
  await expectPageText(page);
  await page.getByRole('link', { name: 'Compare', exact: true }).click();
  await expectPageText(page);
  await page.getByRole('link', { name: 'opsfit' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const origin = new URL(page.url()).origin;
  expect(late).toHaveLength(2);
  const [module] = late.filter((u) => u.endsWith('.wasm'));
  expect(module).toMatch(new RegExp(`^${origin}/pages-[0-9a-f]{16}\\.wasm$`));
  expect(late).toContain(module.replace(/wasm$/, 'css'));
});
