import { chromium } from 'playwright-core';
import { args, executablePath } from './chromium.mjs';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
const server = spawn('node', ['serve.mjs', '../../dist', '4199'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
const browser = await chromium.launch({ executablePath, args });
const rate = Number(process.argv[2] ?? 4);
for (let run = 0; run < 2; run++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.addInitScript(() => {
    new MutationObserver((_, obs) => {
      if (document.querySelector('fieldset input[type=radio]')) { window.__firstQuestion = performance.now(); obs.disconnect(); }
    }).observe(document, { childList: true, subtree: true });
  });
  await browser.startTracing(page, { path: `/tmp/probe/trace${run}.json`, categories: ['devtools.timeline', 'v8', 'v8.wasm', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'loading'] });
  await page.goto('http://127.0.0.1:4199/#/quiz');
  await page.waitForFunction(() => window.__firstQuestion !== undefined);
  const t = await page.evaluate(() => window.__firstQuestion);
  const res = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => `${e.name.split('/').pop()} start ${e.startTime.toFixed(0)} end ${e.responseEnd.toFixed(0)}`));
  const nav = await page.evaluate(() => { const n = performance.getEntriesByType('navigation')[0]; return `html end ${n.responseEnd.toFixed(0)} domInteractive ${n.domInteractive.toFixed(0)} dcl ${n.domContentLoadedEventEnd.toFixed(0)}`; });
  await browser.stopTracing();
  console.log(`run ${run}: first question ${t.toFixed(0)} ms; ${nav}`);
  for (const r of res) console.log('   ', r);
  const trace = JSON.parse(readFileSync(`/tmp/probe/trace${run}.json`, 'utf8'));
  const events = trace.traceEvents ?? trace;
  const main = events.find((e) => e.name === 'TracingStartedInBrowser');
  const sums = {};
  // Top-level tasks by name, and a few notable nested ones.
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur) continue;
    const k = e.name;
    sums[k] = sums[k] ?? { dur: 0, n: 0, tid: e.tid };
    sums[k].dur += e.dur / 1000; sums[k].n++;
  }
  Object.entries(sums).sort((a, b) => b[1].dur - a[1].dur).slice(0, 25)
    .forEach(([k, v]) => console.log(`    ${v.dur.toFixed(1).padStart(8)} ms ${String(v.n).padStart(4)}x tid ${v.tid} ${k}`));
  await context.close();
}
await browser.close();
server.kill();
