// Compares builds' first question at 4x CPU, side by side: each directory
// is served on its own port and loaded in turn, on a fresh profile each
// time, so every build sees the same drift of this machine's speed. For a
// change to start-up, build before and after into two directories (and the
// floor's tests/bench/floor/dist for scale) and compare those.
// Usage: node compare.mjs <runs> <dist> <dist> [...]
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { args, executablePath } from './chromium.mjs';
import { firstQuestion as timeFirstQuestion, median } from './first_question.mjs';

const [runs, ...dirs] = [Number(process.argv[2]), ...process.argv.slice(3).map((d) => resolve(d))];
if (!(runs > 0) || dirs.length < 2) {
  console.error('usage: node compare.mjs <runs> <dist> <dist> [...]');
  process.exit(2);
}
const servers = dirs.map((dir, k) => spawn('node', ['serve.mjs', dir, String(4250 + k)], { stdio: 'ignore' }));
await new Promise((r) => setTimeout(r, 400));
const browser = await chromium.launch({ executablePath, args });

const firstQuestion = (url) => timeFirstQuestion(browser, url, 4);

try {
  const urls = dirs.map((_, k) => `http://127.0.0.1:${4250 + k}/#/quiz`);
  // A first load of each, so every server has compressed its files.
  for (const url of urls) await firstQuestion(url);
  const times = dirs.map(() => []);
  for (let i = 0; i < runs; i++) {
    for (const [k, url] of urls.entries()) times[k].push(await firstQuestion(url));
  }
  for (const [k, dir] of dirs.entries()) {
    console.log(`${dir}: first question at 4x CPU, median ${median(times[k]).toFixed(0)} ms over ${runs} runs (${times[k].map((t) => t.toFixed(0)).join(', ')})`);
  }
} finally {
  await browser.close();
  for (const s of servers) s.kill();
}
