// Precision at scale (issue #11): the bundled packs plus the 19,250 PolitiFact claims imported as one pack
// (as a user importing a large ClaimReview feed would), matched through Matcher.matchBlocks:
// - highlights on the 36 real news pages of the corpus (target 0);
// - false accepts on CheckThat! 2021-22 2B debate sentences that match no claim (no qrels pair in any
//   split; target ≤ 1 in 2,000), with the accept rate on the sentences that do have a claim beside it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { compilePacks } from '../src/core/pack/compile.ts';
import { createMatcher } from '../src/core/match/matcher.ts';
import { extractPageText } from '../src/cli/read-page.ts';
import type { Pack } from '../src/core/pack/types.ts';
import { checkthatDir, loadPolitiFact } from './corpus.ts';
import { compileBundled } from './devset.ts';
import { printTable } from './metrics.ts';

const corpusPages = resolve(checkthatDir, '../../pages');

const bundled = await compileBundled();
const politifact = loadPolitiFact();
const imported: Pack = { format: 'recoupe-pack/1', id: 'politifact-import', name: { en: 'PolitiFact (CheckThat! 2B vclaims)' }, version: '1', entities: politifact.entities, claims: politifact.claims };
const t0 = performance.now();
const pack = compilePacks([...bundled.packs.map((meta) => ({ format: 'recoupe-pack/1' as const, ...meta, entities: bundled.entities, claims: bundled.claims.filter((c) => c.packId === meta.id) })), imported]);
const matcher = createMatcher({ claims: pack.claims, entities: pack.entities });
matcher.matchText('Warm the English index up.', 'en');
console.log(`${pack.claims.length} claims (${politifact.claims.length} PolitiFact + bundled), compiled and indexed in ${(performance.now() - t0).toFixed(0)} ms\n`);

// 1. Corpus pages.
const pages = readdirSync(corpusPages).filter((f) => f.endsWith('.html')).sort();
const pageHits: string[] = [];
for (const page of pages) {
  const text = extractPageText(readFileSync(join(corpusPages, page), 'utf8'));
  for (const m of matcher.matchBlocks(text.blocks, text.lang)) pageHits.push(`${page}: ${m.claimId} <- ${m.sentence.slice(0, 140)}`);
}

// 2. Debate sentences with and without a claim.
function readTsv(path: string): string[][] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim().length > 0).map((l) => l.split('\t'));
}
const withClaim = new Set(['train', 'dev', 'test'].flatMap((split) => readTsv(join(checkthatDir, `qrels_${split}.tsv`)).map((r) => r[0]!)));
// Split by transcript set: the acceptance model is fitted on the train transcripts (train + dev qrels),
// so the test transcripts are the honest figure.
const sentences: { id: string; text: string; set: 'train/dev' | 'test' }[] = [];
for (const [prefix, file] of readTsv(join(checkthatDir, 'transcript_map.tsv')).slice(1)) {
  for (const [line, , text] of readTsv(join(checkthatDir, file!))) {
    if (text && text.trim().length > 0) sentences.push({ id: `${prefix}_${line!.padStart(4, '0')}`, text, set: file!.startsWith('transcripts/test/') ? 'test' : 'train/dev' });
  }
}
const tally = new Map<string, { negatives: number; falseAccepts: number; positives: number; accepted: number }>();
const examples: string[] = [];
const tm = performance.now();
for (const s of sentences) {
  const t = tally.get(s.set) ?? { negatives: 0, falseAccepts: 0, positives: 0, accepted: 0 };
  tally.set(s.set, t);
  const hit = matcher.matchBlocks([s.text], 'en').length > 0;
  if (withClaim.has(s.id)) {
    t.positives++;
    if (hit) t.accepted++;
  } else {
    t.negatives++;
    if (hit) {
      t.falseAccepts++;
      if (examples.length < 15) examples.push(`${s.id}: ${s.text.slice(0, 140)}`);
    }
  }
}
const perSentenceMs = (performance.now() - tm) / sentences.length;

printTable(
  ['measure', 'count', 'of', 'rate', 'per 2,000', 'target'],
  [
    ['highlights on corpus pages', pageHits.length, pages.length, pageHits.length / pages.length, '', '0'],
    ...[...tally].flatMap(([set, t]) => [
      [`false accepts, ${set} debate sentences with no claim`, t.falseAccepts, t.negatives, t.falseAccepts / t.negatives, (2000 * t.falseAccepts) / t.negatives, '≤ 1 per 2,000'],
      [`accepts, ${set} debate sentences with a claim`, t.accepted, t.positives, t.accepted / t.positives, '', 'information'],
    ]),
  ],
);
console.log(`\n${sentences.length} transcript sentences matched at ${perSentenceMs.toFixed(2)} ms each`);
if (pageHits.length > 0) console.log(`\nCorpus page highlights:\n  ${pageHits.join('\n  ')}`);
if (examples.length > 0) console.log(`\nFalse accepts (first ${examples.length}):\n  ${examples.join('\n  ')}`);
