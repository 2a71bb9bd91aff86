// The smoke in Debian's Firefox ESR, driven over WebDriver BiDi by
// puppeteer-core (no browser download): the quiz completes and resumes, and
// after the first visit the service worker serves a reload with the server
// gone. Usage: node engines/firefox.mjs (after trunk build --release)
import puppeteer from 'puppeteer-core';
import { completeAndResume, expectResult, serveDist, timed } from './scenario.mjs';

const executablePath = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
setTimeout(() => { console.error('firefox: timed out after 120 s'); process.exit(1); }, 120_000).unref();

const server = await serveDist();
const browser = await puppeteer.launch({
  browser: 'firefox',
  executablePath,
  headless: true,
  // No background traffic: this machine's network refuses it, and a smoke
  // should not wait on it.
  extraPrefsFirefox: {
    'app.update.enabled': false,
    'browser.safebrowsing.update.enabled': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
  },
});

try {
  const page = await browser.newPage();
  const driver = {
    open: (url) => page.goto(url),
    reload: () => page.reload(),
    texts: (xpath) => page.evaluate((xp) => {
      const found = document.evaluate(xp, document, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null);
      return Array.from({ length: found.snapshotLength }, (_, i) => found.snapshotItem(i).textContent);
    }, xpath),
    click: async (xpath) => {
      const handle = await page.evaluateHandle((xp) =>
        document.evaluate(xp, document, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null).singleNodeValue, xpath);
      const element = handle.asElement();
      if (!element) throw new Error(`nothing to click at ${xpath}`);
      await element.click();
      await element.dispose();
    },
  };
  const version = await browser.version();
  await timed(`firefox (${version})`, async (log) => {
    await completeAndResume(driver, server.base, log);
    await page.waitForFunction(async () => {
      const reg = await navigator.serviceWorker.ready;
      return Boolean(reg.active) && navigator.serviceWorker.controller !== null;
    }, { timeout: 15_000 });
    server.stop();
    const reachable = await fetch(server.base).then(() => true, () => false);
    if (reachable) throw new Error('the server still answers after it was stopped');
    await driver.reload();
    await expectResult(driver);
    log('server stopped, reload: the service worker serves the result');
  });
} finally {
  await browser.close();
  server.stop();
}
