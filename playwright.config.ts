// E2E tests run the BUILT extension (dist/) in real Chromium and real Firefox, one Playwright project each.
// RECOUPE_BROWSERS=chromium,firefox picks the browsers (default both); a missing browser fails the run.
import { defineConfig } from '@playwright/test';
import { selectedBrowsers } from './e2e/harness/browsers.ts';

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  outputDir: 'test-results',
  reporter: [['list'], ['./e2e/harness/browser-count-reporter.ts']],
  projects: selectedBrowsers().map((name) => ({ name })),
});
