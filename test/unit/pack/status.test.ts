// Corroboration status on small hand-made (fictional) entity graphs: every status and every reason.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { deriveStatus, explainStatus } from '../../../src/core/pack/status.ts';
import type { Claim, Entity, EntityKind, Evidence, EvidenceRelation } from '../../../src/core/pack/types.ts';

function entity(id: string, kind: EntityKind, extra: Partial<Entity> = {}): Entity {
  return { id, name: { en: id.toUpperCase(), fr: id.toUpperCase() }, kind, ...extra };
}

// gov ─┬─ mod ── mod-press          ally (alignedWith gov) ── ally-tv
//      └─ army                      monitor, wire, checker: independent
const graph = new Map<string, Entity>(
  [
    entity('gov', 'government'),
    entity('mod', 'ministry', { parent: 'gov' }),
    entity('mod-press', 'outlet', { parent: 'mod' }),
    entity('army', 'armed-forces', { parent: 'gov' }),
    entity('ally', 'government', { alignedWith: ['gov'] }),
    entity('ally-tv', 'outlet', { parent: 'ally' }),
    entity('monitor', 'monitor'),
    entity('monitor-2', 'ngo'),
    entity('wire', 'news-agency'),
    entity('checker', 'fact-checker'),
  ].map((e) => [e.id, e]),
);

function ev(source: string, relation: EvidenceRelation, rating?: string): Evidence {
  return { source, relation, date: '2015-10-08', summary: { en: `${source} ${relation}` }, ...(rating ? { rating } : {}) };
}

function claim(claimant: string, evidence: Evidence[]): Claim {
  return { id: 'c', claimant, date: '2015-10-07', text: { en: 'Something happened.' }, evidence };
}

const derive = (claimant: string, ...evidence: Evidence[]) => deriveStatus(claim(claimant, evidence), graph);

describe('deriveStatus', () => {
  it('calls a claim with no evidence unverified', () => {
    assert.equal(derive('mod').status, 'unverified');
  });

  it('calls a claim corroborated when an independent source confirms it', () => {
    const d = derive('mod', ev('monitor', 'confirms'));
    assert.equal(d.status, 'corroborated');
    assert.deepEqual(d.assessments.map((a) => [a.counted, a.reason]), [[true, 'independent']]);
  });

  it('calls a claim partly corroborated when independent sources only partly confirm it', () => {
    assert.equal(derive('mod', ev('monitor', 'partly'), ev('wire', 'repeats')).status, 'partly-corroborated');
  });

  it('prefers corroborated over partly corroborated when one source confirms fully', () => {
    assert.equal(derive('mod', ev('monitor', 'partly'), ev('monitor-2', 'confirms')).status, 'corroborated');
  });

  it('calls a claim disputed when independent sources only dispute it', () => {
    assert.equal(derive('mod', ev('monitor', 'disputes')).status, 'disputed');
  });

  it('calls a claim contested when independent sources confirm and dispute it', () => {
    assert.equal(derive('mod', ev('monitor', 'confirms'), ev('monitor-2', 'disputes')).status, 'contested');
  });

  it('calls a claim contested when an independent partial confirmation meets an independent dispute', () => {
    assert.equal(derive('mod', ev('monitor', 'partly'), ev('monitor-2', 'disputes')).status, 'contested');
  });

  it('does not count the claimant confirming itself', () => {
    const d = derive('mod', ev('mod', 'confirms'));
    assert.equal(d.status, 'unverified');
    assert.equal(d.assessments[0]?.reason, 'claimant-itself');
  });

  it('does not count a source under the claimant in the same organisation, and gives the path', () => {
    const d = derive('mod', ev('mod-press', 'confirms'));
    assert.equal(d.status, 'unverified');
    assert.equal(d.assessments[0]?.reason, 'same-organisation');
    assert.deepEqual(d.assessments[0]?.link, ['mod-press', 'mod']);
  });

  it('does not count the claimant’s parent organisation', () => {
    const d = derive('mod', ev('gov', 'confirms'));
    assert.equal(d.assessments[0]?.reason, 'same-organisation');
    assert.deepEqual(d.assessments[0]?.link, ['gov', 'mod']);
  });

  it('does not count a sibling that shares a grandparent with the claimant', () => {
    const d = derive('mod-press', ev('army', 'confirms'));
    assert.equal(d.status, 'unverified');
    assert.equal(d.assessments[0]?.reason, 'same-organisation');
    assert.deepEqual(d.assessments[0]?.link, ['army', 'gov', 'mod', 'mod-press']);
  });

  it('does not count an aligned source, whichever side declares the alignment', () => {
    const fromAlly = derive('gov', ev('ally', 'confirms'));
    assert.equal(fromAlly.assessments[0]?.reason, 'aligned');
    assert.deepEqual(fromAlly.assessments[0]?.link, ['ally', 'gov']);
    const towardAlly = derive('ally', ev('gov', 'disputes'));
    assert.equal(towardAlly.status, 'unverified');
    assert.equal(towardAlly.assessments[0]?.reason, 'aligned');
  });

  it('inherits alignment through parents on both sides', () => {
    const d = derive('mod-press', ev('ally-tv', 'confirms'));
    assert.equal(d.status, 'unverified');
    assert.equal(d.assessments[0]?.reason, 'aligned');
    assert.deepEqual(d.assessments[0]?.link, ['ally', 'gov']);
  });

  it('reports a source that is both aligned and a repeat as aligned, the earlier rule', () => {
    const d = derive('mod', ev('ally-tv', 'repeats'));
    assert.equal(d.assessments[0]?.reason, 'aligned');
  });

  it('does not count an independent source that only repeats the claim', () => {
    const d = derive('mod', ev('wire', 'repeats'));
    assert.equal(d.status, 'unverified');
    assert.equal(d.assessments[0]?.reason, 'repeats-only');
  });

  it('does not count a fact-check rating it cannot read', () => {
    const d = derive('mod', ev('checker', 'rated', 'Four Pinocchios'));
    assert.equal(d.status, 'unverified');
    assert.deepEqual([d.assessments[0]?.counted, d.assessments[0]?.reason], [false, 'rating-unknown']);
  });

  it('checks claimant-itself before organisation, alignment and repetition', () => {
    assert.equal(derive('mod', ev('mod', 'repeats')).assessments[0]?.reason, 'claimant-itself');
    assert.equal(derive('mod', ev('gov', 'repeats')).assessments[0]?.reason, 'same-organisation');
  });

  it('survives unknown entity ids and parent loops without hanging', () => {
    const loop = new Map<string, Entity>([
      ['a', entity('a', 'other', { parent: 'b' })],
      ['b', entity('b', 'other', { parent: 'a' })],
    ]);
    const d = deriveStatus(claim('a', [ev('ghost', 'confirms'), ev('b', 'confirms')]), loop);
    assert.deepEqual(d.assessments.map((a) => a.reason), ['independent', 'same-organisation']);
  });
});

describe('explainStatus', () => {
  const name = (id: string) => graph.get(id)?.name.en ?? id;

  it('says in English that only the claimant and relays reported an unverified claim', () => {
    const e = explainStatus(derive('mod', ev('mod', 'confirms'), ev('wire', 'repeats')), 'en', name);
    assert.equal(e.headline, 'Only the claimant and outlets relaying it reported this; no independent source confirmed or disputed it.');
    assert.deepEqual(e.counted, []);
    assert.deepEqual(e.notCounted, [
      'MOD confirmed it (2015-10-08), but it is the claimant itself.',
      'WIRE repeated it (2015-10-08) without adding independent support.',
    ]);
  });

  it('says the same in French', () => {
    const e = explainStatus(derive('mod', ev('wire', 'repeats')), 'fr', name);
    assert.match(e.headline, /^Seuls le déclarant et des médias qui relaient ses propos/);
    assert.deepEqual(e.notCounted, ["WIRE l'a relayée (2015-10-08) sans apporter d'élément indépendant."]);
  });

  it('names the organisational path and the aligned pair', () => {
    const e = explainStatus(derive('mod-press', ev('army', 'confirms'), ev('ally-tv', 'confirms')), 'en', name);
    assert.match(e.headline, /sources tied to it/);
    assert.deepEqual(e.notCounted, [
      "ARMY confirmed it (2015-10-08), but it belongs to the claimant's own organisation (ARMY → GOV → MOD → MOD-PRESS).",
      "ALLY-TV confirmed it (2015-10-08), but it is on the claimant's side (ALLY is aligned with GOV).",
    ]);
  });

  it('lists independent sources as counted and gives a headline for every status in both languages', () => {
    const cases = [
      derive('mod', ev('monitor', 'confirms')),
      derive('mod', ev('monitor', 'partly')),
      derive('mod', ev('monitor', 'disputes')),
      derive('mod', ev('monitor', 'confirms'), ev('monitor-2', 'disputes')),
      derive('mod'),
      derive('mod', ev('checker', 'rated', 'Misleading')),
    ];
    for (const d of cases) {
      for (const lang of ['fr', 'en'] as const) {
        const e = explainStatus(d, lang, name);
        assert.ok(e.headline.length > 20, `${d.status} ${lang}`);
        assert.equal(e.counted.length + e.notCounted.length, d.assessments.length);
      }
    }
    assert.equal(
      explainStatus(cases[0]!, 'en', name).headline,
      'Confirmed by one source independent of the claimant; no independent source disputed it.',
    );
    assert.deepEqual(explainStatus(cases[2]!, 'en', name).counted, ['MONITOR disputed it (2015-10-08); independent of the claimant.']);
    assert.match(explainStatus(cases[3]!, 'fr', name).headline, /^Controversée/);
    assert.match(explainStatus(cases[5]!, 'en', name).notCounted[0] ?? '', /rated it “Misleading”/);
  });
});
