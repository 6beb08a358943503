// Editorial rules of `recoupe check` (lint.ts), rule by rule, on the fictional good fixture and on
// the bundled pack with each audit finding of issue #12 put back: the rules would have caught them.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { lintPack, sharedEntityConflicts } from '../../../src/core/pack/lint.ts';
import type { Claim, Evidence, Pack } from '../../../src/core/pack/types.ts';

const read = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as Pack;
const good = () => read('../../fixtures/packs/good/small.json');
const syria = () => read('../../../claims-db/syria-2015.json');

function withClaim(pack: Pack, id: string, change: (c: Claim) => Claim): Pack {
  return { ...pack, claims: pack.claims.map((c) => (c.id === id ? change(c) : c)) };
}
const ev = (source: string, relation: Evidence['relation'], date: string): Evidence => ({ source, relation, date, summary: { en: 'x' } });
const messages = (pack: Pack) => lintPack(pack).map((e) => `${e.path}: ${e.message}`);

describe('lintPack', () => {
  it('passes the good fixture and the bundled pack', () => {
    assert.deepEqual(messages(good()), []);
    assert.deepEqual(messages(syria()), []);
  });

  describe('duplicates', () => {
    const again = (figures: Claim['figures'], date = '2015-10-08'): Pack => {
      const pack = good();
      const copy: Claim = { ...pack.claims[0]!, id: 'again', date, evidence: [], ...(figures ? { figures } : {}) };
      return { ...pack, claims: [...pack.claims, copy] };
    };

    it('flags the same claimant, date and figures (counted words overlapping)', () => {
      const pack = again([{ value: 60, counts: { en: ['terrorist targets', 'targets'] } }]);
      assert.match(messages(pack).join('\n'), /^\$\.claims\[3\]: duplicate of \$\.claims\[0\]/);
    });

    it('does not flag the same value counting another thing, another date, or figure-less claims', () => {
      assert.deepEqual(messages(again([{ value: 60, counts: { en: ['strikes'] } }])), []);
      assert.deepEqual(messages(again(undefined, '2015-10-09')), []);
      const pack = good();
      const { figures: _drop, ...bare } = pack.claims[0]!;
      const twoBare = { ...pack, claims: [{ ...bare, id: 'a', evidence: [] }, { ...bare, id: 'b', evidence: [] }] };
      assert.deepEqual(messages(twoBare), []);
    });
  });

  describe('evidence older than the claim', () => {
    it('flags a confirmation or a relay that predates the claim, not a dispute', () => {
      const pack = withClaim(good(), 'observatory-village-taken', (c) => ({
        ...c,
        evidence: [ev('wire-agency', 'partly', '2015-10-10'), ev('wire-agency', 'repeats', '2015-10-10'), ev('ally-gov', 'disputes', '2015-10-01')],
      }));
      const found = messages(pack);
      assert.equal(found.length, 2);
      assert.match(found[0]!, /evidence\[0\]\.date: evidence dated 2015-10-10 is older than the claim \(2015-10-11\): it cannot partly confirm it/);
      assert.match(found[1]!, /evidence\[1\]\.date: a relay dated 2015-10-10 cannot precede the claim it repeats/);
    });

    it('would have caught audit finding 1 (the nine-days-earlier item on IS–Nusra fighting)', () => {
      const pack = withClaim(syria(), 'ru-mod-is-nusra-fighting-intensified', (c) => ({ ...c, evidence: [ev('sohr', 'partly', '2015-10-09')] }));
      assert.match(messages(pack).join('\n'), /evidence dated 2015-10-09 is older than the claim \(2015-10-18\)/);
    });
  });

  describe('relay counted as independent', () => {
    it('flags a counted confirmation from a source in the claim’s appearances, not a dispute or a repeat', () => {
      const base = (relation: Evidence['relation']) =>
        withClaim(good(), 'observatory-village-taken', (c) => ({
          ...c,
          appearances: [{ source: 'wire-agency' }],
          evidence: [...c.evidence, ev('wire-agency', relation, '2015-10-12')],
        }));
      assert.match(messages(base('confirms')).join('\n'), /"wire-agency" \(Wire Agency\) is among the claim's appearances/);
      assert.deepEqual(messages(base('repeats')), []);
      assert.deepEqual(messages(base('disputes')), []);
    });
  });

  describe('interested party counted as independent', () => {
    const allyConfirms = (favours?: string[]) =>
      withClaim(good(), 'observatory-village-taken', (c) => ({
        ...c,
        about: ['testland-gov'],
        ...(favours ? { favours } : {}),
        evidence: [...c.evidence, ev('ally-gov', 'confirms', '2015-10-12')],
      }));

    it('flags an ally of a party the claim is about, when the claim declares no `favours`', () => {
      assert.match(messages(allyConfirms()).join('\n'), /"ally-gov" counts as independent but is tied to "testland-gov"/);
    });

    it('is satisfied once `favours` is declared: the ally stops counting, or counts as an admission against interest', () => {
      assert.deepEqual(messages(allyConfirms(['testland-gov'])), []);
      assert.deepEqual(messages(allyConfirms(['fictional-observatory'])), []);
    });

    it('would have caught audit finding 2 (Al-Manar confirming the army’s gains)', () => {
      const pack = withClaim(syria(), 'sohr-five-villages-aleppo-24h', (c) => {
        const { favours: _drop, ...rest } = c;
        return rest;
      });
      assert.match(messages(pack).join('\n'), /"al-manar" counts as independent but is tied to "syrian-army", a party the claim is about \(Al-Manar → Hezbollah → Syrian government → Syrian army\)/);
    });

    it('ignores places and monitors in `about`: only governments, ministries, armed forces and armed groups are parties', () => {
      const pack = withClaim(good(), 'observatory-village-taken', (c) => ({
        ...c,
        about: ['wire-agency'],
        evidence: [...c.evidence, ev('ally-gov', 'confirms', '2015-10-12')],
      }));
      assert.deepEqual(messages(pack), []);
    });
  });
});

describe('sharedEntityConflicts', () => {
  it('reports a differing copy in the later pack with the fields that differ, and ignores identical copies', () => {
    const a = { ...good(), id: 'a' };
    const same = { ...good(), id: 'b' };
    const changed = { ...good(), id: 'c', entities: good().entities.map((e) => (e.id === 'ally-gov' ? { ...e, alignedWith: [] } : e)) };
    assert.deepEqual(sharedEntityConflicts([{ file: 'a.json', pack: a }, { file: 'b.json', pack: same }]), []);
    const found = sharedEntityConflicts([{ file: 'a.json', pack: a }, { file: 'c.json', pack: changed }]);
    assert.equal(found.length, 1);
    assert.equal(found[0]?.file, 'c.json');
    assert.match(found[0]!.error.message, /entity "ally-gov" differs from its definition in a\.json \(alignedWith\).*"c:ally-gov"/);
  });

  it('does not mind key order inside an entity (compile compares them the same way)', () => {
    const a = { ...good(), id: 'a' };
    const reordered = { ...good(), id: 'b', entities: good().entities.map((e) => ({ ...e, name: { en: e.name.en!, fr: e.name.fr! } })) };
    assert.deepEqual(sharedEntityConflicts([{ file: 'a.json', pack: a }, { file: 'b.json', pack: reordered }]), []);
  });
});
