import { chromium } from '@playwright/test';
import { args, executablePath } from './chromium.mjs';
const browser = await chromium.launch({ executablePath, args });
const page = await (await browser.newContext({ viewport: { width: 390, height: 500 } })).newPage();
await page.goto('http://127.0.0.1:4312/mount.html?app=' + encodeURIComponent('http://127.0.0.1:4311/'));
await page.waitForFunction(() => window.mounted === true);
await page.keyboard.press('Tab');
await page.screenshot({ path: '/tmp/s3-mount.png' });
await browser.close();
