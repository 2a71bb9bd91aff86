import { test, expect } from '@playwright/test';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = resolve(fileURLToPath(import.meta.url), '../../../../dist');

test('a new deploy is offered with a reload, and its cache replaces the old one', async ({ page }) => {
  // A private copy of the build, so this test can "deploy" without touching others.
  const root = mkdtempSync(join(tmpdir(), 'opsfit-deploy-'));
  cpSync(dist, root, { recursive: true });
  const port = 4300 + Math.floor(Math.random() * 500);
  const server = spawn('node', ['serve.mjs', root, String(port)], { cwd: resolve(dist, '../tests/e2e'), stdio: 'ignore' });
  try {
    await expect.poll(async () => (await fetch(`http://127.0.0.1:${port}/`).catch(() => null))?.status).toBe(200);
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(async () => {
      await navigator.serviceWorker.ready;
      return navigator.serviceWorker.controller !== null;
    });
    const before = await page.evaluate(() => caches.keys());
    expect(before).toHaveLength(1);

    const sw = join(root, 'sw.js');
    writeFileSync(sw, readFileSync(sw, 'utf8').replace(/const VERSION = ["'][0-9a-f]+["']/, "const VERSION = 'f00dfeedf00dfeed'"));
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));

    await expect(page.getByText('A new version is ready.')).toBeVisible();

    // A page opened now finds the new version already waiting. The worker
    // registers only once the app runs, so the app hears of it.
    const second = await page.context().newPage();
    await second.addInitScript(() => {
      window.addEventListener('opsfit-update', () => { window.updateEventAfterMount = Boolean(document.querySelector('main')); });
    });
    await second.goto(`http://127.0.0.1:${port}/`);
    await expect(second.getByText('A new version is ready.')).toBeVisible();
    expect(await second.evaluate(() => window.updateEventAfterMount)).toBe(true);
    await second.close();

    await Promise.all([
      page.waitForEvent('load'),
      page.getByRole('button', { name: 'Reload' }).click(),
    ]);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect.poll(() => page.evaluate(() => caches.keys())).toEqual(['opsfit-en-f00dfeedf00dfeed']);
  } finally {
    server.kill();
    rmSync(root, { recursive: true, force: true });
  }
});

test('the first visit to another language offers no update', async ({ page }) => {
  await page.goto('./?lang=en');
  await page.waitForFunction(async () => {
    await navigator.serviceWorker.ready;
    return navigator.serviceWorker.controller !== null;
  });
  // /es/ opens under the root's worker, while its own worker installs for
  // the first time: nothing new to offer.
  await page.getByRole('link', { name: 'Español' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  // Its worker claims the page once active, after every state change of
  // its install has reached the page.
  await page.waitForFunction(() => /\/es\/sw\.js$/.test(navigator.serviceWorker.controller?.scriptURL ?? ''));
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await expect(page.getByText('Hay una versión nueva lista.')).toHaveCount(0);
});
