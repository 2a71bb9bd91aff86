// The smoke in WebKitGTK (Safari's engine family): Debian's WebKitWebDriver
// drives MiniBrowser over classic WebDriver, in plain HTTP calls. It needs a
// display: run it under xvfb-run. Usage: xvfb-run -a node engines/webkit.mjs
import { spawn } from 'node:child_process';
import { completeAndResume, freePort, serveDist, timed } from './scenario.mjs';

const driverPath = process.env.WEBKIT_WEBDRIVER ?? '/usr/bin/WebKitWebDriver';
const browserPath = process.env.WEBKIT_BROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
setTimeout(() => { console.error('webkit: timed out after 120 s'); process.exit(1); }, 120_000).unref();

const server = await serveDist();
const driverPort = await freePort();
const webdriver = spawn(driverPath, [`--port=${driverPort}`], { stdio: 'ignore' });

/** One WebDriver command; throws with the driver's message on an error. */
async function command(method, path, body) {
  const response = await fetch(`http://127.0.0.1:${driverPort}${path}`, {
    method,
    headers: body ? { 'content-type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  const { value } = await response.json();
  if (!response.ok) {
    const error = new Error(`${method} ${path}: ${value.error}: ${value.message}`);
    error.code = value.error;
    throw error;
  }
  return value;
}

async function waitForDriver() {
  const until = Date.now() + 10_000;
  for (;;) {
    try {
      if ((await command('GET', '/status')).ready !== undefined) return;
    } catch (e) {
      if (Date.now() > until) throw new Error(`WebKitWebDriver did not start: ${e.message}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

let session;
try {
  await waitForDriver();
  const created = await command('POST', '/session', {
    capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': { binary: browserPath, args: ['--automation'] } } },
  });
  session = `/session/${created.sessionId}`;
  const driver = {
    open: (url) => command('POST', `${session}/url`, { url }),
    reload: () => command('POST', `${session}/refresh`, {}),
    texts: (xpath) => command('POST', `${session}/execute/sync`, {
      script: `const found = document.evaluate(arguments[0], document, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null);
        return Array.from({ length: found.snapshotLength }, (_, i) => found.snapshotItem(i).textContent);`,
      args: [xpath],
    }),
    // A real click, as a person's: WebDriver finds the element, scrolls to
    // it and checks that nothing covers it.
    click: async (xpath) => {
      const found = await command('POST', `${session}/element`, { using: 'xpath', value: xpath });
      await command('POST', `${session}/element/${found[ELEMENT]}/click`, {});
    },
  };
  const { browserName, browserVersion } = created.capabilities;
  await timed(`webkit (${browserName} ${browserVersion})`, (log) => completeAndResume(driver, server.base, log));
} catch (e) {
  console.error(`webkit: FAILED: ${e.stack ?? e}`);
  process.exitCode = 1;
} finally {
  if (session) await command('DELETE', session).catch(() => {});
  webdriver.kill();
  server.stop();
}
