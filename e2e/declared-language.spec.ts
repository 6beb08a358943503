// Issue #11: pages often declare the wrong language. The French demo article served with <html lang="en">
// must get exactly the highlights it gets with lang="fr": the matcher detects each block's language and
// uses the declared one only as a prior (the same function as `recoupe scan`).
import { readFileSync } from 'node:fs';
import { test, expect } from './harness/test.ts';
import { readHighlights, waitForHighlights } from './harness/highlights.ts';

interface Expected {
  highlights: { startsWith: string; claims: string[] }[];
}
const expected = JSON.parse(readFileSync(new URL('./fixtures/demo-article.expected.json', import.meta.url), 'utf8')) as Expected;

test('the French demo article served with lang="en" gets the same highlights as with lang="fr"', async ({ ext, server }) => {
  const french = await ext.newPage(server.url('/demo-article.html'));
  await waitForHighlights(french, expected.highlights.length);
  const asFrench = await readHighlights(french);
  await french.close();

  const mislabelled = await ext.newPage(server.url('/demo-article-lang-en.html'));
  expect(await mislabelled.evaluate(() => document.documentElement.lang)).toBe('en');
  await waitForHighlights(mislabelled, expected.highlights.length);
  const asEnglish = await readHighlights(mislabelled);
  for (const want of expected.highlights) {
    expect(asEnglish.some((h) => h.text.startsWith(want.startsWith) && want.claims.includes(h.claim)), `no highlight for "${want.startsWith}"`).toBe(true);
  }
  const key = (h: { claim: string; text: string }): string => `${h.claim} ${h.text}`;
  expect(asEnglish.map(key).sort()).toEqual(asFrench.map(key).sort());
  await mislabelled.close();
});
