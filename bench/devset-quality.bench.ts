// Development-set quality (issue #11): precision and recall of highlights on real published sentences,
// overall and per language, through the extension's own matching path, against every pack in claims-db/,
// for pages that declare their publication date and for pages that do not.
// The reading model was fitted on this set, so these figures are in-sample; the honest estimate is the
// out-of-fold one the fitting script measured (printed below from reading-model.json).
// RECOUPE_DEVSET_DIRS / RECOUPE_PACK_DIRS (colon-separated) point it at other dev files or packs.
// --list prints every false positive and miss (of the dated run).
import { READING_MODEL } from '../src/core/match/reading-model.ts';
import model from '../src/core/match/reading-model.json' with { type: 'json' };
import { evaluateDevset, precision, recall, type Counts } from './devset.ts';
import { printTable } from './metrics.ts';

const dated = await evaluateDevset(true);
const undated = await evaluateDevset(false);
console.log(`Dev set: ${dated.files} files, ${dated.overall.sentences} sentences scored, ${dated.claims} claims in the packs; ${dated.unknownLabels} sentences skipped (their claim is in no loaded pack)\n`);
const row = (page: string, name: string, c: Counts): (string | number)[] => [page, name, c.sentences, c.tp + c.fn, c.tp, c.fp, c.fn, precision(c), recall(c)];
printTable(
  ['page date', 'lang', 'sentences', 'claim labels', 'TP', 'FP', 'FN', 'precision', 'recall'],
  [
    ...[...dated.byLang].sort().map(([lang, c]) => row('declared', lang, c)),
    row('declared', 'all', dated.overall),
    ...[...undated.byLang].sort().map(([lang, c]) => row('none', lang, c)),
    row('none', 'all', undated.overall),
  ],
);
const oof = model.outOfFold;
console.log(`\nOut of fold (scripts/fit-reading-model.ts, 5 folds grouped by page, thresholds ${READING_MODEL.thresholds.dated} dated / ${READING_MODEL.thresholds.undated} undated):`);
console.log(`  dated pages P ${oof.dated.precision} R ${oof.dated.recall}; undated pages P ${oof.undated.precision} R ${oof.undated.recall}`);
if (process.argv.includes('--list')) {
  console.log('\nFalse positives:');
  for (const f of dated.falsePositives) console.log(`  ${f}`);
  console.log('\nMisses:');
  for (const m of dated.misses) console.log(`  ${m}`);
} else {
  console.log(`\n${dated.falsePositives.length} false positive(s), ${dated.misses.length} miss(es) with the page's date; add --list to print them`);
}
