// Prints what a first visit costs, measured in headless Chromium against the
// release build in ../../dist, and, when ../bench/floor/dist is built (by
// .ci/bench), beside the floor: a bare Leptos quiz built the same way, with
// opsfit's first question at 4x CPU as a ratio to it. Usage: node bench.mjs [runs]
import { chromium } from '@playwright/test';
import { args, executablePath } from './chromium.mjs';
import { firstQuestion as timeFirstQuestion, median } from './first_question.mjs';
import { spawn } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const runs = Number(process.argv[2] ?? 7);
const dist = resolve('../../dist');
const port = 4199;
const base = `http://127.0.0.1:${port}/`;
const floorDist = resolve('../bench/floor/dist');
const floorPort = 4197;
const floorBase = existsSync(join(floorDist, 'index.html')) ? `http://127.0.0.1:${floorPort}/` : null;

const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;

const server = spawn('node', ['serve.mjs', dist, String(port)], { stdio: 'ignore' });
const floorServer = floorBase && spawn('node', ['serve.mjs', floorDist, String(floorPort)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 400));

/** Every file a first visit to `url` fetched, with its sizes, from `root`. */
async function transfer(url, root) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const urls = new Set();
  page.on('response', (r) => urls.add(new URL(r.url()).pathname));
  await page.goto(url);
  await page.waitForSelector('fieldset input[type=radio]');
  await page.waitForLoadState('networkidle');
  await context.close();
  return [...urls].map((path) => {
    let file = join(root, path);
    if (path.endsWith('/')) file = join(file, 'index.html');
    if (!existsSync(file)) return null;
    const body = readFileSync(file);
    return {
      path: path === '/' ? '/index.html' : path,
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  }).filter(Boolean);
}

const browser = await chromium.launch({ executablePath, args });

try {
  // 1. What the first load transfers: every file the page fetched.
  const total = (rows) => rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }),
    { raw: 0, gzip: 0, brotli: 0 });
  const rows = await transfer(`${base}#/quiz`, dist);
  const sum = total(rows);
  console.log('first load transfer (bytes)');
  console.log(`  ${'file'.padEnd(44)} ${'raw'.padStart(9)} ${'gzip'.padStart(9)} ${'brotli'.padStart(9)}`);
  for (const r of [...rows, { path: 'total', ...sum }]) {
    console.log(`  ${r.path.padEnd(44)} ${String(r.raw).padStart(9)} ${String(r.gzip).padStart(9)} ${String(r.brotli).padStart(9)}`);
  }
  console.log(`  total brotli: ${kib(sum.brotli)}`);
  const floorBytes = floorBase && total(await transfer(floorBase, floorDist)).brotli;

  // 2. Time to the first interactive question, on a fresh profile each run;
  // at 4x, interleaved with the floor's, so both see the same machine load.
  for (const throttle of [1, 4]) {
    const times = [];
    const floorTimes = [];
    for (let i = 0; i < runs; i++) {
      const pair = [
        async () => times.push(await timeFirstQuestion(browser, `${base}#/quiz`, throttle)),
        async () => floorTimes.push(await timeFirstQuestion(browser, floorBase, throttle)),
      ];
      if (!floorBase || throttle === 1) pair.pop();
      // Alternate which goes first, so neither always gets the warmer machine.
      for (const run of i % 2 ? pair.reverse() : pair) await run();
    }
    console.log(`first question interactive, CPU ${throttle}x: median ${median(times).toFixed(0)} ms over ${runs} runs (${times.map((t) => t.toFixed(0)).join(', ')})`);
    if (floorTimes.length) {
      console.log(`  the floor (a bare Leptos quiz, tests/bench/floor), CPU ${throttle}x: median ${median(floorTimes).toFixed(0)} ms (${floorTimes.map((t) => t.toFixed(0)).join(', ')})`);
      console.log(`  opsfit / floor at ${throttle}x CPU: ${(median(times) / median(floorTimes)).toFixed(2)}x of the medians (goal at most 1.5x), ${(Math.min(...times) / Math.min(...floorTimes)).toFixed(2)}x of the fastest runs; first load ${kib(sum.brotli)} vs ${kib(floorBytes)} brotli`);
      // This machine's speed drifts over minutes, moving both medians; each
      // pair ran back to back, so the median of the pairs' ratios moves less.
      console.log(`  median of the ${runs} pairs' ratios: ${median(times.map((t, k) => t / floorTimes[k])).toFixed(2)}x`);
    }
  }

  // 3. From a click on Next to the frame that shows the next question.
  {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base}#/quiz`);
    await page.waitForSelector('fieldset input[type=radio]');
    const samples = await page.evaluate(async () => {
      const out = [];
      const updated = [];
      const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
      for (;;) {
        const legend = document.querySelector('legend');
        if (!legend) break;
        const before = legend.textContent;
        document.querySelector('fieldset input[type=radio]').click();
        const nextButton = document.querySelector('form.question button[type=submit]');
        // Resolves when the next question is in the DOM, or false when the
        // quiz has moved on to the result.
        const shown = new Promise((resolve) => {
          const obs = new MutationObserver(() => {
            const now = document.querySelector('legend');
            if (!now || now.textContent !== before) {
              obs.disconnect();
              updated.push(performance.now() - t0);
              resolve(Boolean(now));
            }
          });
          obs.observe(document.body, { childList: true, subtree: true, characterData: true });
        });
        const t0 = performance.now();
        nextButton.click();
        if (!(await shown)) break;
        await frame();
        out.push(performance.now() - t0);
      }
      return { out, updated };
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heap = metrics.find((m) => m.name === 'JSHeapUsedSize').value;
    await context.close();
    console.log(`JS heap after a full quiz (after GC): ${(heap / 1024 / 1024).toFixed(2)} MB`);
    const { out, updated } = samples;
    console.log(`answer to next question painted: median ${median(out).toFixed(1)} ms, p95 ${p95(out).toFixed(1)} ms over ${out.length} answers`);
    // The part the app controls: from the click to the next question in the DOM.
    console.log(`  of which handling the click: median ${median(updated).toFixed(1)} ms, p95 ${p95(updated).toFixed(1)} ms`);
  }
} finally {
  await browser.close();
  server.kill();
  floorServer?.kill();
}
