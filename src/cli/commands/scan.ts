// `recoupe scan <file.html|file.txt>... [--json] [--explain] [--date YYYY-MM-DD] [--pack FILE]...`: runs the extension's matcher on
// saved pages, reading their text the way the content script does (same block extraction).
// `recoupe scan --replay reports.json`: replays exported feedback reports instead (replay.ts).
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { createMatcher, type Matcher, type PageContext } from '../../core/match/matcher.ts';
import { isoDay } from '../../core/extract/page-date.ts';
import { datelineDate } from '../../core/extract/dateline.ts';
import { blockLanguage } from '../../core/match/engines.ts';
import { compilePacks } from '../../core/pack/compile.ts';
import { pickText } from '../../core/pack/localized.ts';
import type { ClaimStatus, CompiledClaim, Entity, LocalizedText, Pack } from '../../core/pack/types.ts';
import { BUNDLED_DIR, loadPacks } from '../load-packs.ts';
import { extractPageText } from '../read-page.ts';
import { printExplanation } from '../explain-output.ts';
import { runReplay } from './replay.ts';

export interface ScanMatch {
  sentence: string;
  score: number;
  claim: {
    id: string;
    text: string;
    texts: LocalizedText;
    claimant: { id: string; name: string };
    date: string;
    status: ClaimStatus;
  };
}

export interface ScanReport {
  source: string;
  /** The page's language: declared by `<html lang>`, or else detected from its text. */
  lang: string | undefined;
  matches: ScanMatch[];
}

/** Everything a scan needs from the packs, built once for all inputs: the packs compiled as the extension compiles them. */
export interface ScanContext {
  readonly matcher: Matcher;
  readonly claims: ReadonlyMap<string, CompiledClaim>;
  readonly entities: ReadonlyMap<string, Entity>;
}

export function scanContext(packs: readonly Pack[]): ScanContext {
  // The extension's merge rule (compile.ts): colliding ids of later packs are renamed, never dropped.
  const compiled = compilePacks(packs);
  return {
    matcher: createMatcher({ claims: compiled.claims, entities: compiled.entities }),
    claims: new Map(compiled.claims.map((c) => [c.id, c])),
    entities: new Map(compiled.entities.map((e) => [e.id, e])),
  };
}

/** Blocks of a saved file: extracted from HTML like the content script does, or paragraphs of plain text. */
export function readBlocks(source: string, content: string): { lang?: string; published?: string; blocks: string[] } {
  const ext = extname(source).toLowerCase();
  const page: { lang?: string; published?: string; blocks: string[] } =
    ext === '.html' || ext === '.htm' || (ext !== '.txt' && /^\s*</.test(content)) ? extractPageText(content) : { blocks: content.split(/\n\s*\n/).filter((b) => /\S/.test(b)) };
  // A page that declares no date may still open on a wire dateline (as the content script reads it too).
  const dateline = page.published === undefined ? datelineDate(page.blocks) : undefined;
  return dateline !== undefined ? { ...page, published: dateline } : page;
}

/** Runs the extension's own matching (Matcher.matchBlocks, the declared language only as a prior). */
export function scanBlocks(source: string, page: { lang?: string; published?: string; blocks: readonly string[] }, ctx: ScanContext): ScanReport {
  // For display only (which text of a claim to print): matching decides per block on its own.
  const lang = page.lang ?? blockLanguage(page.blocks.join(' ').slice(0, 20_000), undefined);
  const matches: ScanMatch[] = ctx.matcher.matchBlocks(page.blocks, page.lang, pageContext(page)).map((m) => {
    const claim = ctx.claims.get(m.claimId)!;
    const claimant = ctx.entities.get(claim.claimant);
    return {
      sentence: m.sentence,
      score: m.score,
      claim: {
        id: claim.id,
        text: pickText(claim.text, lang),
        texts: claim.text,
        claimant: { id: claim.claimant, name: claimant ? pickText(claimant.name, lang) : claim.claimant },
        date: claim.date,
        status: claim.status,
      },
    };
  });
  return { source, lang, matches };
}

/** The page's declared publication date as matching context (absent: the undated regime). */
function pageContext(page: { published?: string }): PageContext {
  return page.published !== undefined ? { published: page.published } : {};
}

const USAGE = 'usage: recoupe scan <file.html|file.txt>... [--json] [--explain] [--date YYYY-MM-DD] [--pack FILE]...\n       recoupe scan --replay reports.json [--json] [--pack FILE]...';

function parseArgs(args: string[]): { files: string[]; json: boolean; explain: boolean; packs: string[]; replay: string | undefined; date?: string } {
  const files: string[] = [];
  const packs: string[] = [];
  let json = false;
  let explain = false;
  let date: string | undefined;
  let replay: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--replay') {
      replay = args[++i];
      if (replay === undefined) throw new Error('--replay needs a reports file (exported from the options page)');
    }
    else if (arg === '--explain') explain = true;
    else if (arg === '--date') {
      const value = isoDay(args[++i]);
      if (value === undefined) throw new Error('--date needs a day as YYYY-MM-DD (the publication date of text files, or of pages that declare none)');
      date = value;
    }
    else if (arg === '--pack') {
      const file = args[++i];
      if (file === undefined) throw new Error('--pack needs a file');
      packs.push(file);
    } else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else files.push(arg);
  }
  if (replay !== undefined ? files.length > 0 || explain : files.length === 0) throw new Error(USAGE);
  return { files, json, explain, packs, replay, ...(date !== undefined ? { date } : {}) };
}

function printTable(report: ScanReport): void {
  console.log(`${report.source} (${report.lang ?? 'language unknown'}): ${report.matches.length} claim sentence(s)`);
  for (const m of report.matches) {
    const sentence = m.sentence.length > 110 ? `${m.sentence.slice(0, 107)}...` : m.sentence;
    console.log(`  ${m.score.toFixed(2)}  ${m.claim.id}  [${m.claim.status}, ${m.claim.claimant.name}]`);
    console.log(`        ${sentence}`);
  }
}

export async function runScan(args: string[]): Promise<number> {
  const { files, json, explain, packs, replay, date } = parseArgs(args);
  const ctx = scanContext(await loadPacks(packs.length > 0 ? packs : [BUNDLED_DIR]));
  if (replay !== undefined) return runReplay(replay, ctx, json);
  let failed = 0;
  for (const file of files) {
    let content: string;
    try {
      content = await readFile(file, 'utf8');
    } catch (error) {
      console.error(`recoupe scan: cannot read ${file} (${error instanceof Error ? error.message : String(error)})`);
      failed++;
      continue;
    }
    const read = readBlocks(file, content);
    // A date the page declares wins over --date, which stands in for pages and text files without one.
    const page = read.published === undefined && date !== undefined ? { ...read, published: date } : read;
    if (explain) {
      printExplanation(file, ctx.matcher.explainBlocks(page.blocks, page.lang, 5, pageContext(page)), json);
      continue;
    }
    const report = scanBlocks(file, page, ctx);
    if (json) console.log(JSON.stringify(report));
    else printTable(report);
  }
  return failed > 0 ? 1 : 0;
}
