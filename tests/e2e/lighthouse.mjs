// Lighthouse 12.2.3 in mobile mode on home, quiz and result, against the
// release build in ../../dist. Prints the four category scores of each.
import { chromium } from '@playwright/test';
import { args, executablePath } from './chromium.mjs';
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const dist = resolve('../../dist');
const port = 4198;
const base = `http://127.0.0.1:${port}/`;
const flags = ['--headless=new', ...args];

const server = spawn('node', ['serve.mjs', dist, String(port)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 400));
try {
  // A finished result to audit, as a shared link: Lighthouse starts with empty storage.
  const browser = await chromium.launch({ executablePath, args });
  const page = await browser.newPage();
  await page.goto(`${base}#/quiz`);
  for (;;) {
    await page.locator('fieldset input[type=radio]').first().check();
    await page.getByRole('button', { name: /^Next/ }).click();
    // The result is the pages module's: the address says it is there first.
    if (page.url().includes('#/result')) break;
  }
  const result = await page.getByLabel('Link to your result').inputValue();
  await browser.close();

  const chrome = await chromeLauncher.launch({ chromePath: executablePath, chromeFlags: flags });
  try {
    for (const [name, url] of [['home', base], ['quiz', `${base}#/quiz`], ['result', result]]) {
      const { lhr } = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const score = (c) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
      const failing = Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual' && a.scoreDisplayMode !== 'notApplicable')
        .map((a) => a.id);
      console.log(`lighthouse ${name.padEnd(7)} performance ${score('performance')}  accessibility ${score('accessibility')}  best practices ${score('best-practices')}  SEO ${score('seo')}`
        + `  (LCP ${Math.round(lhr.audits['largest-contentful-paint'].numericValue)} ms, TBT ${Math.round(lhr.audits['total-blocking-time'].numericValue)} ms)`);
      if (failing.length) console.log(`  below full marks: ${failing.join(', ')}`);
    }
  } finally {
    await chrome.kill();
  }
} finally {
  server.kill();
}
