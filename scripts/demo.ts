// `npm start`: builds the extension, serves the demo article and opens Chromium with Recoupe loaded on it.
// Without a display (or with --headless) it runs headless, prints what the extension found and saves
// a screenshot in demo-output/.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildAll } from './build.ts';
import { startFixtureServer } from '../e2e/server.ts';
import { launchWithExtension } from '../e2e/harness/browsers.ts';
import { describeFindings, openCard } from './lib/demo-report.ts';

// `npm start --headless` hands the flag to npm, which exposes it as npm_config_headless.
const headless =
  process.argv.includes('--headless') || process.env.npm_config_headless === 'true' || !process.env.DISPLAY;

await buildAll(['chrome']);
const server = await startFixtureServer(Number(process.env.PORT ?? 0));
const articleUrl = server.url('/demo-article.html');
const browser = await launchWithExtension('chromium', { headless });
const article = await browser.newPage(articleUrl);
console.log(`Demo article: ${articleUrl}`);

// The demo article states 17 recorded claims (see e2e/fixtures/demo-article.expected.json).
const report = await describeFindings(article, 17);
console.log(report.text);

mkdirSync('demo-output', { recursive: true });
await article.bringToFront();
await openCard(article, 'ru-mod-39-sorties-60-targets-24h');
const shot = join('demo-output', 'demo-card.png');
await article.screenshot(shot);
console.log(`Screenshot with the card of the 60-targets claim open: ${shot}`);

if (headless) {
  await browser.close();
  await server.close();
} else {
  console.log('Chromium is open with Recoupe loaded. Close the browser window (or press Ctrl+C) to stop.');
}
