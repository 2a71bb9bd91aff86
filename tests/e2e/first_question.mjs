// What bench.mjs and compare.mjs time: milliseconds from navigation to the
// first question's radios in the DOM, on a fresh profile, with the CPU
// slowed `throttle` times.
export async function firstQuestion(browser, url, throttle) {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (throttle > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  }
  await page.addInitScript(() => {
    new MutationObserver((_, obs) => {
      if (document.querySelector('fieldset input[type=radio]')) {
        window.__firstQuestion = performance.now();
        obs.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(url);
  await page.waitForFunction(() => window.__firstQuestion !== undefined);
  const t = await page.evaluate(() => window.__firstQuestion);
  await context.close();
  return t;
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
