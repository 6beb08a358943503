// Fuzzes the page path the CLI shares with the content script: HTML → text blocks (read-page.ts) →
// matcher over the bundled pack. Nothing may throw, and every match must point at a real sentence of
// its block: offsets in bounds, trimmed, and the reported sentence is the text at those offsets.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import fc from 'fast-check';
import { readBlocks, scanBlocks, type ScanContext } from '../../../src/cli/commands/scan.ts';
import { extractPageText } from '../../../src/cli/read-page.ts';
import type { Matcher } from '../../../src/core/match/matcher.ts';
import { LINE_BREAK } from '../../../src/core/extract/blocks.ts';
import { bundledContext } from '../scan/labelled.ts';

interface Labels {
  lang: string;
  expected: { sentence: string; claim: string }[];
}

let ctx: ScanContext;
let matcher: Matcher;
before(async () => {
  ctx = await bundledContext();
  matcher = ctx.matcher;
});

/** Whole claim sentences of the demo article, with the claim each states (checked in the first test). */
const demoSentences: { text: string; claim: string }[] = [
  {
    text: "Au total, 32 camps d'entraînement «terroristes» ont été détruits au cours des dernières 24 heures, ajoute-t-on.",
    claim: 'ru-mod-32-training-camps-24h',
  },
];
const labels = JSON.parse(readFileSync(new URL('../../fixtures/labelled/fr-courrier-du-levant.json', import.meta.url), 'utf8')) as Labels;

function assertMatchesWellFormed(text: string, lang: string | undefined): void {
  let results;
  assert.doesNotThrow(() => {
    results = matcher.matchText(text, lang);
  }, `matchText threw on ${JSON.stringify(text.slice(0, 200))}`);
  let previousEnd = 0;
  for (const m of results!) {
    assert.ok(Number.isSafeInteger(m.start) && Number.isSafeInteger(m.end), 'offsets are integers');
    assert.ok(m.start >= previousEnd && m.start < m.end && m.end <= text.length, `offsets ${m.start}-${m.end} out of bounds or overlapping (length ${text.length})`);
    const slice = text.slice(m.start, m.end);
    assert.equal(slice, slice.trim(), 'a match is trimmed of surrounding whitespace');
    assert.equal(m.sentence, slice.replace(/\s+/g, ' '), 'the reported sentence is the text at the offsets');
    assert.ok(ctx.claims.has(m.claimId), `unknown claim ${m.claimId}`);
    assert.ok(Number.isFinite(m.score) && m.score > 0, `score ${m.score}`);
    previousEnd = m.end;
  }
}

/** Text that stresses segmentation and normalisation: scripts, RTL, marks, surrogates, digits. */
const unit = fc.oneof(
  { weight: 6, arbitrary: fc.string({ maxLength: 30, unit: 'grapheme' }) },
  { weight: 3, arbitrary: fc.string({ maxLength: 30, unit: 'binary' }) },
  { weight: 2, arbitrary: fc.constantFrom('\uD800', '\uDFFF', '\uDBFF\uDC00', '\u202E', '\u200F', '\u200B', '\u00AD', '\uFEFF', '\u2029', '\u0301', '\u0000') },
  { weight: 2, arbitrary: fc.constantFrom('قال الجيش السوري إن 60 هدفا دمرت.', 'עשרות מטרות הותקפו בסוריה.', 'Россия нанесла удары по 60 целям.', '俄罗斯在24小时内袭击了60个目标。') },
  { weight: 2, arbitrary: fc.oneof(fc.bigInt().map(String), fc.double().map(String), fc.constantFrom('1e308', '9'.repeat(400), '60', '32', '24', '2 000', 'soixante', 'trente-deux')) },
  { weight: 2, arbitrary: fc.constantFrom('. ', '! ', '? ', '… ', '«', '»', '“', '”', ' ', '\n', 'M.', 'J.', 'Dr.', 'etc.') },
  { weight: 2, arbitrary: fc.constantFrom('Moscou', 'Alep', 'terroristes', "camps d'entraînement", 'Russian', 'Ministry of Defence', 'Kweires', 'OSDH', 'détruits', '24 heures') },
);
const noisyText = fc.array(unit, { maxLength: 40 }).map((parts) => parts.join(''));
const langArg = fc.constantFrom(undefined, 'fr', 'en', 'ar', 'he', 'xx', '', 'fr-FR', 'EN_us', 'zh-Hant-TW');

describe('matcher and page reading under fuzzing', () => {
  it('matches the demo and labelled sentences on their own (the fuzzing starts from real matches)', () => {
    for (const s of demoSentences) assert.deepEqual(matcher.matchText(s.text, 'fr').map((m) => m.claimId), [s.claim]);
    assert.ok(labels.expected.length > 0);
  });

  it('never throws on random, RTL, mixed-script and broken-surrogate text, and keeps offsets on the sentence', () => {
    fc.assert(
      fc.property(noisyText, langArg, (text, lang) => assertMatchesWellFormed(text, lang)),
      { numRuns: 300 },
    );
  });

  it('still finds a claim sentence set between random paragraphs, at the right offsets', () => {
    const sentence = demoSentences[0]!;
    fc.assert(
      fc.property(noisyText, noisyText, fc.constantFrom(undefined, 'fr'), (before, after, lang) => {
        const text = `${before}${LINE_BREAK}${sentence.text}${LINE_BREAK}x ${after}`;
        assertMatchesWellFormed(text, lang);
        const at = before.length + 1;
        const found = matcher.matchText(text, lang).find((m) => m.start === at);
        assert.ok(found, `the claim sentence was lost among ${JSON.stringify([before, after])}`);
        assert.equal(found.end, at + sentence.text.length);
        assert.equal(found.claimId, sentence.claim);
      }),
      { numRuns: 150 },
    );
  });

  it(
    'breaks a sentence at a line break even when the next line starts with a closing quote',
    () => {
      const sentence = demoSentences[0]!;
      const text = `${sentence.text}${LINE_BREAK}» suite`;
      const found = matcher.matchText(text, 'fr');
      assert.equal(found[0]?.end, sentence.text.length);
    },
  );

  it('survives huge blocks: one long word, thousands of sentences, a 100 000-digit number', () => {
    assertMatchesWellFormed('a'.repeat(100_000), 'fr');
    assertMatchesWellFormed('9'.repeat(100_000), undefined);
    assertMatchesWellFormed('Moscou a frappé 60 cibles. '.repeat(3000), 'fr');
    assertMatchesWellFormed(`«${'sans fin '.repeat(5000)}`, 'fr');
    assertMatchesWellFormed('\uD800'.repeat(50_000), 'en');
  });

  const inline = fc.constantFrom('span', 'a href="#"', 'em', 'b', 'i', 'strong', 'small', 'code', 'mark', 'q', 'time');
  it('reads a claim sentence split over many inline tags as one sentence, and matches it', () => {
    const sentence = demoSentences[0]!;
    const words = sentence.text.split(' ');
    fc.assert(
      fc.property(fc.array(inline, { minLength: words.length, maxLength: words.length }), fc.array(fc.nat({ max: 3 }), { minLength: words.length, maxLength: words.length }), (tags, depths) => {
        const body = words
          .map((word, i) => {
            const open = Array.from({ length: depths[i]! + 1 }, () => `<${tags[i]!}>`).join('');
            const close = Array.from({ length: depths[i]! + 1 }, () => `</${tags[i]!.split(' ')[0]!}>`).join('');
            return `${open}${word.replaceAll('&', '&amp;').replaceAll('<', '&lt;')}${close}`;
          })
          .join(' ');
        const page = extractPageText(`<html lang="fr"><body><p>${body}</p></body></html>`);
        assert.deepEqual(page.blocks.map((b) => b.replace(/\s+/g, ' ').trim()), [sentence.text]);
        const report = scanBlocks('fuzz.html', page, ctx);
        assert.deepEqual(report.matches.map((m) => m.claim.id), [sentence.claim]);
      }),
      { numRuns: 100 },
    );
  });

  const fragment = fc.oneof(
    { weight: 4, arbitrary: noisyText.map((t) => t.replaceAll('<', '&lt;')) },
    { weight: 3, arbitrary: fc.constantFrom('<p>', '</p>', '<div>', '</div>', '<span>', '</span>', '<br>', '<li>', '<td>', '<table>', '<tr>', '<h1>', '</h1>', '<pre>', '</pre>') },
    { weight: 2, arbitrary: fc.constantFrom('<script>', '</script>', '<style>', '</style>', '<!--', '-->', '<![CDATA[', ']]>', '<template>', '<textarea>', '<svg><text>', '</svg>', '<math>', '<iframe srcdoc="<p>x</p>">', '<noscript>') },
    { weight: 2, arbitrary: fc.constantFrom('<p hidden>', '<div aria-hidden="true">', '<span style="display:none">', '<div contenteditable>', '<div contenteditable="false">', '<recoupe-mark>', '<recoupe-card>', '<p style="visibility: hidden !important">') },
    { weight: 2, arbitrary: fc.constantFrom('&amp;', '&lt;', '&#0;', '&#xD800;', '&#x10FFFF;', '&nbsp;', '&bogus;', '&', '<', '>', '"', "'", '<p', '<a href="javascript:alert(1)">', '</', '<!doctype html>', '<html lang="fr-FR">', '<html lang>', '<body>', '</html>') },
    { weight: 1, arbitrary: fc.constant(demoSentences[0]!.text) },
  );
  it('never throws reading random HTML, and the scan of it reports only real sentences', () => {
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 60 }), (parts) => {
        const html = parts.join('');
        let page: ReturnType<typeof readBlocks> | undefined;
        assert.doesNotThrow(() => {
          page = readBlocks('fuzz.html', html);
        });
        for (const block of page!.blocks) assert.equal(typeof block, 'string');
        const report = scanBlocks('fuzz.html', page!, ctx);
        for (const m of report.matches) {
          assert.ok(m.sentence.length > 0);
          assert.ok(page!.blocks.some((b) => b.replace(/\s+/g, ' ').includes(m.sentence)), `"${m.sentence}" is in no block`);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('reads junk from which the HTML parser builds no element at all', () => {
    for (const junk of ['<![CDATA[<html lang>', '<!--<html>-->', '<html', '']) assert.deepEqual(readBlocks('junk.html', junk).blocks, []);
  });

  it('reads deeply nested and very wide HTML without a stack overflow', () => {
    const deep = `${'<div><span>'.repeat(5000)}${demoSentences[0]!.text}${'</span></div>'.repeat(5000)}`;
    assert.doesNotThrow(() => extractPageText(deep));
    const wide = `<p>${'<span>mot</span> '.repeat(50_000)}</p>`;
    const page = extractPageText(wide);
    assert.equal(page.blocks.length, 1);
  });
});
