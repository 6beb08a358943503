// Loads the CheckThat! 2021-22 task 2B data (PolitiFact claims, debate sentences, gold pairs) from the
// shared corpus beside the repository. Used only by benchmarks: the data is never copied into the repo.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Claim, Entity } from '../src/core/pack/types.ts';
import { segmentSentences } from '../src/core/text/segment.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const checkthatDir = resolve(repoRoot, '../shared/corpus/claims/checkthat2021-22_task2b_politifact_debates');

interface VClaim {
  vclaim_id: string;
  vclaim: string;
  speaker: string;
  stated_on: string;
  title: string;
}

export interface PolitiFactData {
  claims: Claim[];
  entities: Entity[];
  /** vclaim text + headline, as one plain string per claim, for baselines. */
  plain: string[];
}

function slug(s: string): string {
  return s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'unknown';
}

/** PolitiFact vclaims as pack claims: vclaim as the English text, the headline as a phrasing, the speaker as claimant. */
export function loadPolitiFact(limit = Infinity): PolitiFactData {
  const rows = readFileSync(join(checkthatDir, 'vclaims.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .slice(0, limit)
    .map((l) => JSON.parse(l) as VClaim);
  const entities = new Map<string, Entity>();
  const claims = rows.map((r): Claim => {
    const claimant = `speaker-${slug(r.speaker)}`;
    if (!entities.has(claimant)) entities.set(claimant, { id: claimant, name: { en: r.speaker }, kind: 'other' });
    return {
      id: r.vclaim_id,
      claimant,
      date: r.stated_on,
      text: { en: r.vclaim },
      ...(r.title ? { phrasings: { en: [r.title] } } : {}),
      evidence: [],
    };
  });
  return { claims, entities: [...entities.values()], plain: rows.map((r) => `${r.vclaim} ${r.title ?? ''}`) };
}

export interface Query {
  id: string;
  text: string;
  relevant: Set<string>;
  /** The debate's or speech's date (YYYY-MM-DD), read from the query id: what a dated page would declare. */
  date: string | undefined;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The date a query id carries (its transcript's prefix): train and dev ids open on YYYYMMDD_
 * ("20160213_GOP_greenville_0109"), test ids on YYYY_mon_DD_ ("2019_oct_03_221"); undefined otherwise.
 */
export function queryDate(id: string): string | undefined {
  const compact = /^(\d{4})(\d{2})(\d{2})_/.exec(id);
  const named = /^(\d{4})_([a-z]{3})_(\d{2})_/.exec(id);
  const ymd = compact ? [compact[1]!, compact[2]!, compact[3]!] : named && MONTHS.includes(named[2]!) ? [named[1]!, String(MONTHS.indexOf(named[2]!) + 1).padStart(2, '0'), named[3]!] : undefined;
  if (!ymd) return undefined;
  const date = ymd.join('-');
  // A real calendar day only (Date.parse would roll 2016-02-31 over).
  const ms = Date.parse(`${date}T00:00:00Z`);
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === date ? date : undefined;
}

function readTsv(path: string): string[][] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => l.split('\t'));
}

/** Queries of one split ('train', 'dev' or 'test') with their gold claim ids ('train' for fitting, never 'test'). */
export function loadQueries(split: 'train' | 'dev' | 'test'): Query[] {
  const texts = new Map<string, string>();
  for (const [id, text] of readTsv(join(checkthatDir, split === 'test' ? 'queries_test.tsv' : 'queries_train_dev.tsv'))) {
    if (id && text && !texts.has(id)) texts.set(id, text);
  }
  const relevant = new Map<string, Set<string>>();
  for (const [qid, , vid] of readTsv(join(checkthatDir, `qrels_${split}.tsv`))) {
    if (!qid || !vid) continue;
    let set = relevant.get(qid);
    if (!set) relevant.set(qid, (set = new Set()));
    set.add(vid);
  }
  return [...relevant.entries()].flatMap(([id, rel]) => {
    const text = texts.get(id);
    return text === undefined ? [] : [{ id, text, relevant: rel, date: queryDate(id) }];
  });
}

/** Debate sentences in transcript order, for building page-like text. */
export function transcriptSentences(): string[] {
  const dir = join(checkthatDir, 'transcripts/test');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.tsv'))
    .sort()
    .flatMap((f) => readTsv(join(dir, f)).map((cols) => cols[2] ?? ''))
    .filter((s) => s.trim().length > 0);
}

/**
 * The speed benches' page: consecutive transcript sentences, five to a paragraph block, until `maxWords`
 * words; with its blocks' sentences as the segmenter cuts them.
 */
export function debatePage(maxWords: number): { blocks: string[]; sentences: string[]; words: number } {
  const blocks: string[] = [];
  let words = 0;
  let paragraph: string[] = [];
  for (const s of transcriptSentences()) {
    if (words >= maxWords) break;
    paragraph.push(s);
    words += s.split(/\s+/).length;
    if (paragraph.length === 5) {
      blocks.push(paragraph.join(' '));
      paragraph = [];
    }
  }
  if (paragraph.length > 0) blocks.push(paragraph.join(' '));
  const sentences = blocks.flatMap((b) => segmentSentences(b, 'en').map((span) => b.slice(span.start, span.end)));
  return { blocks, sentences, words };
}
