// Launches a real browser with the BUILT extension loaded: Debian's Chromium through Playwright, and
// Debian's Firefox ESR through puppeteer-core over WebDriver BiDi (see ../shared/docs/e2e-recipe.md).
import { chromium, type BrowserContext } from '@playwright/test';
import puppeteer from 'puppeteer-core';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fromPlaywright, fromPuppeteer, isNavigationRace, type DrivenPage } from './driven-page.ts';
import { firefoxChromeEvaluator, recordChromium, recordFirefox, type NetworkLog } from './network.ts';

export type BrowserName = 'chromium' | 'firefox';
export const ALL_BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

const ROOT = resolve(import.meta.dirname, '..', '..');
const EXECUTABLES: Record<BrowserName, { path: string; install: string }> = {
  chromium: { path: process.env.RECOUPE_CHROMIUM ?? '/usr/bin/chromium', install: 'apt-get install -y chromium' },
  firefox: { path: process.env.RECOUPE_FIREFOX ?? '/usr/bin/firefox-esr', install: 'apt-get install -y firefox-esr' },
};
/** Pinned moz-extension UUID, so extension page URLs are known in Firefox. */
const FIREFOX_UUID = '6d1f6c1e-5d1a-4c38-9a55-7a1ec0e1b0a1';
// Chromium flags that keep a headless run off the network (this machine has none) and quiet.
const CHROMIUM_QUIET = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export interface ExtensionBrowser {
  readonly name: BrowserName;
  /** Base URL of the extension's own pages, ending in "/". */
  readonly extensionBase: string;
  newPage(url?: string): Promise<DrivenPage>;
  /** Opens an extension page (popup.html, options.html) in a tab and waits until it has loaded. */
  openExtensionPage(path: string): Promise<DrivenPage>;
  /** Starts recording every network request, with which of them the extension made (see network.ts). */
  /**
   * The log of every network request since the browser started (so the extension's start-up is covered),
   * with which of them the extension made (see network.ts).
   */
  recordNetwork(): Promise<NetworkLog>;
  /**
   * Stops the extension's background (Chromium's service worker, Firefox's event page), as the browser does
   * when it is idle, and resolves once it is really gone; the next event wakes it again.
   */
  stopServiceWorkers?(): Promise<void>;
  /**
   * Runs a function in the extension's running background (Chromium's service worker), for benchmarks that
   * read its own measurements (src/background/profile.ts). Undefined in Firefox.
   */
  evaluateInBackground?<R>(fn: () => R): Promise<R>;
  close(): Promise<void>;
}

/** The browsers this run covers: RECOUPE_BROWSERS=chromium,firefox (default both). */
export function selectedBrowsers(): BrowserName[] {
  const raw = process.env.RECOUPE_BROWSERS?.trim();
  if (!raw) return [...ALL_BROWSERS];
  const names = raw.split(',').map((s) => s.trim());
  for (const name of names) {
    if (!ALL_BROWSERS.includes(name as BrowserName)) throw new Error(`RECOUPE_BROWSERS: unknown browser "${name}"`);
  }
  return names as BrowserName[];
}

export function requireExecutable(name: BrowserName): string {
  const { path, install } = EXECUTABLES[name];
  if (!existsSync(path)) {
    throw new Error(
      `${name} is not installed at ${path}. Install it with \`${install}\` (as root), or set ` +
        `RECOUPE_BROWSERS to the browsers you want to test.`,
    );
  }
  return path;
}

export function extensionDir(name: BrowserName): string {
  const dir = resolve(ROOT, process.env.RECOUPE_DIST ?? 'dist', name === 'chromium' ? 'chrome' : 'firefox');
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`${dir} has no build: run \`npm run build\` first`);
  return dir;
}

export interface LaunchOptions {
  readonly headless?: boolean;
  /** The theme the browser reports to pages (prefers-color-scheme); default: the browser's own (light). */
  readonly colorScheme?: 'light' | 'dark';
}

export async function launchWithExtension(name: BrowserName, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  return name === 'chromium' ? launchChromium(options.headless ?? true, options.colorScheme) : launchFirefox(options.headless ?? true, options.colorScheme);
}

async function launchChromium(headless: boolean, colorScheme?: 'light' | 'dark'): Promise<ExtensionBrowser> {
  const executablePath = requireExecutable('chromium');
  const ext = extensionDir('chromium');
  const profile = mkdtempSync(join(tmpdir(), 'recoupe-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless,
    viewport: { width: 1200, height: 900 },
    ...(colorScheme && { colorScheme }),
    args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, ...CHROMIUM_QUIET],
  });
  // Recording starts before the extension's service worker is known, so its start-up is recorded too.
  let extensionBase = 'chrome-extension://';
  const network = await recordChromium(context, () => extensionBase);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  extensionBase = `chrome-extension://${new URL(worker.url()).host}/`;
  return {
    name: 'chromium',
    extensionBase,
    async newPage(url) {
      const page = fromPlaywright(await context.newPage());
      if (url) await page.goto(url);
      return page;
    },
    async openExtensionPage(path) {
      const page = fromPlaywright(await context.newPage());
      await page.goto(extensionBase + path);
      return page;
    },
    recordNetwork: async () => network,
    async stopServiceWorkers() {
      // Playwright cannot stop a service worker; the DevTools protocol can: close its target, as Chrome's own
      // samples for testing worker termination do, then wait until the browser lists it no more.
      const page = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(page);
      const ours = async () =>
        (await cdp.send('Target.getTargets')).targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith(extensionBase));
      for (const target of await ours()) await cdp.send('Target.closeTarget', { targetId: target.targetId });
      for (let tries = 0; (await ours()).length > 0; tries++) {
        if (tries > 200) throw new Error('the extension service worker did not stop');
        await new Promise((done) => setImmediate(done));
      }
      await cdp.detach();
    },
    async evaluateInBackground(fn) {
      const running = context.serviceWorkers().filter((w) => w.url().startsWith(extensionBase));
      const worker = running.at(-1) ?? (await context.waitForEvent('serviceworker'));
      return worker.evaluate(fn);
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function launchFirefox(headless: boolean, colorScheme?: 'light' | 'dark'): Promise<ExtensionBrowser> {
  const executablePath = requireExecutable('firefox');
  const ext = extensionDir('firefox');
  const geckoId = (JSON.parse(readFileSync(join(ext, 'manifest.json'), 'utf8')) as { browser_specific_settings: { gecko: { id: string } } })
    .browser_specific_settings.gecko.id;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless,
    defaultViewport: { width: 1200, height: 900 },
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_UUID }),
      // What web content (extension pages included) sees as prefers-color-scheme: 0 dark, 1 light.
      ...(colorScheme && { 'layout.css.prefers-color-scheme.content-override': colorScheme === 'dark' ? 0 : 1 }),
    },
  });
  // Recording starts before the extension is installed, so its background page's start-up is recorded too.
  const network = await recordFirefox(browser);
  await browser.installExtension(ext);
  const extensionBase = `moz-extension://${FIREFOX_UUID}/`;
  return {
    name: 'firefox',
    extensionBase,
    async newPage(url) {
      const page = fromPuppeteer(await browser.newPage());
      if (url) await page.goto(url);
      return page;
    },
    async openExtensionPage(path) {
      const url = extensionBase + path;
      // goto never resolves for moz-extension:// pages: start it, then wait for the page itself. Now and
      // then the new tab's document never becomes evaluable (every evaluation fails with a protocol
      // error until the deadline): then that tab is dropped and a fresh one tried, three times at most.
      let lastError: unknown;
      for (let attempt = 0; attempt < 3; attempt++) {
        const raw = await browser.newPage();
        raw.goto(url).catch(() => {});
        const deadline = Date.now() + 8_000;
        try {
          for (;;) {
            try {
              await raw.waitForFunction((u: string) => location.href === u && document.readyState === 'complete', { timeout: Math.max(1, deadline - Date.now()) }, url);
              return fromPuppeteer(raw);
            } catch (error) {
              if (Date.now() >= deadline || !isNavigationRace(error)) throw error;
            }
          }
        } catch (error) {
          lastError = error;
          await raw.close().catch(() => {});
        }
      }
      throw lastError;
    },
    recordNetwork: async () => network,
    async stopServiceWorkers() {
      // What about:debugging's "Terminate background script" does: Firefox's own terminateBackground(), the
      // function its idle timer calls, run in the parent process. Like the idle timer, Firefox may decline
      // (a listener still running resets the idle time once): then ask again, as the idle timer would, until
      // it stops or the deadline passes.
      const chrome = await firefoxChromeEvaluator(browser);
      const state = `WebExtensionPolicy.getByID(${JSON.stringify(geckoId)}).extension`;
      const terminate = () => chrome(`(async () => {
        const extension = ${state};
        if (extension.backgroundState !== 'stopped') await extension.terminateBackground({ ignoreDevToolsAttached: true });
        return extension.backgroundState;
      })()`);
      let after = await terminate();
      for (const deadline = Date.now() + 10_000; after === 'running'; after = await terminate()) {
        if (Date.now() > deadline) throw new Error('Firefox declined to stop the extension background (still busy)');
        await new Promise((done) => setTimeout(done, 50));
      }
      // Then wait until Firefox has torn the background page down: "stopped", with no background context left.
      const stopped = () => chrome(`(() => { const e = ${state}; return e.backgroundState === 'stopped' && !e.backgroundContext; })()`);
      for (const deadline = Date.now() + 10_000; !(await stopped()); ) {
        if (Date.now() > deadline) throw new Error(`the extension background did not stop (it was ${String(after)})`);
        await new Promise((done) => setImmediate(done));
      }
    },
    async close() {
      await browser.close();
    },
  };
}
