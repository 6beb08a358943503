import { readFileSync } from 'node:fs';
import { test, expect } from './harness/test.ts';
import { launchWithExtension, type BrowserName } from './harness/browsers.ts';
import { markPoint, waitForHighlights } from './harness/highlights.ts';
import { makePageDark } from './harness/dark-page.ts';
import type { DrivenPage } from './harness/driven-page.ts';

const CLAIM = 'syrian-army-seeks-to-break-kweires-siege';
type Messages = Record<string, { message: string }>;
const messages = (lang: string) => JSON.parse(readFileSync(new URL(`../_locales/${lang}/messages.json`, import.meta.url), 'utf8')) as Messages;
const statusWords = (status: string) => ['en', 'fr'].map((lang) => messages(lang)[`status_${status.replace(/-/g, '_')}`]!.message);

/** Per highlight: status, line style, label, and the contrast of its underline against the page behind it. */
function readUnderlines(page: DrivenPage) {
  return page.evaluate(() => {
    const lum = (css: string): number | null => {
      const m = /rgba?\(([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+))?\)/.exec(css);
      if (!m || (m[4] !== undefined && Number(m[4]) < 0.5)) return null;
      const ch = (v: string) => {
        const c = Number(v) / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * ch(m[1]!) + 0.7152 * ch(m[2]!) + 0.0722 * ch(m[3]!);
    };
    const behind = (el: Element): number => {
      for (let e: Element | null = el; e; e = e.parentElement) {
        const l = lum(getComputedStyle(e).backgroundColor);
        if (l !== null) return l;
      }
      return 1;
    };
    return [...document.querySelectorAll('recoupe-mark[tabindex="0"]')].map((mark) => {
      const style = getComputedStyle(mark);
      const line = lum(style.textDecorationColor)!;
      const back = behind(mark);
      return {
        status: mark.getAttribute('data-recoupe-status') ?? '',
        line: style.textDecorationStyle,
        label: mark.getAttribute('aria-label') ?? '',
        contrast: (Math.max(line, back) + 0.05) / (Math.min(line, back) + 0.05),
      };
    });
  });
}

/** Luminance of the open card's background and text. */
function cardColours(page: DrivenPage) {
  return page.evaluate(() => {
    const card = document.querySelector('recoupe-card')!.shadowRoot!.querySelector('.card')!;
    const lum = (css: string) => {
      const [r, g, b] = (css.match(/[\d.]+/g) ?? []).map(Number).map((v) => v / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const style = getComputedStyle(card);
    return { theme: card.getAttribute('data-theme'), background: lum(style.backgroundColor), text: lum(style.color) };
  });
}

async function openCardOf(page: DrivenPage, claimId: string): Promise<void> {
  const point = await markPoint(page, claimId);
  await page.click(point.x, point.y);
  await page.waitFor(() => document.querySelector('recoupe-card')?.shadowRoot?.querySelector('.card') != null);
}

function checkUnderlines(underlines: Awaited<ReturnType<typeof readUnderlines>>): void {
  expect(underlines.length).toBeGreaterThanOrEqual(17);
  const lineOf = new Map<string, string>();
  for (const u of underlines) {
    expect(u.contrast, `${u.status} underline contrast`).toBeGreaterThanOrEqual(3);
    // Status is in words too, and each status has its own line style.
    expect(statusWords(u.status).some((word) => u.label.includes(word)), `${u.label} names ${u.status}`).toBe(true);
    expect(lineOf.get(u.status) ?? u.line).toBe(u.line);
    lineOf.set(u.status, u.line);
  }
  expect(new Set(lineOf.values()).size).toBe(lineOf.size);
}

test('underlines keep 3:1 contrast and say their status in words, on the light page and on a dark page; the card turns dark there', async ({ ext, server }) => {
  const page = await ext.newPage(server.url('/demo-article.html'));
  await waitForHighlights(page, 17);
  checkUnderlines(await readUnderlines(page));
  await openCardOf(page, CLAIM);
  const light = await cardColours(page);
  expect(light.theme).toBe('light');
  expect(light.background).toBeGreaterThan(0.9);
  await page.press('Escape');
  await page.waitFor(() => document.querySelector('recoupe-card') === null);

  await makePageDark(page);
  checkUnderlines(await readUnderlines(page));
  await openCardOf(page, CLAIM);
  const dark = await cardColours(page);
  expect(dark.theme).toBe('dark');
  expect(dark.background).toBeLessThan(0.03);
  expect(dark.text).toBeGreaterThan(0.7);
  await page.close();
});

test('with the browser in dark mode, the popup and the options page are dark, and the card follows the page under it', async ({ server }, testInfo) => {
  const browser = await launchWithExtension(testInfo.project.name as BrowserName, { colorScheme: 'dark' });
  try {
    const bodyColours = (p: DrivenPage) =>
      p.evaluate(() => {
        const lum = (css: string) => {
          const [r, g, b] = (css.match(/[\d.]+/g) ?? []).map(Number).map((v) => v / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
          return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
        };
        const style = getComputedStyle(document.body);
        return { dark: matchMedia('(prefers-color-scheme: dark)').matches, background: lum(style.backgroundColor), text: lum(style.color) };
      });
    const page = await browser.newPage(server.url('/demo-article.html'));
    await waitForHighlights(page, 17);
    const popup = await browser.openExtensionPage('popup.html');
    await popup.waitFor(() => document.querySelector('[data-testid="scan-summary"]') !== null);
    const popupColours = await bodyColours(popup);
    expect(popupColours.dark).toBe(true);
    expect(popupColours.background).toBeLessThan(0.03);
    expect(popupColours.text).toBeGreaterThan(0.7);
    await popup.close();
    const options = await browser.openExtensionPage('options.html');
    await options.waitFor(() => document.querySelector('[data-testid="total-claims"]') !== null);
    const optionsColours = await bodyColours(options);
    expect(optionsColours.background).toBeLessThan(0.03);
    expect(optionsColours.text).toBeGreaterThan(0.7);
    await options.close();

    // The demo article paints itself light: the card matches it. Made dark, the card is dark.
    await openCardOf(page, CLAIM);
    expect((await cardColours(page)).theme).toBe('light');
    await page.press('Escape');
    await page.waitFor(() => document.querySelector('recoupe-card') === null);
    await makePageDark(page);
    await openCardOf(page, CLAIM);
    const card = await cardColours(page);
    expect(card.theme).toBe('dark');
    expect(card.background).toBeLessThan(0.03);
    await page.close();
  } finally {
    await browser.close();
  }
});
