// Interested parties (SHARED-FORMATS.md §2): evidence from the side a claim favours never counts as
// confirming it. Each test states the derivation on a small fictional graph:
//
//   gov ─┬─ army                party-tv ── party (alignedWith gov)
//        └─ state-tv            monitor, wire: independent of everybody
//   rebel-front ── rebel-tv     (no link to gov)
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { deriveStatus, explainStatus } from '../../../src/core/pack/status.ts';
import { formatPack } from '../../../src/core/pack/canonical.ts';
import { compilePacks } from '../../../src/core/pack/compile.ts';
import { validatePack } from '../../../src/core/pack/validate.ts';
import type { Claim, Entity, EntityKind, Evidence, EvidenceRelation, Pack } from '../../../src/core/pack/types.ts';

function entity(id: string, kind: EntityKind, extra: Partial<Entity> = {}): Entity {
  return { id, name: { en: `The ${id}`, fr: `Le ${id}` }, kind, ...extra };
}

const entities: Entity[] = [
  entity('gov', 'government'),
  entity('army', 'armed-forces', { parent: 'gov' }),
  entity('state-tv', 'outlet', { parent: 'gov' }),
  entity('party', 'armed-group', { alignedWith: ['gov'] }),
  entity('party-tv', 'outlet', { parent: 'party' }),
  entity('monitor', 'monitor'),
  entity('wire', 'news-agency'),
  entity('rebel-front', 'armed-group'),
  entity('rebel-tv', 'outlet', { parent: 'rebel-front' }),
];
const graph = new Map(entities.map((e) => [e.id, e]));

function ev(source: string, relation: EvidenceRelation): Evidence {
  return { source, relation, date: '2015-10-17', summary: { en: `${source} ${relation}` } };
}

/** A monitor's claim of army gains: the claimant (monitor) is independent of every side. */
function claim(favours: string[] | undefined, ...evidence: Evidence[]): Claim {
  return {
    id: 'monitor-army-took-villages',
    claimant: 'monitor',
    date: '2015-10-17',
    text: { en: 'The army took five villages.', fr: "L'armée a pris cinq villages." },
    ...(favours ? { favours } : {}),
    evidence,
  };
}

const derive = (c: Claim) => deriveStatus(c, graph);

describe('interested parties in the status derivation', () => {
  it('without `favours`, an ally of the army confirming the army’s gains counts (the old blind spot)', () => {
    // party-tv → party is aligned with gov, but the claimant is the monitor: no tie to the claimant.
    const d = derive(claim(undefined, ev('party-tv', 'partly')));
    assert.equal(d.status, 'partly-corroborated');
  });

  it('does not count an ally of the favoured side that partly confirms, and gives the path through the ally', () => {
    // party-tv's chain is [party-tv, party]; party is aligned with gov, the favoured side.
    const d = derive(claim(['gov'], ev('party-tv', 'partly')));
    assert.equal(d.status, 'unverified');
    const [a] = d.assessments;
    assert.deepEqual([a?.counted, a?.reason], [false, 'interested-party']);
    assert.deepEqual(a?.link, ['party-tv', 'party', 'gov']);
    assert.deepEqual(a?.interest, { favoured: 'gov', via: 'aligned', ally: 'party', side: 'gov' });
  });

  it('does not count the favoured side’s own organisation that confirms (shared parent)', () => {
    // favours army; state-tv and army share the parent gov.
    const d = derive(claim(['army'], ev('state-tv', 'confirms')));
    assert.equal(d.status, 'unverified');
    assert.equal(d.assessments[0]?.reason, 'interested-party');
    assert.deepEqual(d.assessments[0]?.link, ['state-tv', 'gov', 'army']);
    assert.deepEqual(d.assessments[0]?.interest, { favoured: 'army', via: 'organisation' });
  });

  it('does not count the favoured entity itself confirming', () => {
    const d = derive(claim(['gov'], ev('gov', 'confirms')));
    assert.equal(d.assessments[0]?.reason, 'interested-party');
    assert.deepEqual(d.assessments[0]?.link, ['gov']);
  });

  it('inherits the alignment through the favoured side’s parents (favours army, ally aligned with gov)', () => {
    // favoured chain [army, gov]; party aligned with gov → link runs party-tv → party, then gov → army.
    const d = derive(claim(['army'], ev('party-tv', 'confirms')));
    assert.equal(d.assessments[0]?.reason, 'interested-party');
    assert.deepEqual(d.assessments[0]?.link, ['party-tv', 'party', 'gov', 'army']);
  });

  it('applies the alignment symmetrically (declared on the favoured side instead)', () => {
    const symmetric = new Map(graph);
    symmetric.set('party', entity('party', 'armed-group'));
    symmetric.set('gov', entity('gov', 'government', { alignedWith: ['party'] }));
    const d = deriveStatus(claim(['gov'], ev('party-tv', 'partly')), symmetric);
    assert.equal(d.assessments[0]?.reason, 'interested-party');
  });

  it('still counts an interested party that disputes the claim in its own favour', () => {
    // Disputing a claim that serves you is notable: counted, so the status is disputed.
    const d = derive(claim(['gov'], ev('state-tv', 'disputes')));
    assert.equal(d.status, 'disputed');
    assert.deepEqual([d.assessments[0]?.counted, d.assessments[0]?.reason], [true, 'independent']);
  });

  it('counts sources outside every favoured side, including the other side of the conflict', () => {
    const d = derive(claim(['gov'], ev('rebel-tv', 'partly'), ev('wire', 'confirms')));
    assert.equal(d.status, 'corroborated');
    assert.deepEqual(d.assessments.map((a) => a.reason), ['independent', 'independent']);
  });

  it('checks every favoured side: a claim in the interest of two sides excludes both', () => {
    const d = derive(claim(['rebel-front', 'gov'], ev('rebel-tv', 'confirms'), ev('party-tv', 'partly')));
    assert.deepEqual(d.assessments.map((a) => a.reason), ['interested-party', 'interested-party']);
    assert.equal(d.assessments[0]?.interest?.favoured, 'rebel-front');
    assert.equal(d.assessments[1]?.interest?.favoured, 'gov');
  });

  it('keeps the claimant rules first: a claimant’s ally is "aligned", a relay is "repeats-only"', () => {
    const byArmy: Claim = { ...claim(['gov']), claimant: 'army', evidence: [ev('party-tv', 'confirms'), ev('state-tv', 'repeats')] };
    assert.deepEqual(derive(byArmy).assessments.map((a) => a.reason), ['aligned', 'same-organisation']);
    assert.equal(derive(claim(['gov'], ev('party-tv', 'repeats'))).assessments[0]?.reason, 'repeats-only');
  });

  it('mixed: the interested confirmation drops out, the independent dispute remains → disputed', () => {
    const d = derive(claim(['gov'], ev('party-tv', 'confirms'), ev('monitor', 'disputes')));
    // monitor is the claimant here: claimant-itself; use the wire instead for a counted dispute.
    assert.equal(d.assessments[1]?.reason, 'claimant-itself');
    const e = derive(claim(['gov'], ev('party-tv', 'confirms'), ev('wire', 'disputes')));
    assert.equal(e.status, 'disputed');
  });
});

describe('explaining an interested-party exclusion', () => {
  const name = (lang: 'fr' | 'en') => (id: string) => graph.get(id)?.name[lang] ?? id;

  it('says in plain English which party the source belongs to and whose side it is on', () => {
    const e = explainStatus(derive(claim(['gov'], ev('party-tv', 'partly'))), 'en', name('en'));
    assert.deepEqual(e.notCounted, [
      'The party-tv partly confirmed it (2015-10-17), but it is an interested party: The party-tv belongs to The party, an ally of the side this claim favours (The gov).',
    ]);
    assert.match(e.headline, /^The only confirmations come from the side this claim favours/);
  });

  it('says it in French', () => {
    const e = explainStatus(derive(claim(['gov'], ev('party-tv', 'partly'))), 'fr', name('fr'));
    assert.deepEqual(e.notCounted, [
      "Le party-tv l'a confirmée en partie (2015-10-17), mais c'est une partie intéressée : Le party-tv relève de Le party, allié du camp que cette affirmation avantage (Le gov).",
    ]);
    assert.match(e.headline, /^Les seules confirmations viennent du camp que cette affirmation avantage/);
  });

  it('names a source that is itself the ally, and a source in the favoured side’s own organisation', () => {
    const ally = explainStatus(derive(claim(['army'], ev('party', 'confirms'))), 'en', name('en'));
    assert.match(ally.notCounted[0] ?? '', /: The party is an ally of the side this claim favours \(The gov → The army\)\.$/);
    const own = explainStatus(derive(claim(['army'], ev('state-tv', 'confirms'))), 'en', name('en'));
    assert.match(own.notCounted[0] ?? '', /belongs to the same organisation as the side this claim favours \(The state-tv → The gov → The army\)\.$/);
  });
});

describe('`favours` in packs', () => {
  const pack = (favours: unknown): unknown => ({
    format: 'recoupe-pack/1',
    id: 'p',
    name: { en: 'P' },
    version: '1',
    entities,
    claims: [{ ...claim(undefined, ev('party-tv', 'partly')), favours }],
  });

  it('validates: every favoured id must be an entity of the pack', () => {
    assert.equal(validatePack(pack(['gov'])).ok, true);
    const result = validatePack(pack(['gov', 'nobody']));
    assert.equal(result.ok, false);
    assert.deepEqual(!result.ok && result.errors.map((e) => [e.path, e.message]), [
      ['$.claims[0].favours[1]', 'favours entry "nobody" is not an entity of this pack (no entity has this id)'],
    ]);
    assert.equal(validatePack(pack('gov')).ok, false);
  });

  it('sits after `about` and before `appearances` in canonical order', () => {
    const c = { appearances: [{ source: 'wire' }], favours: ['gov'], about: ['army'], ...claim(undefined) };
    const text = formatPack({ ...(pack(['gov']) as Pack), claims: [c] });
    assert.match(text, /"about": \[\n\s+"army"\n\s+\],\n\s+"favours": \[\n\s+"gov"\n\s+\],\n\s+"appearances"/);
  });

  it('survives compilation and follows a renamed entity, which is why differing copies break independence', () => {
    // Pack q copies "gov" with a difference, so compile renames it q:gov and q's claim favours q:gov.
    // The shared, identical "party" is still aligned with p's "gov", not with q:gov: the Party's TV
    // counts again in q. `recoupe check` refuses such differing copies for exactly this reason.
    const a = pack(['gov']) as Pack;
    const b = { ...(pack(['gov']) as Pack), id: 'q', entities: entities.map((e) => (e.id === 'gov' ? { ...e, country: 'SY' } : e)) };
    const compiled = compilePacks([a, b]);
    assert.deepEqual(compiled.claims.map((c) => [c.favours, c.status]), [
      [['gov'], 'unverified'],
      [['q:gov'], 'partly-corroborated'],
    ]);
  });
});
