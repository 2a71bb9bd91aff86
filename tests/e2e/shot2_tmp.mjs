import { chromium } from '@playwright/test';
import { args, executablePath } from './chromium.mjs';
const browser = await chromium.launch({ executablePath, args });
for (const lang of ['en', 'es']) for (const width of [390, 1280]) for (const scheme of ['light', 'dark']) {
  const ctx = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, locale: lang === 'es' ? 'es-ES' : 'en-US' });
  const page = await ctx.newPage();
  const errors = []; page.on('pageerror', (e) => errors.push(e.message)); page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`http://127.0.0.1:4311/${lang === 'es' ? 'es/' : ''}?lang=${lang}#/quiz`);
  await page.waitForSelector('fieldset input[type=radio]');
  for (let i = 0; i < 27; i++) {
    const r = page.locator('fieldset input[type=radio]'); const n = await r.count(); await r.nth(i % n).check({ force: true });
    await page.getByRole('button', { name: /^(Next|Siguiente)/ }).click();
    if (!(await page.locator('fieldset').count())) break;
  }
  await page.locator('details summary').first().click();
  await page.locator('details table').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `/tmp/s2-${lang}-${width}-${scheme}.png` });
  console.log(lang, width, scheme, await page.evaluate(() => document.documentElement.scrollWidth), errors);
  await ctx.close();
}
await browser.close();
