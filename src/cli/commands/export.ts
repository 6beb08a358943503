// `recoupe export --claimreview [--pack FILE]... [--out FILE] [--derived]`: ClaimReview JSON-LD of
// the given packs (default: the bundled packs in claims-db/). By default only fact-checkers' reviews
// are exported; --derived exports one review per claim carrying Recoupe's derived status instead
// (see src/core/pack/claimreview-export.ts for why these are separate).
import { writeFile } from 'node:fs/promises';
import { compilePacks } from '../../core/pack/compile.ts';
import { exportClaimReview } from '../../core/pack/claimreview.ts';
import { BUNDLED_DIR, loadPacks } from '../load-packs.ts';

const USAGE = 'usage: recoupe export --claimreview [--pack FILE]... [--out FILE] [--derived]';

interface ExportArgs {
  packs: string[];
  out?: string;
  derived: boolean;
}

function parseArgs(args: string[]): ExportArgs | string {
  const parsed: ExportArgs = { packs: [], derived: false };
  let claimreview = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--claimreview') claimreview = true;
    else if (arg === '--derived') parsed.derived = true;
    else if (arg === '--pack' || arg === '--out') {
      const value = args[++i];
      if (value === undefined || value.startsWith('--')) return `${arg} needs a file name`;
      if (arg === '--pack') parsed.packs.push(value);
      else parsed.out = value;
    } else return `unexpected argument ${JSON.stringify(arg)}`;
  }
  return claimreview ? parsed : 'only --claimreview export is supported; pass --claimreview';
}

export async function runExport(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    console.error(`recoupe export: ${parsed}\n${USAGE}`);
    return 2;
  }
  const packs = await loadPacks(parsed.packs.length > 0 ? parsed.packs : [BUNDLED_DIR]);
  const reviews = exportClaimReview(compilePacks(packs), { mode: parsed.derived ? 'derived' : 'fact-checks' });
  const json = `${JSON.stringify(reviews, null, 2)}\n`;
  if (reviews.length === 0 && !parsed.derived) {
    console.error('recoupe export: no fact-checker reviews in these packs; use --derived to export Recoupe’s derived statuses');
  }
  if (parsed.out === undefined) {
    process.stdout.write(json);
  } else {
    await writeFile(parsed.out, json, 'utf8');
    console.error(`recoupe export: wrote ${reviews.length} ClaimReview object(s) to ${parsed.out}`);
  }
  return 0;
}
