import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { figureRules } from '../../../src/core/match/figures.ts';
import { readBlocks, scanBlocks } from '../../../src/cli/commands/scan.ts';
import { bundledContext } from '../scan/labelled.ts';

describe('time windows among figures', () => {
  it('marks a figure that counts only hours or days as a time window, and no other', () => {
    const rules = figureRules(
      [
        { value: 24, counts: { en: ['hours', 'past 24 hours'], fr: ['heures', 'dernières 24 heures'] } },
        { value: 5, counts: { en: ['days'], fr: ['jours'] } },
        { value: 60, counts: { en: ['targets', 'terrorist targets'], fr: ['cibles'] } },
      ],
      'en',
    );
    assert.deepEqual(rules.map((r) => r.window), [true, true, false]);
  });

  it('does not add a second claim for a sentence that shares only its 24-hour window', async () => {
    const text = 'The Russian warplanes have made 55 sorties and attacked 60 terrorist targets over the past 24 hours.';
    const report = scanBlocks('window.txt', { ...readBlocks('window.txt', text), published: '2015-10-20' }, await bundledContext());
    assert.deepEqual(report.matches.map((m) => m.claim.id), ['ru-mod-55-sorties-60-targets-2015-10-20']);
  });
});
