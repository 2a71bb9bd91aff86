import { chromium } from '@playwright/test';
import { args, executablePath } from './chromium.mjs';
const browser = await chromium.launch({ executablePath, args });
for (const lang of ['en', 'es']) for (const [width, scheme] of [[390, 'light'], [1280, 'dark'], [390, 'dark'], [1280, 'light']]) {
  const page = await (await browser.newContext({ viewport: { width, height: 700 }, colorScheme: scheme })).newPage();
  const errors = []; page.on('pageerror', (e) => errors.push(e.message));
  const base = `http://127.0.0.1:4311/${lang === 'es' ? 'es/' : ''}`;
  await page.goto(base + `?lang=${lang}#/quiz`);
  await page.waitForSelector('fieldset input[type=radio]');
  await page.screenshot({ path: `/tmp/s5-${lang}-${width}-${scheme}-quiz.png` });
  for (let i = 0; i < 27; i++) {
    const r = page.locator('fieldset input[type=radio]'); const n = await r.count(); await r.nth(i % n).check({ force: true });
    await page.locator('form.question button[type=submit]').click();
    if (!(await page.locator('fieldset').count())) break;
  }
  await page.waitForSelector('ol.reasons');
  await page.goto(base + '#/compare'); await page.waitForSelector('main h1'); await page.waitForTimeout(400);
  await page.screenshot({ path: `/tmp/s5-${lang}-${width}-${scheme}-compare.png` });
  console.log(lang, width, scheme, errors, await page.evaluate(() => document.documentElement.scrollWidth));
}
await browser.close();
