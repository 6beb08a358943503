// `recoupe scan --explain`: per sentence, the language searched, the best candidates with their scores
// and features, and what decided (accepted, the gate that refused, or the conflicts found), so a pack
// author can see why a sentence did or did not match without reading the matcher.
import type { RankedClaim, SentenceExplanation } from '../core/match/matcher.ts';

function verdict(r: RankedClaim): string {
  if (r.accepted) return 'ACCEPTED';
  const parts: string[] = [];
  if (r.decision.gate) parts.push(`gate ${r.decision.gate}`);
  for (const c of r.decision.conflicts) parts.push(`conflict ${c.kind}: ${c.detail}`);
  return `refused (${parts.join('; ') || 'not chosen'})`;
}

function features(r: RankedClaim): string {
  const c = r.candidate;
  const f = (n: number): string => n.toFixed(2);
  return [
    `rank ${f(c.rank)}`,
    `score ${f(c.score)}`,
    `coverage ${f(c.coverage)}${c.part ? ' (clause)' : ''}`,
    `precision ${f(c.precision)}`,
    `matched ${c.matched}`,
    `informative ${c.informative}`,
    `figures ${c.figuresSupported}`,
    ...(r.decision.probability !== undefined ? [`p ${f(r.decision.probability)}`] : []),
  ].join('  ');
}

/** What the reading model saw around the candidate (reading-features.ts). */
function context(r: RankedClaim): string {
  const x = r.context;
  return [
    x.position === 0 ? 'best reading of its words' : `${x.position} rival(s) ranked above`,
    x.familyNamed ? 'claimant (or its organisation) named' : 'claimant not named',
    x.attributed ? 'reported speech' : 'no attribution',
    x.ageDays === undefined ? 'page date unknown' : `page published ${x.ageDays} day(s) after the claim`,
  ].join(', ');
}

export function explanationJson(r: RankedClaim): Record<string, unknown> {
  const { claim: _index, ...candidate } = r.candidate;
  return { claimId: r.claimId, lang: r.lang, accepted: r.accepted, decision: r.decision, context: r.context, ...candidate };
}

export function printExplanation(source: string, sentences: readonly SentenceExplanation[], json: boolean): void {
  if (json) {
    for (const s of sentences) {
      console.log(JSON.stringify({ source, block: s.block, start: s.start, end: s.end, sentence: s.sentence, langs: s.langs, matched: s.matched, candidates: s.candidates.map(explanationJson) }));
    }
    return;
  }
  console.log(`${source}: ${sentences.length} sentence(s)`);
  for (const s of sentences) {
    console.log(`\n[block ${s.block} @${s.start}] (${s.langs.join('+')}) ${s.sentence}`);
    console.log(s.matched.length > 0 ? `  => ${s.matched.join(', ')}` : '  => no match');
    if (s.candidates.length === 0) console.log('  no candidate shares a term with the claims');
    for (const r of s.candidates) {
      console.log(`  - ${r.claimId}: ${verdict(r)}`);
      console.log(`      ${features(r)}`);
      console.log(`      ${context(r)}`);
      if (r.candidate.matchedTerms.length > 0) console.log(`      terms: ${r.candidate.matchedTerms.join(' ')}`);
    }
  }
}
