// "Save as image": the result's card is a 1200 x 630 PNG drawn in the page,
// made online, offline and from the single file, with no request.
import { test, expect } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { finishQuiz, openHome, startQuiz } from './helpers.mjs';

/** Presses "Save as image" and returns the PNG's width and height. */
async function savedCard(page) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save as image' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('opsfit-result.png');
  const png = readFileSync(await download.path());
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  await expect(page.getByText('The image is saved.')).toBeVisible();
  expect(png.length).toBeGreaterThan(10_000);
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

test('the card is a 1200 x 630 PNG, made without a request', async ({ page }) => {
  await startQuiz(page);
  await finishQuiz(page, (n) => n % 2);
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  expect(await savedCard(page)).toEqual([1200, 630]);
  expect(requests.filter((u) => !u.startsWith('data:'))).toEqual([]);
});

test('the card is made offline after one visit', async ({ page, context }) => {
  await openHome(page);
  await page.waitForFunction(async () => {
    const reg = await navigator.serviceWorker.ready;
    return Boolean(reg.active) && navigator.serviceWorker.controller !== null;
  });
  await context.setOffline(true);
  await page.reload();
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await finishQuiz(page);
  expect(await savedCard(page)).toEqual([1200, 630]);
});

test('the card is made from the single file on disk', async ({ page }) => {
  const file = resolve(fileURLToPath(import.meta.url), '../../../../dist-single/opsfit.html');
  await page.goto(`file://${file}`);
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await finishQuiz(page, (n) => n % 2);
  expect(await savedCard(page)).toEqual([1200, 630]);
});
