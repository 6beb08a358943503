// `npm start`: builds the extension, serves the demo article and opens Chromium with Recoupe loaded on it;
// `npm start -- --firefox` does the same in Firefox. Without a display (or with --headless) it runs
// headless, prints what the extension found and saves a screenshot in demo-output/.
//
// Firefox is driven like Chromium, through the e2e harness (puppeteer-core over WebDriver BiDi, the
// extension installed as a temporary add-on), rather than by `web-ext run`: that way the demo reads the
// page and prints what Recoupe found in both browsers, and the two demos behave the same.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildAll } from './build.ts';
import { startFixtureServer } from '../e2e/server.ts';
import { launchWithExtension, type BrowserName } from '../e2e/harness/browsers.ts';
import { describeFindings, openCard } from './lib/demo-report.ts';

// `npm start --headless` hands the flag to npm, which exposes it as npm_config_headless (same for --firefox).
const flag = (name: string) => process.argv.includes(`--${name}`) || process.env[`npm_config_${name}`] === 'true';
const headless = flag('headless') || !process.env.DISPLAY;
const browserName: BrowserName = flag('firefox') ? 'firefox' : 'chromium';
const label = browserName === 'firefox' ? 'Firefox' : 'Chromium';

await buildAll([browserName === 'firefox' ? 'firefox' : 'chrome']);
const server = await startFixtureServer(Number(process.env.PORT ?? 0));
const articleUrl = server.url('/demo-article.html');
const browser = await launchWithExtension(browserName, { headless });
const article = await browser.newPage(articleUrl);
console.log(`Demo article (${label}): ${articleUrl}`);

// The demo article states 17 recorded claims (see e2e/fixtures/demo-article.expected.json).
const report = await describeFindings(article, 17);
console.log(report.text);

mkdirSync('demo-output', { recursive: true });
await article.bringToFront();
await openCard(article, 'ru-mod-39-sorties-60-targets-24h');
const shot = join('demo-output', browserName === 'firefox' ? 'demo-card-firefox.png' : 'demo-card.png');
await article.screenshot(shot);
console.log(`Screenshot with the card of the 60-targets claim open: ${shot}`);

if (headless) {
  await browser.close();
  await server.close();
} else {
  console.log(`${label} is open with Recoupe loaded. Close the browser window (or press Ctrl+C) to stop.`);
}
