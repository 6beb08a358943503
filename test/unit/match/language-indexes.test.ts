// Issue #13 item 1 at its cause: language indexes are built lazily, only for languages the packs hold
// enough claims in, and a page whose language has no index is matched against French and English only.
// Issue #11: the page's declared language is only a prior; the block's own words decide.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createMatcher } from '../../../src/core/match/matcher.ts';
import { MIN_CLAIMS_PER_LANGUAGE } from '../../../src/core/match/engines.ts';
import type { Claim } from '../../../src/core/pack/types.ts';
import { claims, entities } from './mini-pack.ts';

/** Two-letter-and-more codes that are not fr/en: "aa", "ab", … (2,000 distinct ones need three letters too). */
function languageCodes(n: number): string[] {
  const out: string[] = [];
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (const a of letters) for (const b of letters) for (const c of ['', ...letters]) {
    const code = a + b + c;
    if (code !== 'fr' && code !== 'en' && out.length < n) out.push(code);
  }
  return out;
}

const manyLanguages: Claim[] = languageCodes(2000).map((lang, i) => ({
  id: `polyglot-${i}`,
  claimant: 'ru-mod',
  date: '2015-10-18',
  text: { [lang]: `Zorglub ${i} frobnicated ${i + 7} widgets in Quuxland according to the ministry number ${i}.` },
  evidence: [],
}));

const germanPage = Array.from({ length: 100 }, (_v, i) => `Die Regierung hat am Montag ${i} neue Maßnahmen angekündigt, sagte ein Sprecher in Berlin. Die Opposition kritisierte den Plan.`);

describe('language indexes', () => {
  it('builds nothing before the first page, and only the French index for a French page', () => {
    const matcher = createMatcher({ claims, entities });
    assert.equal(matcher.indexBuilds, 0);
    matcher.matchText('Les combats ont poussé 2000 familles à fuir leurs habitations.', 'fr');
    assert.equal(matcher.indexBuilds, 1);
  });

  it('with 2,000 claims each in its own language, a German page builds at most the fr and en indexes', () => {
    const matcher = createMatcher({ claims: [...claims, ...manyLanguages], entities });
    assert.equal(matcher.indexBuilds, 0, 'nothing is built up front');
    const found = matcher.matchBlocks(germanPage, 'de');
    assert.deepEqual(found, []);
    assert.ok(matcher.indexBuilds <= 2, `built ${matcher.indexBuilds} indexes for a German page`);
    // Pages in the pack's odd languages do not build an index either: one claim each is not enough.
    matcher.matchBlocks(['Zorglub 3 frobnicated 10 widgets in Quuxland according to the ministry number 3.'], 'aad');
    matcher.matchBlocks(germanPage.slice(0, 3), 'abc');
    assert.ok(matcher.indexBuilds <= 2, `built ${matcher.indexBuilds} indexes after pages in three languages`);
  });

  it('builds an index for another language once the pack holds enough claims in it', () => {
    const topics = ['Luftwaffe Ziele getroffen', 'Bauern Ernte verloren', 'Schulen Lehrer eingestellt', 'Krankenhaus Betten gebaut', 'Polizei Diebe gefasst', 'Bahn Züge verspätet', 'Stadt Bäume gepflanzt', 'Firma Arbeiter entlassen', 'Museum Besucher gezählt', 'Hafen Schiffe abgefertigt'];
    const german: Claim[] = Array.from({ length: MIN_CLAIMS_PER_LANGUAGE }, (_v, i) => {
      const [who, what, verb] = topics[i % topics.length]!.split(' ');
      return { id: `de-${i}`, claimant: 'ru-mod', date: '2015-10-18', text: { de: `Die ${who} hat ${60 + i} ${what} in einer Woche ${verb}.` }, evidence: [] };
    });
    const matcher = createMatcher({ claims: [...claims, ...german], entities });
    const hits = matcher.matchBlocks(['Laut Bericht hat die Polizei 64 Diebe in einer Woche gefasst.'], 'de');
    assert.deepEqual(hits.map((h) => h.claimId), ['de-4']);
    assert.equal(matcher.indexBuilds, 1);
  });

  it('ignores a declared language that is not a language code (lang="__proto__")', () => {
    const matcher = createMatcher({ claims, entities });
    assert.deepEqual(matcher.matchBlocks(['Les combats ont poussé 2000 familles à fuir leurs habitations.'], '__proto__').map((m) => m.claimId), ['families-2000']);
  });
});

describe('the declared language is only a prior', () => {
  const matcher = createMatcher({ claims, entities });
  const french = [
    "L'aviation russe a frappé 60 cibles terroristes en Syrie au cours des dernières 24 heures, selon Moscou.",
    'Les combats ont poussé 2000 familles à fuir leurs habitations, selon une ONG.',
  ];

  it('gives a French page declared lang="en" the same highlights as declared lang="fr"', () => {
    const asFr = matcher.matchBlocks(french, 'fr');
    const asEn = matcher.matchBlocks(french, 'en');
    assert.equal(asFr.length, 2);
    assert.deepEqual(asEn, asFr);
    assert.deepEqual(matcher.matchBlocks(french, null), asFr);
  });

  it('uses the declared language for a block too short to tell', () => {
    assert.deepEqual(matcher.matchBlocks(['Soixante cibles terroristes frappées en 24 heures'], 'fr').map((m) => m.claimId), ['targets-60']);
  });
});
