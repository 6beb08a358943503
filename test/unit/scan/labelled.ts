// Shared by the labelled-page tests: loads the bundled pack once, reads labels, scores matches.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLED_DIR, loadPacks } from '../../../src/cli/load-packs.ts';
import { scanBlocks, scanContext, type ScanContext, type ScanReport } from '../../../src/cli/commands/scan.ts';
import { extractPageText } from '../../../src/cli/read-page.ts';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const labelledDir = join(repoRoot, 'test/fixtures/labelled');
export const seedText = resolve(repoRoot, '../shared/seeds/000_bbb3a9f679b6e348.txt');
export const corpusPages = resolve(repoRoot, '../shared/corpus/pages');

export interface Labels {
  page: string;
  lang: string;
  expected: { sentence: string; claim: string }[];
  noMatch: string[];
}

let ctx: Promise<ScanContext> | undefined;
export function bundledContext(): Promise<ScanContext> {
  ctx ??= loadPacks([BUNDLED_DIR]).then(scanContext);
  return ctx;
}

export function labelFiles(): string[] {
  return readdirSync(labelledDir)
    .filter((f) => f.endsWith('.json'))
    .sort();
}

export function readLabels(file: string): Labels {
  return JSON.parse(readFileSync(join(labelledDir, file), 'utf8')) as Labels;
}

export function scanHtml(path: string, context: ScanContext): ScanReport {
  return scanBlocks(path, extractPageText(readFileSync(path, 'utf8')), context);
}

export interface Tally {
  truePositives: number;
  falsePositives: string[];
  missed: string[];
}

/** Compares a report with its labels: a match counts once, against the first label it contains. */
export function tally(report: ScanReport, labels: Labels): Tally {
  const squash = (s: string): string => s.replace(/\s+/g, ' ');
  const found = new Set<number>();
  const falsePositives: string[] = [];
  let truePositives = 0;
  for (const m of report.matches) {
    const i = labels.expected.findIndex((e, j) => !found.has(j) && e.claim === m.claim.id && squash(m.sentence).includes(squash(e.sentence)));
    if (i >= 0) {
      found.add(i);
      truePositives++;
    } else falsePositives.push(`${m.claim.id} ← ${m.sentence}`);
  }
  const missed = labels.expected.filter((_e, i) => !found.has(i)).map((e) => `${e.claim} ← ${e.sentence}`);
  return { truePositives, falsePositives, missed };
}
