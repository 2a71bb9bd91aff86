import { test, expect } from '@playwright/test';
import { finishQuiz, answer, next, expectQuestion } from './helpers.mjs';

const APP = process.env.OPSFIT_APP;
const HOST = process.env.OPSFIT_HOST;

async function openHost(page, fixture = 'host.html', app = APP) {
  await page.goto(`${HOST}${fixture}?app=${encodeURIComponent(app)}`);
}

// The app on the host's site (another port of localhost): browsers give it
// real storage there, where a cross-site iframe may have its storage blocked.
const SAME_SITE_APP = APP.replace('127.0.0.1', 'localhost');

const frame = (page, title) => page.frameLocator(`iframe[title="${title}"]`);

async function events(page, id, type) {
  return page.evaluate(([i, t]) => window.events.filter((e) => e.id === i && e.type === t), [id, type]);
}

test('an embed fits its content, themes itself and reports to the host that asked', async ({ page }) => {
  await openHost(page);
  const one = frame(page, 'First quiz');
  await one.getByRole('button', { name: 'Start the quiz' }).click();
  await expectQuestion(one, 1);

  // The iframe's height follows its content, with no inner scrollbar.
  const iframe = page.locator('iframe[title="First quiz"]');
  await expect.poll(async () => {
    const outer = (await iframe.boundingBox()).height;
    const inner = await one.locator('html').evaluate((el) => el.getBoundingClientRect().height);
    return Math.abs(outer - Math.ceil(inner));
  }).toBeLessThanOrEqual(1);
  expect(await one.locator('html').evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);

  // The host's accent colour reached the app; the site chrome is gone.
  const start = one.getByRole('button', { name: /^Next/ });
  await expect(start).toHaveCSS('background-color', 'rgb(170, 0, 0)');
  await expect(one.getByRole('navigation', { name: 'Main' })).toBeHidden();

  await answer(one, 0);
  await next(one);
  await expect.poll(() => events(page, 'one', 'progress')).toHaveLength(1);
  expect((await events(page, 'one', 'progress'))[0].detail).toMatchObject({ source: 'opsfit', answered: 1 });

  await finishQuiz(one);
  await expect.poll(() => events(page, 'one', 'complete')).toHaveLength(1);
  const complete = (await events(page, 'one', 'complete'))[0].detail;
  expect(complete.outcome).toMatch(/^(sre|devops|balanced)$/);
  expect(complete.percent.sre + complete.percent.devops).toBe(100);
  // Its share link is the app's, without the host's embed wiring.
  await expect(one.getByLabel('Link to your result')).toHaveValue(new RegExp(`^${APP.replace(/[.]/g, '\\.')}#/r/`));

  // Every message came from the app's origin; the second embed, which asked
  // for no events, sent none with data.
  const origins = await page.evaluate(() => [...new Set(window.messages.map((m) => m.origin))]);
  expect(origins).toEqual([new URL(APP).origin]);
  // Cross-site, this browser blocks the iframe's storage: the app says so.
  await expect(one.getByText('not letting opsfit save')).toBeVisible();
  expect(await events(page, 'two', 'ready')).toHaveLength(1);
  expect(await events(page, 'two', 'progress')).toEqual([]);
  expect(await events(page, 'two', 'complete')).toEqual([]);
});

test('two embeds on one page keep separate progress', async ({ page }) => {
  await openHost(page, 'host.html', SAME_SITE_APP);
  const one = frame(page, 'First quiz');
  const two = frame(page, 'Second quiz');
  await one.getByRole('button', { name: 'Start the quiz' }).click();
  await answer(one, 1);
  await next(one);
  await page.reload();
  await expect(frame(page, 'First quiz').getByRole('button', { name: /^Resume \(question 2 of \d+\)$/ })).toBeVisible();
  await expect(frame(page, 'Second quiz').getByRole('button', { name: 'Start the quiz' })).toBeVisible();
  await expect(two.getByRole('button', { name: /^Resume/ })).toHaveCount(0);
});

test('a finished embed reopened on any route tells the host nothing it did not just see', async ({ page }) => {
  await openHost(page, 'host.html', SAME_SITE_APP);
  const one = frame(page, 'First quiz');
  await one.getByRole('button', { name: 'Start the quiz' }).click();
  await finishQuiz(one);
  await expect.poll(() => events(page, 'one', 'complete')).toHaveLength(1);

  const app = page.frames().find((f) => f.url().includes('embed=one'));
  for (const route of ['#/result', '#/quiz', '#/']) {
    await app.evaluate((r) => { location.hash = r; }, route);
    await page.evaluate(() => { window.events = []; });
    // Reloaded from a timer, so the evaluation returns before the page goes.
    await app.evaluate(() => { setTimeout(() => location.reload(), 0); });
    await expect.poll(() => events(page, 'one', 'ready')).toHaveLength(1);
    await page.waitForTimeout(500);
    expect(await events(page, 'one', 'progress'), route).toEqual([]);
    expect(await events(page, 'one', 'complete'), route).toEqual([]);
  }

  // The host page itself reloaded: its embed opens at the start.
  await page.reload();
  await expect.poll(() => events(page, 'one', 'ready')).toHaveLength(1);
  await page.waitForTimeout(500);
  expect(await events(page, 'one', 'progress')).toEqual([]);
  expect(await events(page, 'one', 'complete')).toEqual([]);

  // What the person does next is told again.
  await frame(page, 'First quiz').getByRole('button', { name: 'Start over' }).click();
  await expect.poll(() => events(page, 'one', 'progress')).toHaveLength(1);
});

test('the app posts nothing to a page whose origin it was not given', async ({ page }) => {
  await openHost(page, 'elsewhere.html');
  const app = page.frameLocator('iframe[title="opsfit"]');
  await expectQuestion(app, 1);
  await answer(app, 0);
  await next(app);
  await expectQuestion(app, 2);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => window.messages)).toEqual([]);
});

test('with storage blocked inside a sandboxed iframe the quiz still completes', async ({ page }) => {
  // sandbox="allow-scripts": no storage, and no form may submit, so Next and
  // Import must act on their clicks.
  await openHost(page, 'sandboxed.html');
  const app = page.frameLocator('iframe[title="opsfit"]');
  await expect(app.getByText('not letting opsfit save')).toBeVisible();
  await app.getByRole('button', { name: 'Start the quiz' }).click();
  await finishQuiz(app);
  await expect(app.getByText(/^\d+% SRE$/)).toBeVisible();
  await app.getByRole('link', { name: 'Your data' }).click();
  await app.getByLabel('Paste an export or a resume code').fill('not a code');
  await app.getByRole('button', { name: 'Import' }).click();
  await expect(app.getByText(/^That could not be imported: /)).toBeVisible();
});

test('a site can mount the app without an iframe', async ({ page }) => {
  await openHost(page, 'mount.html');
  await page.waitForFunction(() => window.mounted === true);
  // The skip link shows inside the app's element, not over the host's page.
  await page.keyboard.press('Tab');
  const skip = page.locator('#quiz').getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  const [app, link] = await Promise.all([page.locator('#quiz').boundingBox(), skip.boundingBox()]);
  expect(link.y).toBeGreaterThanOrEqual(app.y);
  expect(link.y + link.height).toBeLessThanOrEqual(app.y + app.height);
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await expectQuestion(page, 1);
  await answer(page, 0);
  await next(page);
  await expectQuestion(page, 2);
});

// The pages module is beside mount.js, not beside the host's page; its
// screens' rules are in mount.js's stylesheet already, so no other
// stylesheet is fetched.
test('a mounted app fetches its page text from its own build, styled by the stylesheet it came with', async ({ page }) => {
  const fetched = [];
  page.on('request', (r) => { if (/pages-[0-9a-f]+\.(wasm|css)$/.test(r.url())) fetched.push(r.url()); });
  await openHost(page, 'mount.html');
  await page.waitForFunction(() => window.mounted === true);
  await page.locator('#quiz').getByRole('link', { name: 'Compare', exact: true }).click();
  await expect(page.getByRole('columnheader', { name: 'Aspect' })).toBeVisible();
  expect(fetched).toHaveLength(1);
  expect(fetched[0]).toMatch(/\.wasm$/);
  expect(new URL(fetched[0]).origin).toBe(new URL(process.env.OPSFIT_APP).origin);
  // The "On this page" box has its rule down the left.
  await expect(page.locator('#quiz .toc')).toHaveCSS('border-left-style', 'solid');
});

test('a mounted app touches only its own element: the host keeps its scroll, focus, hash, query and styles', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 1600 });
  // The host's own query carries theme-like parameters, which are not the app's.
  await page.goto(`${HOST}mount-host.html?app=${encodeURIComponent(APP)}&accent=%23123456&embed=host#section-2`);
  await page.waitForFunction(() => window.mounted === true);
  const host = () => page.evaluate(() => ({
    scroll: Math.round(window.scrollY),
    hash: location.hash,
    search: location.search,
    htmlStyle: document.documentElement.getAttribute('style'),
    htmlClass: document.documentElement.className,
    mains: document.querySelectorAll('#main').length,
  }));
  const before = await host();
  expect(before.scroll).toBeGreaterThan(1000);

  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await expectQuestion(page, 1);
  await finishQuiz(page);
  expect(await host()).toEqual(before);
  // The app's stylesheet styles the app's element, not the host's page.
  expect(await page.evaluate(() => window.hostStyle())).toEqual(await page.evaluate(() => window.hostBefore));
  // A share link leads to the app's own address, not the host's page.
  await expect(page.locator('#quiz').getByLabel('Link to your result')).toHaveValue(new RegExp(`^${APP.replace(/[.]/g, '\\.')}#/r/`));
  const focus = await page.evaluate(() => ({
    inApp: document.getElementById('quiz').contains(document.activeElement),
    hostMain: document.activeElement === document.querySelector('body > #main'),
  }));
  expect(focus).toEqual({ inApp: true, hostMain: false });

  // The app's own links change its screen, not the host's address.
  await page.locator('#quiz').getByRole('link', { name: 'Learn', exact: true }).click();
  await expect(page.locator('#quiz').getByRole('heading', { name: 'Learn about SRE and DevOps' })).toBeVisible();
  expect(await host()).toEqual(before);

  // Its theme comes from the element and the mount call, on the element:
  // the app's buttons take the element's accent.
  const radius = await page.evaluate(() => document.getElementById('quiz').style.getPropertyValue('--opsfit-radius'));
  expect(radius).toBe('3px');
  await page.locator('#quiz').getByRole('link', { name: 'Quiz', exact: true }).click();
  await expect(page.locator('#quiz').getByRole('button', { name: /^Next/ })).toHaveCSS('background-color', 'rgb(170, 0, 0)');
});
