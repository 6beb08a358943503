// The engine merges the bundled (already compiled) pack with enabled imported packs, and rebuilds
// from storage after invalidate().
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EngineHost, mergePacks, sourcePacks } from '../../../src/background/engine.ts';
import { compileBundledPack } from '../../../scripts/lib/bundled-pack.ts';
import { compilePacks } from '../../../src/core/pack/compile.ts';
import type { CompiledPack, Pack } from '../../../src/core/pack/types.ts';
import { imported, schemaOrgExample } from '../../fixtures/claimreview/samples.ts';


const ROOT = join(import.meta.dirname, '..', '..', '..');
let bundled: CompiledPack;
before(async () => {
  bundled = JSON.parse(await compileBundledPack(join(ROOT, 'claims-db'))) as CompiledPack;
});

describe('mergePacks', () => {
  it('recompiles the bundled pack to exactly itself', () => {
    assert.equal(mergePacks(bundled, []), bundled);
    assert.deepEqual(JSON.parse(JSON.stringify(compilePacks(sourcePacks(bundled)))), bundled);
  });

  it('keeps every bundled claim, status and id when an imported pack is added, and adds its claims', () => {
    const extra = imported(schemaOrgExample);
    const merged = mergePacks(bundled, [extra]);
    assert.equal(merged.claims.length, bundled.claims.length + extra.claims.length);
    assert.deepEqual(merged.packs.map((p) => [p.id, p.claimCount]), [...bundled.packs.map((p) => [p.id, p.claimCount]), [extra.id, 1]]);
    for (const claim of bundled.claims) {
      const same = merged.claims.find((c) => c.id === claim.id);
      assert.equal(same?.status, claim.status, claim.id);
    }
  });
});

describe('EngineHost', () => {
  it('loads imported packs on first use, and again after invalidate()', async () => {
    let stored: Pack[] = [];
    let loads = 0;
    const host = new EngineHost(bundled, async () => {
      loads++;
      return stored;
    });
    assert.equal((await host.get()).pack.claims.length, bundled.claims.length);
    await host.get();
    assert.equal(loads, 1);
    stored = [imported(JSON.parse(readFileSync(join(ROOT, 'e2e', 'fixtures', 'import', 'fictional-claimreview.json'), 'utf8')))];
    host.invalidate();
    const engine = await host.get();
    assert.equal(engine.pack.claims.length, bundled.claims.length + 1);
    assert.equal(loads, 2);
    const hits = engine.matcher.matchText('The council said it repaired 42 footbridges over the Fictional River in a single month.', 'en');
    assert.deepEqual(hits.map((h) => h.claimId), [stored[0]!.claims[0]!.id]);
  });

  it('falls back to the bundled pack when storage cannot be read, and retries next time', async () => {
    let fail = true;
    const host = new EngineHost(bundled, async () => {
      if (fail) throw new Error('storage unavailable');
      return [imported(schemaOrgExample)];
    });
    const original = console.error;
    console.error = () => {};
    try {
      assert.equal((await host.get()).pack, bundled);
    } finally {
      console.error = original;
    }
    fail = false;
    assert.equal((await host.get()).pack.claims.length, bundled.claims.length + 1);
  });

  it('uses the bundled pack alone when reading the imported packs never settles', async () => {
    const host = new EngineHost(bundled, () => new Promise<Pack[]>(() => undefined), 50);
    const engine = await host.get();
    assert.equal(engine.pack, bundled);
  });
});
