import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { datelineDate } from '../../../src/core/extract/dateline.ts';
import { readBlocks, scanBlocks } from '../../../src/cli/commands/scan.ts';
import { bundledContext } from '../scan/labelled.ts';

describe('wire datelines', () => {
  it('reads the day of a dateline, with its year when it gives one (fr and en)', () => {
    assert.equal(datelineDate(['CAIRO, Dec. 14, 2015 (AP) — Egypt has completed…']), '2015-12-14');
    assert.equal(datelineDate(["MOSCOU, 9 oct 2015 (AFP) - L'aviation russe…"]), '2015-10-09');
    assert.equal(datelineDate(['BEYROUTH, 1er décembre 2015 (AFP) - Les raids…']), '2015-12-01');
    assert.equal(datelineDate(['MOSCOW, Oct 13 (Reuters) - Russia’s air force…']), '--10-13');
    assert.equal(datelineDate(['PARIS, 16 février (Reuters) - Le bilan…']), '--02-16');
    assert.equal(datelineDate(['MOSCOU, 26 novembre (Xinhua) -- La Russie…']), '--11-26');
  });

  it('takes no date from a sentence that mentions one, nor from an impossible day', () => {
    assert.equal(datelineDate(['The visit happened on October 20, but was not announced until later.']), undefined);
    assert.equal(datelineDate(['Earlier on November 26, a spokesman said.']), undefined);
    assert.equal(datelineDate(['MOSCOW, Feb 31 (Reuters) - x']), undefined);
    assert.equal(datelineDate(['Menu', 'Accueil', 'MOSCOU, 18 octobre (AFP) - texte']), '--10-18');
  });

  it("dates a text file by its dateline, so a claim made after that day is not this page's", async () => {
    const ctx = await bundledContext();
    const sentence = "L'aviation russe a effectué 39 sorties et frappé 60 cibles terroristes au cours des dernières 24 heures, a annoncé le ministère russe de la Défense.";
    const on = (dateline: string) => scanBlocks('wire.txt', readBlocks('wire.txt', `${dateline} (AFP) - ${sentence}`), ctx).matches.map((m) => m.claim.id);
    assert.equal(readBlocks('wire.txt', `MOSCOU, 18 octobre (AFP) - ${sentence}`).published, '--10-18');
    assert.ok(on('MOSCOU, 18 octobre').includes('ru-mod-39-sorties-60-targets-24h'));
    assert.deepEqual(on('MOSCOU, 2 octobre 2015'), []);
  });
});
