// The smoke every browser engine runs: what a new visitor does, through the
// visible text of native controls, as the Playwright helpers do. A driver
// gives four verbs (open, reload, texts and click, both by XPath); this file knows
// nothing of the protocol behind them, so Firefox (WebDriver BiDi) and
// WebKit (classic WebDriver) run the same steps.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));

/** A port nothing listens on now, so runs beside other servers do not clash. */
export function freePort() {
  return new Promise((ok, fail) => {
    const probe = createServer().once('error', fail).listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => ok(port));
    });
  });
}

/** Serves the release build on a free port; resolves once it listens. */
export async function serveDist() {
  const port = await freePort();
  const server = spawn('node', [resolve(here, '../serve.mjs'), resolve(here, '../../../dist'), String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((ok, fail) => {
    server.once('exit', (code) => fail(new Error(`serve.mjs exited (${code})`)));
    server.stdout.once('data', ok);
  });
  return { base: `http://127.0.0.1:${port}/`, stop: () => server.kill() };
}

/** An XPath string literal for any text, quotes included. */
export function literal(text) {
  if (!text.includes("'")) return `'${text}'`;
  return `concat(${text.split("'").map((part) => `'${part}'`).join(`, "'", `)})`;
}

const POSITION = "//h1[starts-with(normalize-space(), 'Question ')]";
const button = (text) => `//button[normalize-space()=${literal(text)}]`;
const heading = (text) => `//*[self::h1 or self::h2][normalize-space()=${literal(text)}]`;

/** Polls until the first element `xpath` finds has a text that passes `ok`. */
export async function waitFor(driver, xpath, ok = () => true, what = xpath) {
  const until = Date.now() + 15_000;
  let last;
  for (;;) {
    [last] = await driver.texts(xpath);
    if (last !== undefined && ok(last)) return last;
    if (Date.now() > until) throw new Error(`waited 15 s for ${what}${last === undefined ? '' : `; saw "${last}"`}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function clickButton(driver, text) {
  await waitFor(driver, button(text), () => true, `the button "${text}"`);
  await driver.click(button(text));
}

/** Waits for "Question n of N" and returns N. */
async function expectQuestion(driver, n) {
  const text = await waitFor(driver, POSITION, (t) => new RegExp(`^Question ${n} of \\d+$`).test(t.trim()),
    `"Question ${n} of N"`);
  return Number(text.trim().split(' ').pop());
}

/** Picks one option of the current question by its label, then Next. */
async function answerAndGoOn(driver, n) {
  const labels = await driver.texts('//fieldset//label');
  if (labels.length < 2) throw new Error(`question ${n} shows ${labels.length} options`);
  // Different options on different questions, so the answers are not all alike.
  const label = labels[n % labels.length].trim();
  await driver.click(`//fieldset//label[normalize-space()=${literal(label)}]`);
  await driver.click("//button[starts-with(normalize-space(), 'Next')]");
}

/**
 * Start, answer two questions, reload (the quiz reopens where it was), go
 * home and resume, answer the rest, see the result, reload (it stays).
 * Logs each step, and returns after the result has survived a reload.
 */
export async function completeAndResume(driver, base, log) {
  await driver.open(base);
  await waitFor(driver, '//h1', () => true, 'the home heading');
  await clickButton(driver, 'Start the quiz');
  const total = await expectQuestion(driver, 1);
  log(`started: question 1 of ${total}`);
  for (const n of [1, 2]) {
    await answerAndGoOn(driver, n);
    await expectQuestion(driver, n + 1);
  }
  await driver.reload();
  await expectQuestion(driver, 3);
  log('after a reload: question 3');
  await driver.open(`${base}#/`);
  await clickButton(driver, `Resume (question 3 of ${total})`);
  await expectQuestion(driver, 3);
  log('resumed from home: question 3');
  for (let n = 3; n <= total; n++) {
    await answerAndGoOn(driver, n);
    if (n < total) await expectQuestion(driver, n + 1);
  }
  await expectResult(driver);
  log(`answered all ${total}: the result shows`);
  await driver.reload();
  await expectResult(driver);
  log('after a reload: the result shows');
}

export async function expectResult(driver) {
  // The heading names the outcome after "Your result:" ("SRE fits you").
  await waitFor(driver, "//h1[starts-with(normalize-space(), 'Your result:')]", () => true, 'the heading "Your result: …"');
  await waitFor(driver, "//*[contains(text(), '% SRE')]", (t) => /^\d+% SRE$/.test(t.trim()), 'the SRE percentage');
}

/** Runs `body` and prints how long it took, or why it failed. */
export async function timed(name, body) {
  const started = performance.now();
  const log = (what) => console.log(`${name}: ${what} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  try {
    await body(log);
    log('passed');
  } catch (e) {
    console.error(`${name}: FAILED: ${e.stack ?? e}`);
    process.exitCode = 1;
  }
}
