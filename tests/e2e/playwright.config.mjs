import { defineConfig } from '@playwright/test';
import { args, executablePath } from './chromium.mjs';

const port = Number(process.env.OPSFIT_PORT ?? 4173);
// A second origin for host pages that embed the app: localhost, not 127.0.0.1.
const hostPort = port + 1;
process.env.OPSFIT_APP = `http://127.0.0.1:${port}/`;
process.env.OPSFIT_HOST = `http://localhost:${hostPort}/`;

export default defineConfig({
  testDir: './specs',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    launchOptions: { executablePath, args },
  },
  webServer: [
    {
      command: `node serve.mjs ../../dist ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `node serve.mjs fixtures ${hostPort}`,
      url: `http://127.0.0.1:${hostPort}/host.html`,
      reuseExistingServer: !process.env.CI,
    },
  ],
});
