// Spanish: the whole app in the reader's language, reached by the control,
// the address, an embed attribute and the browser's preference; switching
// keeps every answer; links and offline work per language.
import { test, expect } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { answer, expectNoAxeViolations, expectPageText, finishQuiz, next, startQuiz, resumeCodeAfterTwoAnswers } from './helpers.mjs';

const HOST = process.env.OPSFIT_HOST;
const APP = process.env.OPSFIT_APP;

const esQuestion = (page, n) => page.getByText(new RegExp(`^Pregunta ${n} de \\d+$`));

async function esPosition(page) {
  const text = await page.getByText(/^Pregunta \d+ de \d+$/).textContent();
  const [, n, total] = text.match(/Pregunta (\d+) de (\d+)/);
  return [Number(n), Number(total)];
}

/** Answers every remaining question in Spanish with option `pick(n)`. */
async function finishInSpanish(page, pick = () => 0) {
  for (;;) {
    const [n, total] = await esPosition(page);
    await answer(page, pick(n));
    await page.getByRole('button', { name: /^Siguiente/ }).click();
    if (n === total) break;
    await expect(esQuestion(page, n + 1)).toBeVisible();
  }
  await expect(page.getByRole('heading', { name: 'Tu resultado' })).toBeVisible();
}

/** The figures of the result, whatever the language writes around them. */
const figures = async (page) => (await page.locator('.shares').innerText()).match(/\d+/g);

async function expectSpanishPage(page) {
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page).toHaveURL(/\/es\//);
  await expect(page.getByRole('navigation', { name: 'Idioma' })).toBeVisible();
}

test('?lang=es opens the Spanish build, and the quiz completes in Spanish', async ({ page }) => {
  const wasm = [];
  page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(new URL(r.url()).pathname); });
  await page.goto('./?lang=es');
  await expectSpanishPage(page);
  await expect(page).toHaveTitle(/¿SRE o DevOps\?/);
  await page.getByRole('button', { name: 'Empezar el cuestionario' }).click();
  await expect(esQuestion(page, 1)).toBeVisible();
  await finishInSpanish(page, (n) => n % 2);
  await expect(page.getByText(/^\d+ % \S+$/).first()).toBeVisible();
  // Only the Spanish build's wasm was fetched: the English page stopped first.
  expect(wasm.length).toBeGreaterThan(0);
  expect(wasm.every((p) => p.startsWith('/es/'))).toBe(true);
});

test.describe('the browser prefers Spanish', () => {
  test.use({ locale: 'es-ES' });
  test('with no choice made, Spanish opens, and the control switches to English and stays', async ({ page }) => {
    await page.goto('./');
    await expectSpanishPage(page);
    await page.getByRole('navigation', { name: 'Idioma' }).getByRole('link', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('button', { name: 'Start the quiz' })).toBeVisible();
    await page.goto('./');
    await expect(page.getByRole('button', { name: 'Start the quiz' })).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('opsfit:lang'))).toBe('en');
  });
});

test('the Spanish address opens in Spanish for a browser that prefers English, unless English was chosen', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'en-US' });
  const reader = await context.newPage();
  await reader.goto('./es/#/quiz');
  await expectSpanishPage(reader);
  expect(new URL(reader.url()).pathname).toBe('/es/');
  await reader.getByRole('navigation', { name: 'Idioma' }).getByRole('link', { name: 'English' }).click();
  await expect(reader.locator('html')).toHaveAttribute('lang', 'en');
  await reader.goto('./es/');
  await expect(reader.locator('html')).toHaveAttribute('lang', 'en');
  await expect(reader.getByRole('button', { name: 'Start the quiz' })).toBeVisible();
  await context.close();
});

test('switching language mid-quiz keeps every answer and the question on screen', async ({ page }) => {
  await startQuiz(page);
  const first = await answer(page, 1);
  await next(page);
  await answer(page, 0);
  await next(page);
  await expect(page.getByText(/^Question 3 of \d+$/)).toBeVisible();
  await page.getByRole('link', { name: 'Español' }).click();
  await expectSpanishPage(page);
  await expect(esQuestion(page, 3)).toBeVisible();
  await page.getByRole('button', { name: 'Atrás', exact: true }).click();
  await expect(esQuestion(page, 2)).toBeVisible();
  await expect(page.getByRole('group').getByRole('radio').nth(0)).toBeChecked();
  await page.getByRole('button', { name: 'Atrás', exact: true }).click();
  await expect(page.getByRole('group').getByRole('radio').nth(1)).toBeChecked();
  expect(first.length).toBeGreaterThan(0);
  expect(await page.evaluate(() => localStorage.getItem('opsfit:lang'))).toBe('es');
  await page.reload();
  await expect(esQuestion(page, 1)).toBeVisible();
});

test('an English share link opens in Spanish with the same result', async ({ page, browser }) => {
  await startQuiz(page);
  await finishQuiz(page, (n) => n % 3 === 0 ? 1 : 0);
  const english = await figures(page);
  const link = await page.getByLabel('Link to your result').inputValue();
  const reader = await (await browser.newContext({ locale: 'es-MX' })).newPage();
  await reader.goto(link);
  await expectSpanishPage(reader);
  await expect(reader.getByRole('heading', { name: 'Un resultado compartido' })).toBeVisible();
  expect(await figures(reader)).toEqual(english);
});

test('a resume code made in English carries the answers into the Spanish app', async ({ page, browser }) => {
  const code = await resumeCodeAfterTwoAnswers(page);

  const reader = await (await browser.newContext({ locale: 'es-ES' })).newPage();
  await reader.goto('./#/data');
  await expectSpanishPage(reader);
  await reader.getByLabel('Pega una exportación o un código para continuar').fill(code);
  await reader.getByRole('button', { name: 'Importar' }).click();
  await expect(reader.getByText('Importado. Se ha restaurado tu progreso.')).toBeVisible();
  await reader.getByRole('button', { name: /^Continuar/ }).click();
  await expect(esQuestion(reader, 3)).toBeVisible();
  // The two answers given in English are there in Spanish.
  await reader.getByRole('button', { name: /^Atrás/ }).click();
  await expect(esQuestion(reader, 2)).toBeVisible();
  await expect(reader.getByRole('radio').nth(1)).toBeChecked();
});

test('an embed with data-lang="es" shows the quiz in Spanish', async ({ page }) => {
  await page.goto(`${HOST}host-es.html?app=${encodeURIComponent(APP)}`);
  const frame = page.frameLocator('iframe[title="Cuestionario"]');
  await frame.getByRole('button', { name: 'Empezar el cuestionario' }).click();
  await expect(esQuestion(frame, 1)).toBeVisible();
  await expect(frame.getByRole('navigation', { name: 'Idioma' })).toBeVisible();
  await expect(frame.locator('html')).toHaveAttribute('lang', 'es');
});

test('the Spanish single file opens from disk in Spanish', async ({ page }) => {
  const file = resolve(fileURLToPath(import.meta.url), '../../../../dist-single/opsfit.es.html');
  await page.goto(`file://${file}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  // Its language links name the files beside it, so "open in a new tab"
  // reaches them too.
  const language = page.getByRole('navigation', { name: 'Idioma' });
  await expect(language.getByRole('link', { name: 'English' })).toHaveAttribute('href', './opsfit.html');
  await page.getByRole('button', { name: 'Empezar el cuestionario' }).click();
  await expect(esQuestion(page, 1)).toBeVisible();
});

// A reader whose browser prefers Spanish: /es/ is where the app keeps them.
test.describe('a Spanish reader', () => {
  test.use({ locale: 'es-ES' });

  test('after one visit the Spanish app reloads and completes offline', async ({ page, context }) => {
    await page.goto('./es/');
    await expectSpanishPage(page);
    await page.waitForFunction(async () => {
      const reg = await navigator.serviceWorker.ready;
      return Boolean(reg.active) && navigator.serviceWorker.controller !== null;
    });
    await context.setOffline(true);
    await page.reload();
    await expectSpanishPage(page);
    await page.getByRole('button', { name: 'Empezar el cuestionario' }).click();
    await finishInSpanish(page);
  });

  for (const colorScheme of ['light', 'dark']) {
    test(`every Spanish screen has no axe violation (${colorScheme})`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.emulateMedia({ colorScheme });
      await page.goto('./es/');
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: 'Empezar el cuestionario' }).click();
      await expect(esQuestion(page, 1)).toBeVisible();
      await expectNoAxeViolations(page);
      await finishInSpanish(page);
      await expectNoAxeViolations(page);
      const link = await page.getByLabel('Enlace a tu resultado').inputValue();
      for (const hash of ['#/learn', '#/learn/sre', '#/learn/devops', '#/learn/together', '#/compare', '#/method', '#/data']) {
        await page.goto(`./es/${hash}`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expectPageText(page);
        await expectNoAxeViolations(page);
      }
      await page.goto(link);
      await expect(page.getByRole('heading', { name: 'Un resultado compartido' })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }

  test('at 320 px the longer Spanish text reflows with no sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= 320);
    await page.goto('./es/');
    expect(await fits()).toBe(true);
    await page.getByRole('button', { name: 'Empezar el cuestionario' }).click();
    await expect(esQuestion(page, 1)).toBeVisible();
    expect(await fits()).toBe(true);
    await finishInSpanish(page);
    expect(await fits()).toBe(true);
    // The chart as a table, on the result and on its shared view, whose
    // column says "Este resultado".
    await page.getByText('Mostrar el gráfico como tabla').click();
    await expect(page.getByRole('columnheader', { name: 'DevOps' })).toBeVisible();
    expect(await fits()).toBe(true);
    await page.goto(await page.getByLabel('Enlace a tu resultado').inputValue());
    await expect(page.getByRole('heading', { name: 'Un resultado compartido' })).toBeVisible();
    await page.getByText('Mostrar el gráfico como tabla').click();
    await expect(page.getByRole('columnheader', { name: 'Este resultado' })).toBeVisible();
    expect(await fits()).toBe(true);
    for (const hash of ['#/learn/sre', '#/compare', '#/method']) {
      await page.goto(`./es/${hash}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectPageText(page);
      expect(await fits()).toBe(true);
    }
  });
});
