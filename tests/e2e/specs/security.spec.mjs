// The page's Content Security Policy, and input from outside that must stay
// inert: share links, imported files, URL parameters and stored records.
import { test, expect } from '@playwright/test';
import { PROGRESS_KEY as KEY, finishQuiz, openHome, startQuiz } from './helpers.mjs';

// Each payload sets window.__pwned if it ever runs, or leaves an element the
// app never makes (an <img src=x>, a <script> without src, an onerror).
const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '"><script>window.__pwned=1</script>',
  "'><svg onload=window.__pwned=1>",
  'javascript:window.__pwned=1',
];

/** Records every policy violation the page reports, from the first script on. */
async function watchViolations(page) {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
}

async function expectInert(page) {
  const found = await page.evaluate(() => ({
    ran: window.__pwned ?? null,
    // The one inline script the build writes, the language chooser, is
    // allowed by its hash (checked in the policy test below).
    injected: [...document.querySelectorAll('img[src="x"], script:not([src]):not([data-opsfit-lang]), [onerror], [onload], svg[onload]')]
      .map((el) => el.outerHTML),
    scriptLinks: [...document.querySelectorAll('a[href^="javascript:" i]')].map((a) => a.outerHTML),
  }));
  expect(found).toEqual({ ran: null, injected: [], scriptLinks: [] });
}

test('the page runs under a strict policy and breaks none of it', async ({ page }) => {
  await watchViolations(page);
  await openHome(page);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  const directives = Object.fromEntries(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
  // 'self', the hash of the one inline script (the language chooser, first
  // in the head, which must run before any wasm is fetched), and wasm.
  const chooser = await page.evaluate(async () => {
    const scripts = [...document.querySelectorAll('script:not([src])')];
    const text = scripts.length === 1 && scripts[0].hasAttribute('data-opsfit-lang') ? scripts[0].textContent : '';
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
    return `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`;
  });
  expect(directives['script-src']).toEqual(["'self'", chooser, "'wasm-unsafe-eval'"]);
  // 'self' and the hash of the page's one style element, the stylesheet.
  const style = await page.evaluate(async () => {
    const styles = [...document.querySelectorAll('style')];
    const text = styles.length === 1 ? styles[0].textContent : '';
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
    return `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`;
  });
  expect(directives['style-src']).toEqual(["'self'", style]);
  const sources = Object.values(directives).flat();
  expect(sources).not.toContain("'unsafe-eval'");
  expect(sources).not.toContain("'unsafe-inline'");
  // The policy is in force: a script written into the page does not run.
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inline = 1';
    document.body.append(s);
  });
  expect(await page.evaluate(() => window.__inline ?? null)).toBeNull();
  await page.evaluate(() => { window.__violations = []; });

  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await finishQuiz(page);
  await page.getByRole('link', { name: 'Learn' }).first().click();
  await page.goBack();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Your result' })).toBeVisible();
  expect(await page.evaluate(() => window.__violations)).toEqual([]);
});

test('a share link carrying markup shows the damaged-link notice, as text', async ({ page }) => {
  for (const payload of PAYLOADS) {
    await page.goto(`./#/r/${encodeURIComponent(payload)}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectInert(page);
    await page.goto(`./#/r/${payload}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectInert(page);
  }
});

test('an imported file carrying markup is refused and stays text', async ({ page }) => {
  await page.goto('./#/data');
  const field = page.getByLabel('Paste an export or a resume code');
  for (const payload of PAYLOADS) {
    const record = JSON.stringify({
      version: 2, quiz: payload, answers: { [payload]: payload }, at: payload,
      finished: false, saved_at: 1, history: [],
    });
    for (const text of [payload, record]) {
      await field.fill(text);
      await page.getByRole('button', { name: 'Import' }).click();
      await expect(page.getByRole('alert')).toContainText('That could not be imported');
      // What the person pasted is still there, as they typed it.
      await expect(field).toHaveValue(text);
      await expectInert(page);
    }
  }
});

test('URL parameters carrying markup change nothing on the page', async ({ page }) => {
  for (const payload of PAYLOADS) {
    const q = encodeURIComponent(payload);
    await page.goto(`./?embed=${q}&origin=${q}&events=${q}&accent=${q}&font=${q}&radius=${q}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectInert(page);
    const themed = await page.evaluate(() => document.documentElement.getAttribute('style') ?? '');
    expect(themed).not.toContain('<');
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    await expect(page.getByText(/^Question 1 of \d+$/)).toBeVisible();
  }
});

test('a stored record carrying markup is set aside, and a past result with markup stays inert', async ({ page }) => {
  await page.addInitScript(([key, payloads]) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem(key, JSON.stringify({
      version: 2, quiz: 'sre-devops', answers: { [payloads[0]]: payloads[1] }, at: payloads[2],
      finished: true, saved_at: 1,
      history: payloads.map((p, i) => ({ finished_at: 1700000000000 + i, outcome: p, percent: [50, 50], token: p })),
    }));
  }, [KEY, PAYLOADS]);
  await openHome(page);
  await expectInert(page);
  await page.getByRole('button', { name: /^(Start the quiz|Start over)$/ }).first().click();
  await expectInert(page);
});

test('past results read from storage link only inside the app', async ({ page }) => {
  await startQuiz(page);
  await finishQuiz(page);
  await page.evaluate(([key, payload]) => {
    const record = JSON.parse(localStorage.getItem(key));
    for (const h of record.history) h.token = payload;
    localStorage.setItem(key, JSON.stringify(record));
  }, [KEY, PAYLOADS[1]]);
  await openHome(page);
  await expectInert(page);
  const hrefs = await page.locator('main a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  for (const href of hrefs) expect(href).not.toMatch(/^\s*javascript:/i);
});
