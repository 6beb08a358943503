import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { readBlocks, scanBlocks } from '../../../src/cli/commands/scan.ts';
import { bundledContext, labelFiles, labelledDir, readLabels, scanHtml, seedText, tally } from './labelled.ts';

describe('the seed article', () => {
  const labels = readLabels('seed-article.json');

  it('has every claim sentence matched to the right claim and nothing else, as plain text', async () => {
    const ctx = await bundledContext();
    const report = scanBlocks(seedText, readBlocks(seedText, readFileSync(seedText, 'utf8')), ctx);
    const t = tally(report, labels);
    assert.deepEqual(t.falsePositives, []);
    assert.deepEqual(t.missed, []);
    assert.equal(report.lang, 'fr');
  });

  it('has every claim sentence matched to the right claim and nothing else, as an HTML page', async () => {
    const ctx = await bundledContext();
    const t = tally(scanHtml(join(labelledDir, 'seed-article.html'), ctx), labels);
    assert.deepEqual(t.falsePositives, []);
    assert.deepEqual(t.missed, []);
  });
});

describe('labelled pages in French and English, with distractors', () => {
  const pages = labelFiles().filter((f) => f !== 'seed-article.json');

  it('has at least two French and two English pages', () => {
    const langs = pages.map((f) => readLabels(f).lang);
    assert.ok(langs.filter((l) => l === 'fr').length >= 2);
    assert.ok(langs.filter((l) => l === 'en').length >= 2);
  });

  it('reaches precision >= 0.95 and recall >= 0.90 over all pages', async () => {
    const ctx = await bundledContext();
    let tp = 0;
    let fp = 0;
    let expected = 0;
    const problems: string[] = [];
    for (const file of pages) {
      const labels = readLabels(file);
      const t = tally(scanHtml(join(labelledDir, labels.page), ctx), labels);
      tp += t.truePositives;
      fp += t.falsePositives.length;
      expected += labels.expected.length;
      problems.push(...t.falsePositives.map((s) => `${file}: false positive ${s}`), ...t.missed.map((s) => `${file}: missed ${s}`));
    }
    const precision = tp / Math.max(1, tp + fp);
    const recall = tp / Math.max(1, expected);
    assert.ok(precision >= 0.95 && recall >= 0.9, `precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}\n${problems.join('\n')}`);
  });

  for (const file of pages) {
    it(`leaves every distractor of ${file} unmatched`, async () => {
      const labels = readLabels(file);
      const report = scanHtml(join(labelledDir, labels.page), await bundledContext());
      const squash = (s: string): string => s.replace(/\s+/g, ' ');
      const hits = labels.noMatch.filter((d) => report.matches.some((m) => squash(m.sentence).includes(squash(d))));
      assert.deepEqual(hits, []);
    });
  }
});
