// The plain-words reasons of the "ask about a selection" card: each comes from the matcher's own decision
// (conflicts, gates, features) and reads the same in the CLI, in English and French.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createMatcher } from '../../../src/core/match/matcher.ts';
import { nearestClaims, reasonsFor, reasonText, type ReasonedClaim } from '../../../src/core/match/reasons.ts';
import { localeTranslator } from '../../../src/cli/locale-messages.ts';
import { claims, entities } from './mini-pack.ts';

const matcher = createMatcher({ claims, entities });
const en = localeTranslator('en');
const fr = localeTranslator('fr');
const words = (r: ReasonedClaim | undefined, t = en): string[] => (r?.reasons ?? []).map((reason) => reasonText(reason, t));
const about = (text: string, lang: string, id: string) => nearestClaims(matcher, text, lang, 5).find((r) => r.claimId === id);

describe('reasons for the closest claims', () => {
  it('a different figure is named with both values', () => {
    const r = about('Russian aircraft struck 94 terrorist targets in Syria in the past 24 hours.', 'en', 'targets-60');
    assert.equal(r?.accepted, false);
    assert.equal(words(r)[0], 'different figure: 94, the claim says 60');
    assert.equal(words(r, fr)[0], "autre chiffre : 94, l'affirmation dit 60");
  });

  it('the same sentence with the claim’s figure states the claim, and says why', () => {
    const r = about('Russian aircraft struck 60 terrorist targets in Syria in the past 24 hours.', 'en', 'targets-60');
    assert.equal(r?.accepted, true);
    assert.ok(words(r).includes('same figure: 60'), words(r).join(' | '));
    assert.ok(words(r).some((w) => /^most of the claim's wording is there \(\d+ %\)$/.test(w)), words(r).join(' | '));
  });

  it('an accomplished event against a recorded attempt, and the reverse wording in French', () => {
    const r = about('The Syrian army managed to break the Islamic State siege of the Kweires military airport on Tuesday.', 'en', 'kweires-siege');
    assert.equal(r?.accepted, false);
    assert.equal(words(r)[0], 'done, the claim says it was only attempted');
    assert.equal(words(r, fr)[0], "c'est fait, l'affirmation parle d'une tentative");
  });

  it('a sentence sharing only a few words gets "too little of the claim’s wording", below the highlight threshold', () => {
    const r = about('Russian aircraft were seen over Syria.', 'en', 'targets-60');
    assert.ok(r, 'the claim is still listed as the closest one');
    assert.equal(r.accepted, false);
    assert.ok(words(r).some((w) => w.startsWith("too little of the claim's wording")), words(r).join(' | '));
  });

  it('lists the accepted claim first, then the others by wording overlap', () => {
    const list = nearestClaims(matcher, 'Russian aircraft struck 60 terrorist targets in Syria in the past 24 hours, as fighting between Islamic State and Nusra intensified.', 'en', 5);
    assert.equal(list[0]?.claimId, 'targets-60');
    assert.equal(list[0]?.accepted, true);
    for (let i = 1; i < list.length; i++) {
      if (list[i]!.accepted === list[i - 1]!.accepted) assert.ok(list[i]!.closeness <= list[i - 1]!.closeness);
    }
  });

  it('finds nothing for text that shares no word with any claim', () => {
    assert.deepEqual(nearestClaims(matcher, 'The weather is fine today.', 'en', 5), []);
  });

  it('every reason kind has words in both languages (no raw message key leaks out)', () => {
    const kinds = [
      { kind: 'wording', share: 40, enough: false },
      { kind: 'wording', share: 80, enough: true },
      { kind: 'names-only' },
      { kind: 'few-words' },
      { kind: 'worded-differently' },
      { kind: 'model' },
      { kind: 'same-figure', value: '60' },
      { kind: 'other-figure', said: '94', claimed: '60' },
      { kind: 'attempt' },
      { kind: 'accomplished' },
      { kind: 'later-date', said: '2015-11-10', claimed: '2015-10-17' },
      { kind: 'other-subject', said: 'milwaukee', claimed: 'chicago' },
      { kind: 'other-place', said: 'idlib' },
      { kind: 'claimant-named' },
    ] as const;
    for (const t of [en, fr]) {
      for (const reason of kinds) {
        const text = reasonText(reason, t);
        assert.doesNotMatch(text, /^why_|\$/, `${reason.kind}: ${text}`);
      }
    }
    assert.equal(reasonText({ kind: 'attempt' }, en), 'an attempt, the claim says it was done');
    assert.equal(reasonText({ kind: 'wording', share: 40, enough: false }, en), "too little of the claim's wording (40 %)");
  });
});

describe('reasons for conflicts of context', () => {
  it('a question and a page published before the claim each have their own words', () => {
    const [asked] = matcher.rankClaims('Did Russian aircraft strike 60 terrorist targets in Syria in the past 24 hours?', 'en', 1, { allConflicts: true });
    assert.equal(reasonText(reasonsFor(asked!)[0]!, en), 'asks a question, does not state it');
    assert.equal(reasonText(reasonsFor(asked!)[0]!, fr), "pose une question, ne l'affirme pas");
    const [early] = matcher.rankClaims('Russian aircraft struck 60 terrorist targets in Syria in the past 24 hours.', 'en', 1, { allConflicts: true, page: { published: '2015-01-01' } });
    assert.equal(reasonText(reasonsFor(early!)[0]!, en), 'the page was published before the claim was made');
    assert.equal(reasonText(reasonsFor(early!)[0]!, fr), "la page est antérieure à l'affirmation");
  });
});

describe('the selection card reads the page’s date like the highlighter', () => {
  it('a claim made after the page was published is not what the selection states, and says so', () => {
    const sentence = 'Russian aircraft struck 60 terrorist targets in Syria in the past 24 hours.';
    assert.equal(nearestClaims(matcher, sentence, 'en', 5).find((r) => r.claimId === 'targets-60')?.accepted, true);
    const early = nearestClaims(matcher, sentence, 'en', 5, { published: '2015-01-01' }).find((r) => r.claimId === 'targets-60');
    assert.equal(early?.accepted, false);
    assert.ok(words(early).includes('the page was published before the claim was made'), words(early).join(' | '));
  });
});
