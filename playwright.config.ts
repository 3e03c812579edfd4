// Two suites: 'e2e' drives the renderer bundle in Debian's Chromium against the
// real main-process services over the loopback bridge; 'electron' launches the
// desktop app and is skipped (with its reason printed) where the Electron
// binary is absent. Both need `npm run build` first (npm test does it).
import { defineConfig } from '@playwright/test';

export const CHROMIUM_EXECUTABLE = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export default defineConfig({
  workers: 2,
  // On CI one retry, so that a race that shows only on a loaded machine does not
  // hide every other result; Playwright lists such a test as "flaky". Treat it as
  // a defect to find: every one found so far was a real race (in the app or the test).
  retries: process.env.CI ? 1 : 0,
  fullyParallel: false,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  outputDir: 'dist/test-results',
  projects: [
    {
      name: 'e2e',
      testDir: 'tests/e2e',
      testMatch: '**/*.spec.ts',
      use: {
        viewport: { width: 1400, height: 900 },
        launchOptions: { executablePath: CHROMIUM_EXECUTABLE, args: CHROMIUM_ARGS },
        trace: 'off',
      },
    },
    {
      name: 'electron',
      testDir: 'tests/electron',
      testMatch: '**/*.spec.ts',
    },
  ],
});
