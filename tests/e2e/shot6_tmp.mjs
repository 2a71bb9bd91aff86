import { chromium } from '@playwright/test';
import { args, executablePath } from './chromium.mjs';
const browser = await chromium.launch({ executablePath, args });
const tag = process.argv[2];
for (const scheme of ['light', 'dark']) {
  const page = await (await browser.newContext({ viewport: { width: 390, height: 800 }, colorScheme: scheme, bypassCSP: true, deviceScaleFactor: 2 })).newPage();
  await page.goto(`http://127.0.0.1:4311/?lang=en#/quiz`);
  await page.waitForSelector('fieldset input[type=radio]');
  for (let i = 0; i < 27; i++) {
    const r = page.locator('fieldset input[type=radio]'); const n = await r.count(); await r.nth(i % n).check({ force: true });
    await page.locator('form.question button[type=submit]').click();
    if (!(await page.locator('fieldset').count())) break;
  }
  await page.waitForSelector('ol.reasons');
  if (process.env.CSS) await page.addStyleTag({ content: process.env.CSS });
  const chart = page.locator('figure.chart').first();
  await chart.screenshot({ path: `/tmp/s6-${tag}-${scheme}.png` });
}
await browser.close();
