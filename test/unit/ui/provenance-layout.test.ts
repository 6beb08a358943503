import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ClaimView, EvidenceView } from '../../../src/shared/claim-view.ts';
import { httpsOnly, layoutTimeline, provenanceEvents, GEOMETRY } from '../../../src/shared/ui/provenance-layout.ts';

const name = (en: string) => ({ en });
function evidence(source: string, relation: EvidenceView['relation'], counted: boolean, reason: string, date: string, url?: string): EvidenceView {
  return {
    source: { id: source, name: name(source), kind: 'outlet' },
    relation,
    date,
    summary: name('summary'),
    counted,
    reason: reason as EvidenceView['reason'],
    ...(url !== undefined && { url }),
  };
}

const claim: ClaimView = {
  id: 'c',
  status: 'corroborated',
  text: name('A claim'),
  date: '2015-10-17',
  claimant: { id: 'ministry', name: name('Ministry'), kind: 'ministry', affiliation: [] },
  appearances: [
    { source: { id: 'ministry', name: name('Ministry') }, date: '2015-10-17', url: 'https://ministry.example/statement' },
    { source: { id: 'wire', name: name('Wire') }, url: 'https://wire.example/story' },
    { source: { id: 'paper', name: name('Paper') }, date: '2015-10-17', url: 'https://paper.example/relay' },
  ],
  explanation: { fr: { headline: '', counted: [], notCounted: [] }, en: { headline: '', counted: [], notCounted: [] } },
  evidence: [
    evidence('paper', 'repeats', false, 'repeats-only', '2015-10-17', 'https://paper.example/relay'),
    evidence('monitor', 'confirms', true, 'independent', '2015-10-18', 'https://monitor.example/report'),
    evidence('agency', 'disputes', true, 'independent', '2015-10-20', 'javascript:alert(1)'),
    evidence('state-tv', 'confirms', false, 'same-organisation', '2015-10-18', 'https://tv.example/'),
    evidence('ally', 'partly', false, 'interested-party', '2015-10-19'),
  ],
};

test('sorts each source into its lane: statement, relays, independent, same side, interested party', () => {
  const events = provenanceEvents(claim);
  const lanes = events.map((e) => `${e.lane}:${e.mark}:${e.source.en}`);
  assert.deepEqual(lanes, [
    'statement:statement:Ministry',
    'relays:relay:Wire',
    'relays:relay:paper', // drawn once, from its evidence item
    'independent:confirms:monitor',
    'independent:disputes:agency',
    'same-side:not-counted:state-tv',
    'interested:not-counted:ally',
  ]);
  // The claimant's own appearance gives the statement its link; an undated relay stays undated.
  assert.equal(events[0]!.url, 'https://ministry.example/statement');
  assert.equal(events[1]!.date, undefined);
});

test('links only https URLs', () => {
  assert.equal(httpsOnly('https://a.example/x'), 'https://a.example/x');
  assert.equal(httpsOnly('http://a.example/x'), undefined);
  assert.equal(httpsOnly('javascript:alert(1)'), undefined);
  assert.equal(httpsOnly('not a url'), undefined);
  const agency = provenanceEvents(claim).find((e) => e.source.en === 'agency')!;
  assert.equal(agency.url, undefined);
});

test('places dated events in time order inside the box, undated ones in their own column, none overlapping', () => {
  for (const width of [240, 292, 400]) {
    const layout = layoutTimeline(provenanceEvents(claim), width);
    assert.equal(layout.lanes.length, 5);
    assert.equal(layout.height, 5 * GEOMETRY.laneHeight + GEOMETRY.axisHeight);
    for (const p of layout.placed) assert.ok(p.x >= GEOMETRY.padX && p.x <= width - GEOMETRY.padX, `${p.x} within ${width}`);
    const x = (source: string) => layout.placed.find((p) => p.event.source.en === source)!.x;
    assert.ok(x('Ministry') < x('monitor') && x('monitor') < x('agency'), 'time runs left to right');
    assert.ok(x('Wire') > layout.axisEnd, 'the undated relay sits right of the dated axis');
    for (const lane of layout.lanes) {
      const xs = layout.placed.filter((p) => p.y === lane.lineY).map((p) => p.x).sort((a, b) => a - b);
      for (let i = 1; i < xs.length; i++) assert.ok(xs[i]! - xs[i - 1]! >= GEOMETRY.minGap - 1e-9, `dots apart in ${lane.id}`);
    }
    assert.deepEqual(layout.ticks.map((t) => t.date), ['2015-10-17', '2015-10-20']);
  }
});

test('a claim with no evidence has one lane, its statement centred', () => {
  const bare: ClaimView = { ...claim, appearances: [], evidence: [] };
  const layout = layoutTimeline(provenanceEvents(bare), 300);
  assert.deepEqual(layout.lanes.map((l) => l.id), ['statement']);
  assert.equal(layout.placed[0]!.x, 150);
  assert.equal(layout.undatedX, undefined);
});
