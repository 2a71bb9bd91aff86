import { chromium } from '@playwright/test';
import { args, executablePath } from './chromium.mjs';
const browser = await chromium.launch({ executablePath, args });
for (const lang of ['en', 'es']) for (const [width, scheme] of [[390, 'dark'], [1280, 'light']]) {
  const page = await (await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme })).newPage();
  const errors = []; page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`http://127.0.0.1:4311/${lang === 'es' ? 'es/' : ''}?lang=${lang}#/quiz`);
  await page.waitForSelector('fieldset input[type=radio]');
  for (let i = 0; i < 27; i++) {
    const r = page.locator('fieldset input[type=radio]'); const n = await r.count(); await r.nth(Math.min(n, 3) - 1).check({ force: true });
    await page.getByRole('button', { name: /^(Next|Siguiente)/ }).click();
    if (!(await page.locator('fieldset').count())) break;
  }
  await page.waitForSelector('ol.reasons');
  const radios = page.locator('input[type=radio]');
  await radios.last().check({ force: true });
  await page.waitForTimeout(300);
  await page.locator('ol.reasons').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `/tmp/s4-${lang}-${width}-reasons.png` });
  const start = page.getByRole('heading', { name: /Where you start|Por dónde empiezas|Dónde empiezas/ });
  if (await start.count()) { await start.scrollIntoViewIfNeeded(); }
  await page.screenshot({ path: `/tmp/s4-${lang}-${width}-start.png` });
  console.log(lang, width, scheme, errors, await page.locator('h1').first().innerText());
}
await browser.close();
