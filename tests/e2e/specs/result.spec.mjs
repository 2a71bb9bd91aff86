// The result people act on and share (issue 20): it leads with the answer,
// gives no verdict without enough answers, a shared link speaks of "this
// result" and hides the sharer's answers, and links made by earlier
// releases open with the figures they were shared with.
import { test, expect } from '@playwright/test';
import { answer, expectNoAxeViolations, finishQuiz, next, position, resumeCodeAfterTwoAnswers, skip, startQuiz } from './helpers.mjs';

// Made by the releases themselves (fixtures of tests/result_links.rs).
const RELEASE_25_SRE = 'AUeIGVEhJSEhFREVElIREVA__A'; // c542b02: SRE 100/0, 9 changes
const RELEASE_25_DEVOPS_PARTIAL = 'AUeIGSMCICICICICICECICB0Ig'; // balanced 48/52, 17 of 25
const RELEASE_27_LEAN = 'AXr9G1RSFTERExISUlFRExIwS80'; // 0cc1143: DevOps 35/65, 3 changes
const RELEASE_27_SKIPS = 'A3r9Gz9CXxQfNE9THyQ_RF8QEOw'; // 0cc1143: SRE 59/41, 20 of 27

test('the heading names the outcome, then the split, the meaning and how firm it is', async ({ page }) => {
  await startQuiz(page);
  await finishQuiz(page, (n) => n % 2);
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toHaveText(/^Your result: ((SRE|DevOps) fits you|A bit of both)$/);
  await expect(page.locator('.shares')).toBeVisible();
  await expect(page.locator('.confidence')).toHaveText(/^(A clear result|A close call|Fairly firm|Firm):/);
  await expect(page.getByText('Based on 27 of 27 questions.', { exact: false })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a shared link speaks of this result and shows none of the sharer\'s answers', async ({ page, browser }) => {
  await startQuiz(page);
  await finishQuiz(page, (n) => (n % 4 === 0 ? 1 : 0));
  await expect(page.getByText(/^You answered:/).first()).toBeVisible();
  const shares = await page.locator('.shares').innerText();
  const link = await page.getByLabel('Link to your result').inputValue();
  const friend = await (await browser.newContext()).newPage();
  await friend.goto(link);
  await expect(friend.getByRole('heading', { level: 1 })).toHaveText(/^A shared result: ((SRE|DevOps) fits best|A bit of both)$/);
  expect(await friend.locator('.shares').innerText()).toBe(shares);
  await expect(friend.getByText(/^This result/).first()).toBeVisible();
  const text = await friend.locator('main').innerText();
  expect(text).not.toMatch(/you answered/i);
  expect(text).not.toMatch(/Why: the answers that mattered most|What would change it|Your trait profile/);
  await expect(friend.getByRole('link', { name: 'Take the quiz yourself' })).toBeVisible();
});

for (const [name, token, heading, shares, firm] of [
  ['the 25-question release (SRE)', RELEASE_25_SRE, 'SRE fits best', ['100% SRE', '0% DevOps'], 'Firm: it would take 9 changed answers'],
  ['the 25-question release (a third unanswered)', RELEASE_25_DEVOPS_PARTIAL, 'A bit of both', ['48% SRE', '52% DevOps'], 'A close call'],
  ['the 27-question release', RELEASE_27_LEAN, 'DevOps fits best', ['35% SRE', '65% DevOps'], 'Fairly firm: it would take 3 changed answers'],
  ['the 27-question release with skips', RELEASE_27_SKIPS, 'SRE fits best', ['59% SRE', '41% DevOps'], 'Fairly firm: it would take 2 changed answers'],
]) {
  test(`a result link made by ${name} opens with its original figures`, async ({ page }) => {
    await page.goto(`./#/r/${token}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`A shared result: ${heading}`);
    for (const s of shares) await expect(page.locator('.shares')).toContainText(s);
    await expect(page.locator('.confidence')).toContainText(firm);
  });
}

test('a link of the 27-question release keeps its trait scores', async ({ page }) => {
  await page.goto(`./#/r/${RELEASE_27_LEAN}`);
  await page.getByText('Show the chart as a table').click();
  // reliability 63, investigation 17, incident 0 in that release.
  const row = (label) => page.locator('.chart tbody tr').filter({ has: page.getByRole('rowheader') }).nth(label);
  await expect(row(0).locator('td').first()).toHaveText('63%');
  await expect(row(1).locator('td').first()).toHaveText('17%');
  await expect(row(2).locator('td').first()).toHaveText('0%');
});

test('a resume code opened as a result link is refused with the reason', async ({ page }) => {
  const code = await resumeCodeAfterTwoAnswers(page);
  await page.goto(`./#/r/${code}`);
  await expect(page.getByText(/this is a resume code, not a result link/)).toBeVisible();
  await expect(page.locator('.shares')).toHaveCount(0);
});

test('with most questions skipped the result shows no percentages', async ({ page }) => {
  await startQuiz(page);
  const [, total] = await position(page);
  await answer(page, 0);
  await next(page);
  for (let n = 2; n <= total; n++) await skip(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your result: Not enough answers for a verdict yet');
  await expect(page.locator('.shares')).toBeHidden();
  expect(await page.locator('main').innerText()).not.toMatch(/\d+ ?%/);
  await expect(page.getByText(`1 of ${total} questions answered.`, { exact: false })).toBeVisible();
  await expect(page.getByText(`answer ${Math.ceil(total / 2) - 1} more`, { exact: false })).toBeVisible();
  await expect(page.getByLabel('Link to your result')).toHaveCount(0);
  await expectNoAxeViolations(page);
});

// English first: choosing Spanish with ?lang=es is remembered.
const LANGS = [['./', 'Your result', 'A shared result'], ['./es/?lang=es', 'Tu resultado', 'Un resultado compartido']];

for (const scheme of ['light', 'dark']) {
  test(`the result with its path, and a shared result, pass axe in ${scheme}, in English and Spanish`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await startQuiz(page);
    await finishQuiz(page, (n) => n % 2);
    for (const [base, mine, shared] of LANGS) {
      await page.goto(`${base}#/result`);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(mine, { timeout: 15_000 });
      await page.locator('fieldset.where input').nth(1).check();
      await expect(page.locator('.path-start p').first()).toBeVisible();
      await expectNoAxeViolations(page);
      for (const token of [RELEASE_27_LEAN, RELEASE_25_DEVOPS_PARTIAL]) {
        await page.goto(`${base}#/r/${token}`);
        await expect(page.getByRole('heading', { level: 1 })).toContainText(shared);
        await expect(page.locator('.shares')).toBeVisible();
        await expectNoAxeViolations(page);
      }
    }
  });
}

test.describe('at 320 px wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test('the result with its path and a shared result reflow in both languages', async ({ page }) => {
    await startQuiz(page);
    await finishQuiz(page, (n) => n % 2);
    for (const [base, mine, shared] of LANGS) {
      await page.goto(`${base}#/result`);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(mine, { timeout: 15_000 });
      await page.locator('fieldset.where input').nth(0).check();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      await page.goto(`${base}#/r/${RELEASE_27_SKIPS}`);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(shared);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    }
  });
});

test('once a result exists, every other screen leads back to it', async ({ page }) => {
  await page.goto('./#/learn');
  await expect(page.getByRole('link', { name: 'Back to your result' })).toHaveCount(0);
  await startQuiz(page);
  await finishQuiz(page, (n) => n % 2);
  const heading = await page.getByRole('heading', { level: 1 }).innerText();
  await expect(page.getByRole('link', { name: 'Back to your result' })).toHaveCount(0);
  for (const route of ['#/', '#/learn', '#/compare', '#/method', '#/quiz']) {
    await page.goto(`./${route}`);
    await page.getByRole('link', { name: 'Back to your result' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  }
  // The way back has a line of its own: the header stays one row.
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 844 });
    await page.goto('./#/learn');
    await expect(page.getByRole('link', { name: 'Back to your result' })).toBeVisible();
    const mids = await page.locator('header.site > *').evaluateAll((els) => els
      .filter((e) => e.getBoundingClientRect().height > 0)
      .map((e) => { const r = e.getBoundingClientRect(); return r.top + r.height / 2; }));
    expect(Math.max(...mids) - Math.min(...mids), `header at ${width} px`).toBeLessThan(4);
  }
});

test('where you are now changes the path and not the percentages', async ({ page }) => {
  await startQuiz(page);
  await finishQuiz(page, (n) => n % 2);
  const shares = await page.locator('.shares').innerText();
  const where = page.getByRole('group', { name: 'Where are you now?' });
  await expect(where.getByRole('radio')).toHaveCount(6);
  await expect(page.locator('.path-start')).toBeEmpty();
  await where.getByLabel('Software developer').check();
  const developer = await page.locator('.path-start').innerText();
  expect(developer).toMatch(/Where you start/);
  await where.getByLabel('Sysadmin or IT operations').check();
  const sysadmin = await page.locator('.path-start').innerText();
  expect(sysadmin).not.toBe(developer);
  expect(await page.locator('.shares').innerText()).toBe(shares);
  // Kept with the progress.
  await page.reload();
  await expect(page.getByRole('group', { name: 'Where are you now?' }).getByLabel('Sysadmin or IT operations')).toBeChecked();
  expect(await page.locator('.path-start').innerText()).toBe(sysadmin);
  await expectNoAxeViolations(page);
});

test('every link out is a plain link, and nothing is requested before a click', async ({ page }) => {
  await startQuiz(page);
  await finishQuiz(page, (n) => n % 2);
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.getByRole('group', { name: 'Where are you now?' }).getByLabel('New to tech, or studying').check();
  const links = page.locator('.path a');
  const n = await links.count();
  expect(n).toBeGreaterThan(5);
  for (let i = 0; i < n; i++) {
    const a = links.nth(i);
    const href = await a.getAttribute('href');
    expect(href).toMatch(/^(https:\/\/[a-z0-9.-]+(\/|$)|#\/)/);
    expect(await a.getAttribute('target')).toBeNull();
    expect(await a.getAttribute('onclick')).toBeNull();
  }
  await page.waitForTimeout(500);
  expect(requests).toEqual([]);
});
