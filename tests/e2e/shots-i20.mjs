// Not a test: screenshots of the result screens for a person to look at.
import { chromium } from 'playwright-core';
const base = `http://127.0.0.1:${process.env.OPSFIT_PORT}/`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const lang of ['', 'es/']) {
  for (const scheme of ['light', 'dark']) {
    for (const width of [390, 1280]) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
      await page.goto(`${base}${lang}#/quiz`);
      for (let n = 0; n < 27; n++) {
        await page.getByRole('group').getByRole('radio').nth(n % 2).check();
        await page.getByRole('button', { name: /^(Next|Siguiente)/ }).click();
      }
      await page.waitForSelector('.result-lead');
      await page.locator('fieldset.where input').nth(1).check();
      const tag = `${lang ? 'es' : 'en'}-${scheme}-${width}`;
      await page.screenshot({ path: `/tmp/shots/result-${tag}.png`, fullPage: true });
      await page.goto(`${base}${lang}#/r/AXr9G1RSFTERExISUlFRExIwS80`);
      await page.waitForSelector('.result-lead');
      await page.screenshot({ path: `/tmp/shots/shared-${tag}.png`, fullPage: true });
      await page.close();
    }
  }
}
await browser.close();
