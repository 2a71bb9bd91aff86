import { test, expect } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { expectNoAxeViolations } from './helpers.mjs';

// Every screen but home and the quiz is drawn by the pages module: a second
// wasm file fetched when one of these screens first opens, not part of the
// first load (ARCHITECTURE.md, "The pages module"). These are the promises
// that come with that: every such screen opens offline after one visit and
// from the single file on disk, its heading shows at once while its text
// loads, and a failed fetch says so and can be retried. The module's
// screens have their own stylesheet, which comes with it: the text shows
// only once that is in too, and a stylesheet that fails is a failed fetch.

const LANGUAGES = [
  {
    id: 'en', dir: './', single: 'opsfit.html',
    start: 'Start the quiz', loading: 'Loading…', failed: /could not be loaded/, retry: 'Try again',
    screens: [
      ['#/learn', 'Learn about SRE and DevOps', 'Site reliability engineering'],
      ['#/learn/sre', /Site reliability engineering/, 'Salary'],
      ['#/learn/devops', /DevOps engineering/, 'Certifications'],
      ['#/learn/together', /Together, not either\/or/, /Error budgets/],
      ['#/compare', /.+/, 'Aspect'],
      ['#/method', 'How this quiz works', 'Sources'],
    ],
  },
  {
    id: 'es', dir: './es/', single: 'opsfit.es.html',
    start: 'Empezar el cuestionario', loading: 'Cargando…', failed: /No se pudo cargar/, retry: 'Reintentar',
    screens: [
      ['#/learn', 'Aprende sobre SRE y DevOps', /ingeniería de confiabilidad/i],
      ['#/learn/sre', /.+/, /.+/],
      ['#/learn/devops', /.+/, /.+/],
      ['#/learn/together', /.+/, /.+/],
      ['#/compare', /.+/, /.+/],
      ['#/method', /.+/, /.+/],
    ],
  },
];

const DATA = '**/pages-*.wasm';
const STYLE = '**/pages-*.css';

/** The screen's h1, and proof its text is in: a named piece of it, styled. */
async function expectScreen(page, heading, text) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  await expect(page.locator('main .page-loading')).toHaveCount(0);
  await expect(page.locator('main .page-failed')).toHaveCount(0);
  // Every one of these screens has a second-level heading, a link or a
  // column heading once its text is in.
  await expect(page.locator('main').getByText(text).first()).toBeVisible();
  await expectStyled(page);
}

/** The text wears the pages module's stylesheet: the "On this page" box
 *  has its rule down the left, and the learn index its cards. */
async function expectStyled(page) {
  const box = page.locator('main .toc, main .page-list li').first();
  await expect(box).toHaveCSS('border-style', /solid/);
}

for (const lang of LANGUAGES) {
  test.describe(`${lang.id}`, () => {
    test.use({ locale: lang.id === 'es' ? 'es-ES' : 'en-GB' });

    test('after one visit every learn, compare and method screen opens offline', async ({ page, context }) => {
      await page.goto(lang.dir);
      await page.waitForFunction(async () => {
        const reg = await navigator.serviceWorker.ready;
        return Boolean(reg.active) && navigator.serviceWorker.controller !== null;
      });
      await context.setOffline(true);
      for (const [hash, heading, text] of lang.screens) {
        // A full load each time: the service worker serves the page, the
        // wasm and the page data, with nothing in memory.
        await page.goto(`${lang.dir}${hash}`);
        await page.reload();
        await expectScreen(page, heading, text);
      }
    });

    test('every learn, compare and method screen opens from the single file on disk', async ({ page }) => {
      const file = resolve(fileURLToPath(import.meta.url), `../../../../dist-single/${lang.single}`);
      const requests = [];
      page.on('request', (r) => { if (!r.url().startsWith('file:')) requests.push(r.url()); });
      for (const [hash, heading, text] of lang.screens) {
        await page.goto(`file://${file}${hash}`);
        await page.reload();
        await expectScreen(page, heading, text);
      }
      expect(requests).toEqual([]);
    });

    test.describe('without a service worker, so each fetch is seen', () => {
      test.use({ serviceWorkers: 'block' });

      test('the heading shows at once while the text loads, then the text', async ({ page }) => {
        for (const [hash, heading, text] of lang.screens) {
          let release;
          const held = new Promise((r) => { release = r; });
          await page.route(DATA, async (route) => { await held; await route.continue(); });
          // A fresh document each time: a hash change alone keeps the text
          // the previous screen loaded.
          await page.goto(`${lang.dir}${hash}`);
          await page.reload();
          await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
          await expect(page.getByRole('status').filter({ hasText: lang.loading })).toBeVisible();
          if (hash === '#/method') await expectNoAxeViolations(page);
          release();
          await expectScreen(page, heading, text);
          await page.unroute(DATA);
        }
      });

      test('a blocked fetch says so, and its retry button loads the text', async ({ page }) => {
        const [hash, heading, text] = lang.screens.find(([h]) => h === '#/compare');
        await page.route(DATA, (route) => route.abort('internetdisconnected'));
        await page.goto(`${lang.dir}${hash}`);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
        const alert = page.getByRole('alert').filter({ hasText: lang.failed });
        await expect(alert).toBeVisible();
        await expectNoAxeViolations(page);
        // Still blocked: the retry fails again, and says so again.
        await alert.getByRole('button', { name: lang.retry }).click();
        await expect(alert).toBeVisible();
        await page.unroute(DATA);
        await alert.getByRole('button', { name: lang.retry }).click();
        await expectScreen(page, heading, text);
      });

      test('the text waits for its stylesheet, and a blocked stylesheet says so and its retry loads it', async ({ page }) => {
        const [hash, heading, text] = lang.screens.find(([h]) => h === '#/compare');
        let release;
        const held = new Promise((r) => { release = r; });
        await page.route(STYLE, async (route) => { await held; await route.continue(); });
        const moduleIn = page.waitForResponse(DATA);
        await page.goto(`${lang.dir}${hash}`);
        // The module is in; the text is not shown unstyled meanwhile.
        await moduleIn;
        await expect(page.getByRole('status').filter({ hasText: lang.loading })).toBeVisible();
        await expect(page.locator('main .page-text')).toHaveCount(0);
        release();
        await expectScreen(page, heading, text);
        await page.unroute(STYLE);

        await page.route(STYLE, (route) => route.abort('internetdisconnected'));
        await page.reload();
        const alert = page.getByRole('alert').filter({ hasText: lang.failed });
        await expect(alert).toBeVisible();
        await page.unroute(STYLE);
        await alert.getByRole('button', { name: lang.retry }).click();
        await expectScreen(page, heading, text);
      });

      test('a missing file (an old page after a new deploy) says so too', async ({ page }) => {
        await page.route(DATA, (route) => route.fulfill({ status: 404, body: 'not found' }));
        await page.goto(`${lang.dir}#/method`);
        await expect(page.getByRole('alert').filter({ hasText: lang.failed })).toBeVisible();
      });

      test('the module and its stylesheet are fetched once each, from beside the page, and only when a screen needs them', async ({ page }) => {
        const fetched = [];
        page.on('request', (r) => { if (/pages-[0-9a-f]+\.(wasm|css)$/.test(r.url())) fetched.push(r.url()); });
        await page.goto(lang.dir);
        await page.getByRole('button', { name: lang.start }).click();
        await page.waitForLoadState('networkidle');
        expect(fetched).toEqual([]);
        for (const [hash, heading, text] of lang.screens) {
          await page.evaluate((h) => { location.hash = h; }, hash);
          await expectScreen(page, heading, text);
        }
        const stem = new RegExp(`^${lang.dir.slice(1)}pages-[0-9a-f]{16}\\.`);
        expect(fetched.map((u) => new URL(u).pathname.replace(stem, '*.')).sort()).toEqual(['*.css', '*.wasm']);
        expect(fetched[0].replace(/\.\w+$/, '')).toBe(fetched[1].replace(/\.\w+$/, ''));
      });
    });
  });
}

// Opened at a screen the module draws, the page asks for the module and its
// stylesheet at once, beside the app's own wasm; at home or the quiz it asks
// for neither, so a first visit's load stays what size.mjs counts.
test.describe('without a service worker, whose precache would fetch them too', () => {
  test.use({ serviceWorkers: 'block' });
  test('a link to a screen the module draws fetches it beside the app, and home and the quiz do not', async ({ context }) => {
    const fetched = [];
    context.on('request', (r) => { if (/pages-[0-9a-f]{16}\.(wasm|css)$/.test(r.url())) fetched.push(new URL(r.url()).pathname); });
    for (const hash of ['', '#/', '#/quiz']) {
      // A page each: a hash change alone is no new load.
      const page = await context.newPage();
      await page.goto(`./${hash}`);
      await expect(page.locator('main h1, main legend').first()).toBeVisible();
      await expect(page.locator('link[rel=preload][href^="pages-"]')).toHaveCount(0);
      await page.close();
    }
    expect(fetched).toEqual([]);
    const page = await context.newPage();
    await page.goto('./#/compare');
    const preloads = page.locator('link[rel=preload][href^="pages-"]');
    await expect(preloads).toHaveCount(2);
    expect(await preloads.evaluateAll((ls) => ls.map((l) => l.as).sort())).toEqual(['fetch', 'style']);
    await expect(page.locator('main .page-text table')).toBeVisible();
    expect(fetched.sort()).toEqual([expect.stringMatching(/\.css$/), expect.stringMatching(/\.wasm$/)]);
  });
});
