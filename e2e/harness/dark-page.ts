// Turns the demo article into a dark page, as a site with its own dark theme would be: a dark background
// and light text set by the page's CSS (not by prefers-color-scheme), to test the highlights and card on it.
import type { DrivenPage } from './driven-page.ts';

export const DARK_PAGE_BACKGROUND = '#15171a';

export async function makePageDark(page: DrivenPage): Promise<void> {
  await page.evaluate((background: string) => {
    const style = document.createElement('style');
    style.textContent = `body { background: ${background}; color: #e6e6e6; }
      .byline { color: #b0b0b0; border-color: #333; } .kicker { color: #ff9a8f; } a { color: #8ab4f8; }`;
    document.head.append(style);
  }, DARK_PAGE_BACKGROUND);
}
