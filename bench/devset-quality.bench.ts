// Development-set quality (issue #11): precision and recall of highlights on real published sentences,
// overall and per language, through the extension's own matching path, against every pack in claims-db/.
// RECOUPE_DEVSET_DIRS / RECOUPE_PACK_DIRS (colon-separated) point it at other dev files or packs.
// --list prints every false positive and miss.
import { evaluateDevset, precision, recall, type Counts } from './devset.ts';
import { printTable } from './metrics.ts';

const result = await evaluateDevset();
console.log(`Dev set: ${result.files} files, ${result.overall.sentences} sentences scored, ${result.claims} claims in the packs; ${result.unknownLabels} sentences skipped (their claim is in no loaded pack)\n`);
const row = (name: string, c: Counts): (string | number)[] => [name, c.sentences, c.tp + c.fn, c.tp, c.fp, c.fn, precision(c), recall(c)];
printTable(
  ['lang', 'sentences', 'claim labels', 'TP', 'FP', 'FN', 'precision', 'recall'],
  [...[...result.byLang].sort().map(([lang, c]) => row(lang, c)), row('all', result.overall)],
);
if (process.argv.includes('--list')) {
  console.log('\nFalse positives:');
  for (const f of result.falsePositives) console.log(`  ${f}`);
  console.log('\nMisses:');
  for (const m of result.misses) console.log(`  ${m}`);
} else {
  console.log(`\n${result.falsePositives.length} false positive(s), ${result.misses.length} miss(es); add --list to print them`);
}
