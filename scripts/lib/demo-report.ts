// What the demo prints: the extension's own view of the demo article, read from its popup.
import type { ExtensionBrowser } from '../../e2e/harness/browsers.ts';
import type { DrivenPage } from '../../e2e/harness/driven-page.ts';

export async function describeFindings(browser: ExtensionBrowser, _article: DrivenPage): Promise<{ text: string }> {
  const popup = await browser.openExtensionPage('popup.html');
  await popup.waitFor(() => document.querySelector('[data-testid="scan-summary"]') !== null);
  const text = await popup.evaluate(() => (document.querySelector('main') as HTMLElement).innerText);
  await popup.close();
  return { text: `Recoupe popup says:\n${text}` };
}
