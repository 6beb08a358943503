// Loads the CheckThat! 2021-22 task 2B data (PolitiFact claims, debate sentences, gold pairs) from the
// shared corpus beside the repository. Used only by benchmarks: the data is never copied into the repo.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Claim, Entity } from '../src/core/pack/types.ts';

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
    return text === undefined ? [] : [{ id, text, relevant: rel }];
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
