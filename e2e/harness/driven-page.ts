// One page interface over Playwright (Chromium) and puppeteer-core (Firefox), so each e2e test is written
// once and runs in both browsers. Only what the tests need; every wait is on a condition, never a sleep.
import type { CDPSession, Page as PlaywrightPage } from '@playwright/test';
import type { ElementHandle, Page as PuppeteerPage } from 'puppeteer-core';

export const DEFAULT_WAIT_MS = 15_000;

export interface DrivenPage {
  goto(url: string): Promise<void>;
  url(): string;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Resolves once `fn` returns a truthy value in the page; fails after `timeout` ms. */
  waitFor<A = undefined>(fn: (arg: A) => unknown, arg?: A, timeout?: number): Promise<void>;
  click(x: number, y: number): Promise<void>;
  press(key: string): Promise<void>;
  /** Sets a local file on the `<input type=file>` matched by `selector`, as if the user had picked it (fires change). */
  uploadFile(selector: string, path: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
  /** Calls `listener` with the message of every uncaught exception in the page. */
  onPageError(listener: (message: string) => void): void;
  /** Calls `listener` with every console message logged in the page (by the page or a script running in it). */
  onConsole(listener: (type: string, text: string) => void): void;
  /** Chromium only: a DevTools protocol session on this page (for heap and service-worker control). */
  readonly cdp?: () => Promise<CDPSession>;
}

export function fromPlaywright(page: PlaywrightPage): DrivenPage {
  return {
    goto: async (url) => void (await page.goto(url)),
    url: () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (fn, arg, timeout = DEFAULT_WAIT_MS) => void (await page.waitForFunction(fn as never, arg, { timeout })),
    click: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key),
    uploadFile: (selector, path) => page.setInputFiles(selector, path),
    screenshot: async (path) => void (await page.screenshot({ path })),
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
    onPageError: (listener) => void page.on('pageerror', (error) => listener(error.message)),
    onConsole: (listener) => void page.on('console', (message) => listener(message.type(), message.text())),
    cdp: () => page.context().newCDPSession(page),
  };
}

/**
 * Firefox over WebDriver BiDi: an evaluation that lands in a document being replaced fails with a protocol
 * error ("right-hand side of 'in' should be an object, got null"), often wrapped as "Waiting failed".
 * That is a navigation in progress, not an answer: waits retry it until their deadline.
 */
export function isNavigationRace(error: unknown): boolean {
  const text = (e: unknown): string => (e instanceof Error ? `${e.message} ${text(e.cause)}` : String(e ?? ''));
  return /Protocol error|Execution context was destroyed|realm/i.test(text(error));
}

async function waitRetrying(page: PuppeteerPage, fn: unknown, arg: unknown, timeout: number): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      await page.waitForFunction(fn as never, { timeout: Math.max(1, deadline - Date.now()) }, arg);
      return;
    } catch (error) {
      if (Date.now() >= deadline || !isNavigationRace(error)) throw error;
    }
  }
}

export function fromPuppeteer(page: PuppeteerPage): DrivenPage {
  return {
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    url: () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: (fn, arg, timeout = DEFAULT_WAIT_MS) => waitRetrying(page, fn, arg, timeout),
    click: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key as never),
    uploadFile: async (selector, path) => {
      const input = await page.$(selector);
      if (!input) throw new Error(`uploadFile: nothing matches ${selector}`);
      await (input as ElementHandle<HTMLInputElement>).uploadFile(path);
    },
    screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
    onPageError: (listener) => void page.on('pageerror', (error) => listener(error instanceof Error ? error.message : String(error))),
    onConsole: (listener) => void page.on('console', (message) => listener(message.type(), message.text())),
  };
}
