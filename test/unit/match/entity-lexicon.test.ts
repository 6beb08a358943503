// Entity names found in text: a name the pack writes capitalised is a name only where the text
// capitalises it too, so stemming cannot turn the common word "homes" into the province of Homs.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyse } from '../../../src/core/match/analyse.ts';
import { EntityLexicon } from '../../../src/core/match/entity-lexicon.ts';
import type { Entity } from '../../../src/core/pack/types.ts';

const entities: Entity[] = [
  { id: 'homs', kind: 'other', name: { en: 'Homs', fr: 'Homs' } },
  { id: 'jihadists', kind: 'group-of-people', name: { en: 'jihadists', fr: 'jihadistes' } },
  { id: 'is', kind: 'armed-group', name: { en: 'Islamic State' }, aliases: { en: ['IS', 'ISIS'] } },
];

function found(text: string, lang = 'en'): string[] {
  const lexicon = new EntityLexicon(entities, lang);
  return [...analyse(text, lang, { lexicon }).entities];
}

describe('entity lexicon', () => {
  it('a capitalised name is not found in a lower-case common word that stems the same', () => {
    assert.deepEqual(found('Some 3,000 families have fled their homes.'), []);
    assert.deepEqual(found('Fighting raged in Homs on Sunday.'), ['homs']);
    assert.deepEqual(found('FIGHTING RAGED IN HOMS'), ['homs']);
  });

  it('a name the pack writes in lower case is found in lower case', () => {
    assert.deepEqual(found('The jihadists retreated.'), ['jihadists']);
  });

  it('a multi-word name is found whatever the case of its function words', () => {
    assert.deepEqual(found('Strikes on the Islamic State continued.'), ['is']);
  });
});
