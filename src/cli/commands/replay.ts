// `recoupe scan --replay reports.json [--json] [--pack FILE]...`: replays the reader's feedback reports
// (the file the options page exports, docs/adr/0011) through today's matcher and packs, and says for each
// what the matcher does now: a "not this claim" sentence still underlined with that claim, or not any
// more; a missed claim now found, or still missed, with the closest claims and the reasons in words.
import { readFile } from 'node:fs/promises';
import { nearestClaims, reasonText, type ReasonedClaim } from '../../core/match/reasons.ts';
import { readFeedbackFile, type FeedbackReport } from '../../shared/feedback.ts';
import { localeTranslator } from '../locale-messages.ts';
import type { ScanContext } from './scan.ts';

export type ReplayVerdict = 'still-matched' | 'no-longer-matched' | 'now-matched' | 'still-missed';

export interface ReplayResult {
  readonly report: FeedbackReport;
  readonly verdict: ReplayVerdict;
  /** Claims the matcher underlines the sentence with today. */
  readonly matched: readonly string[];
  readonly nearest: readonly { claimId: string; accepted: boolean; reasons: readonly string[] }[];
}

const NEAREST = 3;

export function replayReport(report: FeedbackReport, ctx: ScanContext): ReplayResult {
  const matched = [...new Set(ctx.matcher.matchText(report.sentence, report.lang).map((m) => m.claimId))];
  const en = localeTranslator('en');
  const words = (r: ReasonedClaim) => ({ claimId: r.claimId, accepted: r.accepted, reasons: r.reasons.map((x) => reasonText(x, en)) });
  const near = nearestClaims(ctx.matcher, report.sentence, report.lang, 10);
  if (report.kind === 'not-this-claim') {
    const about = near.filter((r) => r.claimId === report.claimId);
    return { report, verdict: matched.includes(report.claimId) ? 'still-matched' : 'no-longer-matched', matched, nearest: about.map(words) };
  }
  return { report, verdict: matched.length > 0 ? 'now-matched' : 'still-missed', matched, nearest: near.slice(0, NEAREST).map(words) };
}

const VERDICT_WORDS: Record<ReplayVerdict, string> = {
  'still-matched': 'STILL MATCHED (the reader said: not this claim)',
  'no-longer-matched': 'no longer matched',
  'now-matched': 'now matched',
  'still-missed': 'STILL MISSED',
};

export async function runReplay(file: string, ctx: ScanContext, json: boolean): Promise<number> {
  const read = readFeedbackFile(await readFile(file, 'utf8'));
  if (!read.ok) {
    console.error(`recoupe scan --replay: ${file}: ${read.error}`);
    return 1;
  }
  if (read.skipped > 0) console.error(`recoupe scan --replay: ${file}: skipped ${read.skipped} ${read.skipped === 1 ? 'entry that is not a report' : 'entries that are not reports'}`);
  const results = read.reports.map((r) => replayReport(r, ctx));
  if (json) {
    for (const r of results) console.log(JSON.stringify(r));
    return 0;
  }
  console.log(`${file}: ${results.length} report(s)`);
  for (const { report, verdict, matched, nearest } of results) {
    const about = report.kind === 'not-this-claim' ? `not this claim: ${report.claimId}` : 'missed claim';
    console.log(`\n[${about}] ${report.url} (${report.date})`);
    console.log(`  ${report.sentence}`);
    console.log(`  => ${VERDICT_WORDS[verdict]}${matched.length > 0 ? `: ${matched.join(', ')}` : ''}`);
    for (const n of nearest) console.log(`  - ${n.claimId} (${n.accepted ? 'would be underlined' : 'not underlined'}): ${n.reasons.join('; ')}`);
  }
  return 0;
}
