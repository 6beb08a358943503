// `npx tsx scripts/screenshots.ts`: the README's pictures of the card with its provenance time line, on
// the light demo article and on the same article made dark, taken in headless Chromium with the built
// extension (RECOUPE_DIST, default dist/). Writes docs/images/card-timeline-{light,dark}.png.
import { join } from 'node:path';
import { startFixtureServer } from '../e2e/server.ts';
import { launchWithExtension } from '../e2e/harness/browsers.ts';
import { makePageDark } from '../e2e/harness/dark-page.ts';
import { markPoint } from '../e2e/harness/highlights.ts';

const CLAIM = 'syrian-army-seeks-to-break-kweires-siege';
const server = await startFixtureServer();
const browser = await launchWithExtension('chromium', { headless: true });
try {
  for (const theme of ['light', 'dark'] as const) {
    const page = await browser.newPage(server.url('/demo-article.html'));
    await page.waitFor((id: string) => document.querySelector(`recoupe-mark[data-recoupe-claim="${id}"]`) !== null, CLAIM);
    if (theme === 'dark') await makePageDark(page);
    // The highlight near the top of the window, so the whole card fits below it.
    await markPoint(page, CLAIM);
    await page.evaluate((id: string) => {
      const mark = document.querySelector(`recoupe-mark[data-recoupe-claim="${id}"]`)!;
      window.scrollBy(0, mark.getBoundingClientRect().top - 120);
    }, CLAIM);
    const point = await page.evaluate((id: string) => {
      const rect = document.querySelector(`recoupe-mark[data-recoupe-claim="${id}"]`)!.getClientRects()[0]!;
      return { x: rect.left + 10, y: rect.top + rect.height / 2 };
    }, CLAIM);
    await page.click(point.x, point.y);
    await page.waitFor(() => document.querySelector('recoupe-card')?.shadowRoot?.querySelector('[data-testid="provenance"] svg') != null);
    const path = join('docs', 'images', `card-timeline-${theme}.png`);
    await page.screenshot(path);
    console.log(`wrote ${path}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
