import fs from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// `npm test` starts the CMS and the portal and passes the portal's address; run alone, the specs
// expect a portal at E2E_BASE_URL (default: the one `npm start` serves).
const baseURL = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3000';

// Debian's chromium where it is installed (Playwright cannot download its own here); elsewhere,
// CHROMIUM_PATH or Playwright's own browser.
const executablePath = process.env.CHROMIUM_PATH ?? (fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
  testDir: './tests',
  timeout: 90_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  outputDir: './test-results',
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath,
          args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu'],
        },
      },
    },
  ],
});
