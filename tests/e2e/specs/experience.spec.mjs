import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { PROGRESS_KEY as KEY, answer, back, expectNoAxeViolations, expectPageText, expectQuestion, finishQuiz, next, openHome, options, position, startQuiz, resumeCodeAfterTwoAnswers } from './helpers.mjs';

test('the result explains itself and its link shows the same result elsewhere', async ({ page, browser }) => {
  await startQuiz(page);
  await finishQuiz(page, (n) => n % 2);
  const shares = await page.locator('.shares').innerText();
  // The chart is two images since the trait profile has two parts.
  await expect(page.getByRole('img', { name: /Score on each trait/ })).toHaveCount(2);
  await expect(page.getByRole('img', { name: /Score on each trait/ }).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Why: the answers that mattered most' })).toBeVisible();
  await expect(page.locator('.reasons li').first()).toContainText(/points toward (SRE|DevOps)/);
  await expect(page.getByRole('heading', { name: 'What would change it' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your path' })).toBeVisible();
  await expect(page.locator('.confidence')).toHaveText(/^(A clear result|A close call|Fairly firm|Firm):/);
  await expectNoAxeViolations(page);

  const link = await page.getByLabel('Link to your result').inputValue();
  expect(link).toMatch(/#\/r\/[A-Za-z0-9_-]+$/);
  const friend = await (await browser.newContext()).newPage();
  await friend.goto(link);
  await expect(friend.getByRole('heading', { name: 'A shared result' })).toBeVisible();
  expect(await friend.locator('.shares').innerText()).toBe(shares);
  await expectNoAxeViolations(friend);
});

test('on the result, Copy link says it copied, the link text is selected on focus, and Retake starts again', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await startQuiz(page);
  await finishQuiz(page, (n) => n % 2);
  const input = page.getByLabel('Link to your result');
  await input.focus();
  const selected = await input.evaluate((el) => el.value.slice(el.selectionStart, el.selectionEnd));
  expect(selected).toBe(await input.inputValue());
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await input.inputValue());
  await page.getByRole('button', { name: 'Retake the quiz' }).click();
  await expectQuestion(page, 1);
  await expect(page).toHaveURL(/#\/quiz$/);
});

test('a damaged share link says why it cannot be opened', async ({ page }) => {
  await page.goto('./#/r/AQIDBAUGBwgJ');
  await expect(page.getByText(/This result link cannot be opened: the code is damaged/)).toBeVisible();
});

test('the whole quiz can be done with the keyboard alone', async ({ page }) => {
  await openHome(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  let focused = page.getByRole('button', { name: 'Start the quiz' });
  for (let i = 0; i < 10 && !(await focused.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(focused).toBeFocused();
  const outline = await focused.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expectQuestion(page, 1);
  await expect(page.locator('legend')).toBeFocused();
  const [, total] = await position(page);
  for (let n = 1; n <= total; n++) {
    await expectQuestion(page, n);
    await page.keyboard.press('2');
    await expect(page.getByRole('group').getByRole('radio').nth(1)).toBeChecked();
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('heading', { name: 'Your result' })).toBeVisible();

  // Learn and compare, by Tab and Enter alone; focus is always visible.
  for (const [link, heading] of [['Learn', /./], ['Compare', /./]]) {
    const target = page.getByRole('link', { name: link, exact: true });
    for (let i = 0; i < 60 && !(await target.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Shift+Tab');
    }
    await expect(target).toBeFocused();
    expect(await target.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`#/${link.toLowerCase()}$`));
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  }
});

test('corrupt saved data is set aside, and other keys are left alone', async ({ page }) => {
  await page.addInitScript((key) => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem(key, '{"version":1,"quiz":');
      localStorage.setItem('another-app', 'keep me');
    }
  }, KEY);
  await openHome(page);
  await expect(page.getByText('Your saved progress could not be read')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start the quiz' })).toBeVisible();
  const keys = await page.evaluate(() => Object.keys(localStorage));
  const aside = keys.find((k) => k.startsWith('opsfit:corrupt:'));
  expect(aside).toBeTruthy();
  expect(await page.evaluate((k) => localStorage.getItem(k), aside)).toBe('{"version":1,"quiz":');
  expect(await page.evaluate(() => localStorage.getItem('another-app'))).toBe('keep me');
  await expectNoAxeViolations(page);

  // Set aside once: a reload starts clean without the notice or a second copy.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Start the quiz' })).toBeVisible();
  await expect(page.getByText('Your saved progress could not be read')).toHaveCount(0);
  const copies = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('opsfit:corrupt:')));
  expect(copies).toHaveLength(1);
});

test('with storage blocked the quiz still works and says progress is not kept', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
    });
  });
  await openHome(page);
  await expect(page.getByText('not letting opsfit save')).toBeVisible();
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await finishQuiz(page);
  await expect(page.getByText(/^\d+% SRE$/)).toBeVisible();
});

test('a second tab picks up progress made in the first', async ({ context }) => {
  const one = await context.newPage();
  const two = await context.newPage();
  await one.goto('./#/quiz');
  await two.goto('./');
  await expectQuestion(one, 1);
  await answer(one, 0);
  await next(one);
  await expectQuestion(one, 2);
  await expect(two.getByText('Your progress was updated from another tab.')).toBeVisible();
  await expect(two.getByRole('button', { name: /^Resume \(question 2 of \d+\)$/ })).toBeVisible();
});

test('a resume code carries progress to another device', async ({ page, browser }) => {
  const code = await resumeCodeAfterTwoAnswers(page);
  expect(code).toMatch(/^[A-Za-z0-9_-]+$/);

  const other = await (await browser.newContext()).newPage();
  await other.goto('./#/data');
  await other.getByLabel('Paste an export or a resume code').fill('not a code!');
  await other.getByRole('button', { name: 'Import' }).click();
  await expect(other.getByRole('alert')).toContainText('That could not be imported');
  await other.getByLabel('Paste an export or a resume code').fill(code);
  await other.getByRole('button', { name: 'Import' }).click();
  await expect(other.getByText('Imported. Your progress has been restored.')).toBeVisible();
  await other.getByRole('button', { name: /^Resume \(question 3 of \d+\)$/ }).click();
  await expectQuestion(other, 3);
});

test('finished attempts are listed on the home screen with their date', async ({ page }) => {
  await startQuiz(page);
  await finishQuiz(page);
  await openHome(page);
  const today = new Date().toISOString().slice(0, 10);
  await expect(page.getByRole('heading', { name: 'Your past results' })).toBeVisible();
  await expect(page.locator('.past li').first()).toContainText(today);
  await expectNoAxeViolations(page);
});

test('the result prints without the site chrome', async ({ page }) => {
  await startQuiz(page);
  await finishQuiz(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Retake the quiz' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Your result' })).toBeVisible();
});

test('a new screen starts at its top, with the site header in view', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 600 });
  await page.goto('./#/learn/sre');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectPageText(page);
  await page.mouse.wheel(0, 3000);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
  await page.evaluate(() => { location.hash = '#/compare'; });
  await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await expect(page.locator('main')).toBeFocused();
});

test('once the outcome is settled the quiz offers the result early', async ({ page }) => {
  // Answer as the incident-loving analyst of the calibration personas.
  const personas = readFileSync(new URL('../../../content/en/personas.toml', import.meta.url), 'utf8');
  const block = personas.split('[[persona]]').find((b) => b.includes('id = "incident-analyst"'));
  const answers = Object.fromEntries(
    [...block.match(/answers = \{(.*)\}/)[1].matchAll(/([a-z0-9-]+) = "?([a-z0-9-]+)"?/g)].map((m) => [m[1], m[2]]),
  );
  await startQuiz(page);
  const [, total] = await position(page);
  let offeredAt = null;
  for (let n = 1; n <= total; n++) {
    const name = await options(page).first().getAttribute('name');
    await page.locator(`input[name="${name}"][value="${answers[name.slice(2)]}"]`).check();
    if (await page.getByRole('button', { name: 'See your result now' }).isVisible()) {
      offeredAt = n;
      break;
    }
    await next(page);
  }
  expect(offeredAt).not.toBeNull();
  expect(offeredAt).toBeLessThan(total);
  await expect(page.getByText('You have answered enough for a clear result: see it now, or keep going to sharpen it.')).toBeVisible();
  await page.getByRole('button', { name: 'See your result now' }).click();
  await expect(page.getByRole('heading', { name: 'Your result' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your result: SRE fits you');
});

test('answers to questions that no longer exist are dropped, with a notice', async ({ page }) => {
  await page.addInitScript((key) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem(key, JSON.stringify({
      version: 1,
      quiz: 'sre-devops',
      answers: { 'reliability-targets': '5', 'a-question-we-removed': '2', 'bad-release-role': 'an-old-option' },
      at: 'bad-release-role',
      finished: false,
      saved_at: 1,
    }));
  }, KEY);
  await openHome(page);
  await expect(page.getByText('Saved answers that no longer fit it were dropped: 2.')).toBeVisible();
  await page.getByRole('button', { name: /^Resume \(question 2 of \d+\)$/ }).click();
  await back(page);
  await expect(page.getByLabel('Strongly agree', { exact: true })).toBeChecked();
});

test('progress saved elsewhere since this tab last looked is never overwritten', async ({ page }) => {
  await startQuiz(page);
  await answer(page, 0);
  await next(page);
  await expectQuestion(page, 2);
  // Another tab (whose storage event this tab missed) saved later, at question 4.
  await page.evaluate((key) => {
    const record = JSON.parse(localStorage.getItem(key));
    const ids = [...document.querySelectorAll('fieldset input')].map((i) => i.name.slice(2));
    record.answers[ids[0]] = '1';
    record.at = 'many-tasks';
    record.saved_at = Date.now() + 60_000;
    localStorage.setItem(key, JSON.stringify(record));
  }, KEY);
  // This answer is the older change: the newer record wins, and says so.
  await options(page).nth(1).click();
  await expect(page.getByText('Your progress was updated from another tab.')).toBeVisible();
  const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)), KEY);
  expect(stored.at).toBe('many-tasks');
  await openHome(page);
  await expect(page.getByRole('button', { name: /^Resume \(question \d+ of \d+\)$/ })).not.toHaveText(/^Resume \(question 2 of/);
});

test('with storage full the saved progress is still offered, and only new answers are not kept', async ({ page }) => {
  await page.addInitScript((key) => {
    localStorage.setItem(key, JSON.stringify({
      version: 3,
      quiz: 'sre-devops',
      answers: { 'reliability-targets': '5' },
      skipped: [],
      at: 'bad-release-role',
      finished: false,
      saved_at: 1,
      history: [],
    }));
    Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };
  }, KEY);
  await openHome(page);
  await expect(page.getByText('Your saved progress is still here, but opsfit cannot save new answers now')).toBeVisible();
  await expect(page.getByText('not letting opsfit save')).toHaveCount(0);
  await page.getByRole('button', { name: /^Resume \(question 2 of \d+\)$/ }).click();
  await back(page);
  await expect(page.getByLabel('Strongly agree', { exact: true })).toBeChecked();
  await expectNoAxeViolations(page);
});

test('with storage full from the first visit nothing is said to be saved', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };
  });
  await openHome(page);
  await expect(page.getByText('This browser is not letting opsfit save')).toBeVisible();
  await expect(page.getByText('Your saved progress is still here')).toHaveCount(0);
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await answer(page, 0);
  await next(page);
  await expect(page.getByText('Your saved progress is still here')).toHaveCount(0);
});

test('a tab left open across a deploy never overwrites the newer release\'s record', async ({ page }) => {
  await startQuiz(page);
  await answer(page, 0);
  await next(page);
  // The newer release, open in another tab, saved a record this one cannot read.
  const newer = await page.evaluate((key) => {
    const record = JSON.parse(localStorage.getItem(key));
    record.version = 5;
    record.saved_at = Date.now() + 60_000;
    const text = JSON.stringify(record);
    localStorage.setItem(key, text);
    return text;
  }, KEY);
  await answer(page, 1);
  await expect(page.getByText('opsfit cannot save new answers now')).toBeVisible();
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(newer);
});

test('a hint that explains a term is shown under its question and read with it', async ({ page }) => {
  // The hints as the content defines them, by question id.
  const quiz = readFileSync(new URL('../../../content/en/quiz.toml', import.meta.url), 'utf8');
  const hints = Object.fromEntries(
    quiz.split('[[question]]').slice(1)
      .map((b) => [b.match(/^id = "([a-z0-9-]+)"/m)[1], b.match(/^hint = "(.*)"$/m)?.[1]])
      .filter(([, hint]) => hint),
  );
  expect(Object.keys(hints).length).toBeGreaterThan(0);
  await startQuiz(page);
  const [, total] = await position(page);
  let shown = 0;
  for (let n = 1; n <= total; n++) {
    await expectQuestion(page, n);
    const id = (await options(page).first().getAttribute('name')).slice(2);
    const group = page.getByRole('group');
    if (hints[id]) {
      await expect(group.getByText(hints[id], { exact: true })).toBeVisible();
      await expect(group).toHaveAccessibleDescription(hints[id]);
      shown++;
    } else {
      await expect(group).toHaveAccessibleDescription('');
    }
    await answer(page, 0);
    await next(page);
  }
  expect(shown).toBe(Object.keys(hints).length);
});
