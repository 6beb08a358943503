// `recoupe scan <file.html|file.txt>... [--json] [--pack FILE]...`: runs the extension's matcher on
// saved pages, reading their text the way the content script does (same block extraction).
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { createMatcher, type Matcher } from '../../core/match/matcher.ts';
import { deriveStatus } from '../../core/pack/status.ts';
import type { Claim, ClaimStatus, Entity, LocalizedText, Pack } from '../../core/pack/types.ts';
import { detectLanguage } from '../../core/text/language.ts';
import { BUNDLED_DIR, loadPacks } from '../load-packs.ts';
import { extractPageText } from '../read-page.ts';

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
  lang: string | undefined;
  matches: ScanMatch[];
}

/** Everything a scan needs from the packs, built once for all inputs. */
export interface ScanContext {
  readonly matcher: Matcher;
  readonly claims: ReadonlyMap<string, Claim>;
  readonly entities: ReadonlyMap<string, Entity>;
}

export function scanContext(packs: readonly Pack[]): ScanContext {
  const claims = new Map<string, Claim>();
  const entities = new Map<string, Entity>();
  // Across packs, the first declaration of an id wins (the bundled pack comes first by default).
  for (const pack of packs) {
    for (const e of pack.entities) if (!entities.has(e.id)) entities.set(e.id, e);
    for (const c of pack.claims) if (!claims.has(c.id)) claims.set(c.id, c);
  }
  return { matcher: createMatcher({ claims: [...claims.values()], entities: [...entities.values()] }), claims, entities };
}

function pick(text: LocalizedText, lang: string | undefined): string {
  return (lang !== undefined ? text[lang] : undefined) ?? text.en ?? text.fr ?? Object.values(text)[0] ?? '';
}

/** Blocks of a saved file: extracted from HTML like the content script does, or paragraphs of plain text. */
export function readBlocks(source: string, content: string): { lang?: string; blocks: string[] } {
  const ext = extname(source).toLowerCase();
  if (ext === '.html' || ext === '.htm' || (ext !== '.txt' && /^\s*</.test(content))) return extractPageText(content);
  return { blocks: content.split(/\n\s*\n/).filter((b) => /\S/.test(b)) };
}

export function scanBlocks(source: string, page: { lang?: string; blocks: readonly string[] }, ctx: ScanContext): ScanReport {
  const declared = page.lang === 'fr' || page.lang === 'en' ? page.lang : undefined;
  // Pages lie about their language (a French article under <html lang="en">): the text decides.
  const lang = detectLanguage(page.blocks.join(' ').slice(0, 20_000)) ?? declared;
  const matches: ScanMatch[] = [];
  for (const block of page.blocks) {
    for (const m of ctx.matcher.matchText(block, detectLanguage(block) ?? lang)) {
      const claim = ctx.claims.get(m.claimId)!;
      const claimant = ctx.entities.get(claim.claimant);
      matches.push({
        sentence: m.sentence,
        score: m.score,
        claim: {
          id: claim.id,
          text: pick(claim.text, lang),
          texts: claim.text,
          claimant: { id: claim.claimant, name: claimant ? pick(claimant.name, lang) : claim.claimant },
          date: claim.date,
          status: deriveStatus(claim, ctx.entities).status,
        },
      });
    }
  }
  return { source, lang, matches };
}

function parseArgs(args: string[]): { files: string[]; json: boolean; packs: string[] } {
  const files: string[] = [];
  const packs: string[] = [];
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--pack') {
      const file = args[++i];
      if (file === undefined) throw new Error('--pack needs a file');
      packs.push(file);
    } else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else files.push(arg);
  }
  if (files.length === 0) throw new Error('usage: recoupe scan <file.html|file.txt>... [--json] [--pack FILE]...');
  return { files, json, packs };
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
  const { files, json, packs } = parseArgs(args);
  const ctx = scanContext(await loadPacks(packs.length > 0 ? packs : [BUNDLED_DIR]));
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
    const report = scanBlocks(file, readBlocks(file, content), ctx);
    if (json) console.log(JSON.stringify(report));
    else printTable(report);
  }
  return failed > 0 ? 1 : 0;
}
