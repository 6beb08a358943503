// `recoupe stats [FILE|DIR]...`: compiles the packs (default: claims-db/) as the extension does and
// prints claims by claimant, by status and by month as plain-text tables. Exit 1 on an invalid pack.
import { compilePacks } from '../../core/pack/compile.ts';
import { packStats, STATUS_ORDER, type StatsRow } from '../../core/pack/stats.ts';
import { BUNDLED_DIR, loadPacks } from '../load-packs.ts';

const USAGE = 'usage: recoupe stats [FILE|DIR]...   (default: claims-db/)';

/** Short column headers, so the tables fit in 100 columns. */
const HEADERS: Record<string, string> = {
  corroborated: 'corrob.',
  'partly-corroborated': 'partly',
  contested: 'contested',
  disputed: 'disputed',
  unverified: 'unverified',
};

export async function runStats(args: string[]): Promise<number> {
  const options = args.filter((a) => a.startsWith('-'));
  if (options.length > 0) {
    console.error(`recoupe stats: unknown option ${options.join(', ')}\n${USAGE}`);
    return 2;
  }
  const paths = args.length > 0 ? args : [BUNDLED_DIR];
  const packs = await loadPacks(paths);
  const stats = packStats(compilePacks(packs));
  const out = [
    `${stats.total} claims in ${packs.length} pack(s): ${packs.map((p) => p.id).join(', ')}`,
    '',
    'Claims by claimant',
    ...table('claimant', stats.byClaimant, true),
    '',
    'Claims by status',
    ...table('status', stats.byStatus, false),
    '',
    'Claims by month (of the claim)',
    ...table('month', stats.byMonth, true),
  ];
  console.log(out.join('\n'));
  return 0;
}

/** A left-aligned label column, right-aligned counts, a rule under the header and a total row. */
export function table(title: string, rows: readonly StatsRow[], withStatuses: boolean): string[] {
  const header = [title, 'claims', ...(withStatuses ? STATUS_ORDER.map((s) => HEADERS[s]!) : [])];
  const body = rows.map((r) => [r.label, String(r.total), ...(withStatuses ? STATUS_ORDER.map((s) => String(r.byStatus[s])) : [])]);
  const sum = (f: (r: StatsRow) => number) => String(rows.reduce((n, r) => n + f(r), 0));
  const total = ['total', sum((r) => r.total), ...(withStatuses ? STATUS_ORDER.map((s) => sum((r) => r.byStatus[s])) : [])];
  const all = [header, ...body, total];
  const widths = header.map((_, i) => Math.max(...all.map((row) => row[i]!.length)));
  const line = (row: string[]) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ').trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(header), rule, ...body.map(line), rule, line(total)];
}
