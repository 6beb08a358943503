import { execFile } from 'node:child_process';
import { existsSync, rmSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { test, expect } from './harness/test.ts';

const ROOT = resolve(import.meta.dirname, '..');

// `npm start` (Chromium) and `npm start -- --firefox`, headless as without a display: each builds,
// opens the demo article with the extension loaded, prints the 17 findings and saves a screenshot.
// Its own build folder, so the browser of the other tests keeps its extension files.
// eslint-disable-next-line no-empty-pattern -- Playwright needs the fixtures argument destructured, even when empty
test('the demo runs headless in this browser and reports the demo article\'s claims', async ({}, testInfo) => {
  test.setTimeout(180_000); // a build and a browser start, on a shared machine
  const firefox = testInfo.project.name === 'firefox';
  const shot = resolve(ROOT, 'demo-output', firefox ? 'demo-card-firefox.png' : 'demo-card.png');
  rmSync(shot, { force: true });
  const args = ['tsx', 'scripts/demo.ts', '--headless', ...(firefox ? ['--firefox'] : [])];
  const { stdout } = await promisify(execFile)('npx', args, {
    cwd: ROOT,
    env: { ...process.env, RECOUPE_DIST: '.tmp/demo-dist', PORT: '0' },
    timeout: 170_000,
  });
  expect(stdout).toContain(`Demo article (${firefox ? 'Firefox' : 'Chromium'})`);
  expect(stdout).toMatch(/Recoupe highlighted (1[7-9]|[2-9]\d) sentences/);
  expect(stdout).toMatch(/Russian Ministry of Defence|Ministère russe de la Défense/);
  expect(existsSync(shot) && statSync(shot).size > 10_000).toBe(true);
});
