import { chromium } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { args, executablePath } from './chromium.mjs';
const browser = await chromium.launch({ executablePath, args });
const found = {};
for (const lang of ['en', 'es']) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  const base = `http://127.0.0.1:4311/${lang === 'es' ? 'es/' : ''}`;
  const scan = async (name) => {
    await page.waitForTimeout(400);
    const r = await new AxeBuilder({ page }).analyze();
    for (const v of r.violations) (found[`${v.id} (${v.impact})`] ??= new Set()).add(`${lang}:${name}`);
  };
  await page.goto(base + `?lang=${lang}#/`); await page.waitForSelector('main h1'); await scan('home');
  await page.goto(base + `?lang=${lang}#/quiz`); await page.waitForSelector('fieldset'); await scan('quiz');
  for (let i = 0; i < 27; i++) {
    const r = page.locator('fieldset input[type=radio]'); const n = await r.count(); await r.nth(i % n).check({ force: true });
    await page.locator('form.question button[type=submit]').click();
    if (!(await page.locator('fieldset').count())) break;
  }
  await page.waitForSelector('ol.reasons'); await scan('result');
  for (const h of ['#/learn', '#/learn/sre', '#/compare', '#/method', '#/data']) { await page.goto(base + h); await page.waitForSelector('main h1'); await page.waitForTimeout(500); await scan(h); }
  await page.goto(base + '#/r/BQIuARsbBwCcHR1lNyK5FUqTG8GALcH-KcOQMVRs'); await page.waitForSelector('main h1'); await scan('shared');
  await ctx.close();
}
for (const [k, v] of Object.entries(found)) console.log(k, [...v].join(' '));
await browser.close();
