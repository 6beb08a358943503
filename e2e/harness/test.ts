// The e2e `test`: every test gets the browser of its Playwright project with the built extension loaded,
// and the fixture server. One browser per worker; each test opens its own pages.
import { test as base } from '@playwright/test';
import { launchWithExtension, type BrowserName, type ExtensionBrowser } from './browsers.ts';
import { startFixtureServer, type FixtureServer } from '../server.ts';

export const test = base.extend<object, { ext: ExtensionBrowser; server: FixtureServer }>({
  server: [
    async ({}, use) => {
      const server = await startFixtureServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  ext: [
    async ({}, use, workerInfo) => {
      const browser = await launchWithExtension(workerInfo.project.name as BrowserName);
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
});

export { expect } from '@playwright/test';
