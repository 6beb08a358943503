// Imported packs' indexes kept between worker restarts (ADR 0014): a restarted background loads them and
// builds none; a stored index that is corrupt, truncated, of other packs or another matcher is ignored
// (built and stored again), and a store that fails only costs the build: never a lost pack, never a page
// without its highlights.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { EngineHost, type Engine, type IndexSources } from '../../../src/background/engine.ts';
import type { IndexStore } from '../../../src/background/index-cache.ts';
import { LanguageEngines } from '../../../src/core/match/engines.ts';
import { encodeIndexes, openIndexes } from '../../../src/core/match/index-codec.ts';
import type { CompiledPack, Pack } from '../../../src/core/pack/types.ts';
import { bundledIndex as serialiseBundled, compileBundledPack } from '../../../scripts/lib/bundled-pack.ts';
import { imported } from '../../fixtures/claimreview/samples.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const FICTIONAL = 'The council said it repaired 42 footbridges over the Fictional River in a single month.';
const DEMO = "L'aviation russe a frappé 60 cibles « terroristes » en Syrie au cours des dernières 24 heures, a annoncé le ministère russe de la Défense.";
let bundled: CompiledPack;
let pack: Pack;

before(async () => {
  bundled = JSON.parse(await compileBundledPack(join(ROOT, 'claims-db'))) as CompiledPack;
  pack = imported(JSON.parse(readFileSync(join(ROOT, 'e2e', 'fixtures', 'import', 'fictional-claimreview.json'), 'utf8')));
});

/** IndexedDbIndexStore's contract in memory, with its records open to the test (to corrupt them). */
class MemoryIndexStore implements IndexStore {
  readonly records = new Map<string, { key: string; data: unknown }>();
  reads = 0;
  writes = 0;
  failReads = false;
  failWrites = false;

  async read(key: string): Promise<Map<string, Uint8Array>> {
    this.reads++;
    if (this.failReads) throw new Error('database unavailable');
    const out = new Map<string, Uint8Array>();
    for (const [lang, r] of this.records) if (r.key === key && r.data instanceof Uint8Array) out.set(lang, r.data);
    return out;
  }

  async write(key: string, lang: string, data: Uint8Array): Promise<void> {
    this.writes++;
    if (this.failWrites) throw new Error('quota exceeded');
    for (const [l, r] of this.records) if (r.key !== key) this.records.delete(l);
    this.records.set(lang, { key, data });
  }
}

const sources = (store: IndexStore, matcherVersion = 'm1'): IndexSources => ({ store, matcherVersion });

/** A worker start: a new host on the same storage, its engine after matching a French and an English page. */
async function start(store: IndexStore, packs: Pack[] = [pack], matcherVersion = 'm1'): Promise<{ host: EngineHost; engine: Engine }> {
  const host = new EngineHost(bundled, async () => packs, undefined, sources(store, matcherVersion));
  const engine = await host.get();
  assert.deepEqual(engine.matcher.matchText(FICTIONAL, 'en').map((m) => m.claimId), [pack.claims[0]!.id], 'the imported claim is highlighted');
  assert.ok(engine.matcher.matchText(DEMO, 'fr').length > 0, 'the bundled claim is highlighted');
  await host.stored;
  return { host, engine };
}

/** Silences the warnings a test provokes on purpose, and returns them. */
async function quietly<T>(work: () => Promise<T>): Promise<{ value: T; warnings: string[] }> {
  const original = console.warn;
  const warnings: string[] = [];
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  try {
    return { value: await work(), warnings };
  } finally {
    console.warn = original;
  }
}

describe('stored indexes of imported packs', () => {
  it('are built and stored on the first start, and loaded, not built, after a restart', async () => {
    const store = new MemoryIndexStore();
    const first = await start(store);
    assert.equal(first.engine.matcher.indexBuilds, 2);
    assert.equal(first.engine.matcher.lexiconBuilds, 2);
    assert.deepEqual([...store.records.keys()].sort(), ['en', 'fr']);
    const second = await start(store);
    assert.equal(second.engine.matcher.indexBuilds, 0, 'a restarted worker analyses no claim');
    assert.equal(second.engine.matcher.lexiconBuilds, 0, 'nor tokenizes an entity name: the lexicons are stored with the indexes');
    assert.equal(store.writes, 2, 'nothing is stored again');
  });

  it('match exactly as the indexes they were stored from', async () => {
    const store = new MemoryIndexStore();
    const first = await start(store);
    const second = await start(store);
    for (const [text, lang] of [[FICTIONAL, 'en'], [DEMO, 'fr']] as const) {
      assert.deepEqual(second.engine.matcher.explainBlocks([text], lang, 10), first.engine.matcher.explainBlocks([text], lang, 10));
    }
  });

  for (const [what, corrupt] of [
    ['truncated', (d: Uint8Array) => d.subarray(0, Math.floor(d.length / 2))],
    ['with a flipped byte', (d: Uint8Array) => d.map((b, i) => (i === d.length - 7 ? b ^ 1 : b))],
    ['emptied', () => new Uint8Array(0)],
    ['of random bytes', (d: Uint8Array) => d.map((_b, i) => (i * 7919) % 251)],
  ] as const) {
    it(`are ignored when ${what}: the index is built, the claims still match, and a good index is stored again`, async () => {
      const store = new MemoryIndexStore();
      await start(store);
      const record = store.records.get('en')!;
      store.records.set('en', { key: record.key, data: corrupt(record.data as Uint8Array) });
      const { value: restarted, warnings } = await quietly(() => start(store));
      assert.equal(restarted.engine.matcher.indexBuilds, 1, 'English built again, French loaded');
      assert.equal(restarted.engine.matcher.lexiconBuilds, 1, 'the English lexicon built again, the French one loaded');
      assert.ok(warnings.some((w) => /stored en index not used/.test(w)), warnings.join('\n'));
      const healed = await start(store);
      assert.equal(healed.engine.matcher.indexBuilds, 0, 'the index stored again reads');
      assert.equal(healed.engine.matcher.lexiconBuilds, 0);
    });
  }

  it('ignores a record that is not bytes at all', async () => {
    const store = new MemoryIndexStore();
    await start(store);
    store.records.set('fr', { key: store.records.get('fr')!.key, data: { terms: ['not', 'an', 'index'] } });
    assert.equal((await start(store)).engine.matcher.indexBuilds, 1);
  });

  it('are not used for other packs, nor after the matcher changed, and the old ones are dropped', async () => {
    const store = new MemoryIndexStore();
    await start(store);
    const oldKey = store.records.get('en')!.key;
    const changed: Pack = { ...pack, claims: pack.claims.map((c) => ({ ...c, text: { en: `${c.text.en} Again.` } })) };
    const other = new EngineHost(bundled, async () => [changed], undefined, sources(store));
    await other.get().then((e) => e.matcher.matchText(FICTIONAL, 'en'));
    assert.equal((await other.get()).matcher.indexBuilds, 1);
    await other.stored;
    assert.notEqual(store.records.get('en')!.key, oldKey);
    assert.equal(store.records.has('fr'), false, 'the French index of the old packs is dropped');
    assert.equal((await start(store, [pack], 'm2')).engine.matcher.indexBuilds, 2, 'another matcher version builds');
  });

  it('cost only the build when the store cannot be read or written', async () => {
    const store = new MemoryIndexStore();
    store.failWrites = true;
    const { value: first, warnings } = await quietly(() => start(store));
    assert.equal(first.engine.matcher.indexBuilds, 2);
    assert.ok(warnings.some((w) => /was not stored/.test(w)));
    store.failWrites = false;
    store.failReads = true;
    const { value: second } = await quietly(() => start(store));
    assert.equal(second.engine.matcher.indexBuilds, 2);
    assert.equal(second.engine.pack.claims.length, bundled.claims.length + pack.claims.length, 'no pack lost');
  });
});

describe('the bundled packs’ serialised index', () => {
  const bundledIndex = (data: Uint8Array): IndexSources => ({ bundled: { key: 'b1', data: () => data }, matcherVersion: 'm1' });
  const built = (): Uint8Array => {
    const engines = new LanguageEngines(bundled.claims, bundled.entities);
    return encodeIndexes('b1', engines.indexes(), engines.lexicons());
  };

  it('is loaded, not built, when no pack is imported, its lexicons too', async () => {
    const host = new EngineHost(bundled, async () => [], undefined, bundledIndex(built()));
    const engine = await host.get();
    assert.ok(engine.matcher.matchText(DEMO, 'fr').length > 0);
    engine.matcher.matchText(FICTIONAL, 'en');
    assert.equal(engine.matcher.indexBuilds, 0);
    assert.equal(engine.matcher.lexiconBuilds, 0);
  });

  it('as the build writes it (scripts/lib/bundled-pack.ts), holds the French and English lexicons', () => {
    const { key, data } = serialiseBundled(JSON.stringify(bundled), 'm1');
    const opened = openIndexes(data, key, bundled.claims.length);
    assert.deepEqual([...opened.langs].sort(), ['en', 'fr']);
    assert.deepEqual([...opened.lexiconLangs].sort(), ['en', 'fr']);
  });

  it('is built instead when it does not read', async () => {
    const data = built();
    const host = new EngineHost(bundled, async () => [], undefined, bundledIndex(data.subarray(0, 100)));
    const { value: engine, warnings } = await quietly(() => host.get());
    assert.ok(engine.matcher.matchText(DEMO, 'fr').length > 0);
    assert.equal(engine.matcher.indexBuilds, 1);
    assert.ok(warnings.some((w) => /bundled index not used/.test(w)));
  });
});
