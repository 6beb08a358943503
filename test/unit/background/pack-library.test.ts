// Imported-pack management with an in-memory store: all-or-nothing imports, id conflicts, enable,
// disable, remove, export, and the engine told to rebuild only after a stored change.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_REPORTED_ERRORS, PackLibrary } from '../../../src/background/pack-library.ts';
import { PACK_BUDGET } from '../../../src/background/pack-budget.ts';
import type { Pack } from '../../../src/core/pack/types.ts';
import { schemaOrgExample } from '../../fixtures/claimreview/samples.ts';
import { MemoryPackStore } from './memory-pack-store.ts';

const pack = (id: string, claims = 1): Pack => ({
  format: 'recoupe-pack/1',
  id,
  name: { en: `Pack ${id}` },
  version: '1',
  entities: [{ id: 'someone', name: { en: 'Someone' }, kind: 'person' }],
  claims: Array.from({ length: claims }, (_, i) => ({ id: `c${i}`, claimant: 'someone', date: '2020-01-02', text: { en: `Claim ${i}` }, evidence: [] })),
});

function setup(budget = PACK_BUDGET) {
  const store = new MemoryPackStore();
  let changes = 0;
  const library = new PackLibrary({
    store,
    bundled: [{ id: 'syria-2015', name: { en: 'Bundled' }, version: '1', claimCount: 14 }],
    onChange: () => void changes++,
    now: () => new Date('2024-05-01T10:00:00Z'),
    budget,
  });
  return { store, library, changes: () => changes };
}

describe('PackLibrary.import', () => {
  it('stores a valid pack, enabled, with where it came from, and asks for a rebuild', async () => {
    const { store, library, changes } = setup();
    const result = await library.import('mine.json', JSON.stringify(pack('mine', 2)), false);
    assert.ok(result.ok);
    assert.deepEqual(result.pack, {
      id: 'mine',
      name: { en: 'Pack mine' },
      version: '1',
      claimCount: 2,
      enabled: true,
      fileName: 'mine.json',
      format: 'recoupe-pack',
      importedAt: '2024-05-01T10:00:00.000Z',
      size: JSON.stringify(pack('mine', 2)).length,
    });
    assert.equal(result.replaced, false);
    assert.deepEqual(await library.enabledPacks(), [pack('mine', 2)]);
    assert.equal(store.meta.size, 1);
    assert.equal(changes(), 1);
  });

  it('imports ClaimReview JSON-LD through importClaimReview', async () => {
    const { library } = setup();
    const result = await library.import('flat-world.json', JSON.stringify(schemaOrgExample), false);
    assert.ok(result.ok);
    assert.equal(result.pack.id, 'flat-world');
    assert.equal(result.pack.format, 'claimreview-jsonld');
  });

  it('changes nothing when the file is invalid, and returns every error with its path', async () => {
    const { store, library, changes } = setup();
    await library.import('mine.json', JSON.stringify(pack('mine')), false);
    const before = store.snapshot();
    const broken = { ...pack('other'), claims: [{ ...pack('other').claims[0], date: 'yesterday', claimant: 'nobody' }] };
    const result = await library.import('other.json', JSON.stringify(broken), false);
    assert.equal(result.ok, false);
    assert.equal(!result.ok && result.reason, 'invalid');
    assert.deepEqual(!result.ok && result.reason === 'invalid' && result.errors.map((e) => e.path), ['$.claims[0].date', '$.claims[0].claimant']);
    assert.equal(store.snapshot(), before);
    assert.equal(changes(), 1);
  });

  it('changes nothing when the store refuses the write', async () => {
    const { store, library, changes } = setup();
    store.failNextPut = true;
    const result = await library.import('mine.json', JSON.stringify(pack('mine')), false);
    assert.deepEqual(result, { ok: false, reason: 'storage', detail: 'QuotaExceededError: quota exceeded' });
    assert.equal(store.meta.size, 0);
    assert.equal(changes(), 0);
  });

  it('refuses an id already imported unless asked to replace it', async () => {
    const { store, library } = setup();
    await library.import('mine.json', JSON.stringify(pack('mine', 1)), false);
    const before = store.snapshot();
    assert.deepEqual(await library.import('mine-v2.json', JSON.stringify(pack('mine', 3)), false), { ok: false, reason: 'exists', id: 'mine' });
    assert.equal(store.snapshot(), before);
    const replaced = await library.import('mine-v2.json', JSON.stringify(pack('mine', 3)), true);
    assert.ok(replaced.ok && replaced.replaced);
    assert.equal(store.info('mine').claimCount, 3);
    assert.equal(store.meta.size, 1);
  });

  it('never replaces the bundled pack', async () => {
    const { store, library } = setup();
    assert.deepEqual(await library.import('x.json', JSON.stringify(pack('syria-2015')), true), { ok: false, reason: 'bundled', id: 'syria-2015' });
    assert.equal(store.meta.size, 0);
  });

  it('runs imports one after the other, so two imports of one id cannot both succeed', async () => {
    const { library } = setup();
    const [a, b] = await Promise.all([
      library.import('a.json', JSON.stringify(pack('same')), false),
      library.import('b.json', JSON.stringify(pack('same')), false),
    ]);
    assert.equal(a.ok, true);
    assert.deepEqual(b, { ok: false, reason: 'exists', id: 'same' });
  });
});

describe('PackLibrary enable, disable, remove, export', () => {
  it('leaves a disabled pack stored but out of the packs the engine compiles', async () => {
    const { library, changes } = setup();
    await library.import('a.json', JSON.stringify(pack('a')), false);
    await library.import('b.json', JSON.stringify(pack('b')), false);
    assert.equal(await library.setEnabled('a', false), true);
    assert.deepEqual((await library.enabledPacks()).map((p) => p.id), ['b']);
    assert.deepEqual((await library.list()).imported.map((p) => [p.id, p.enabled]), [['a', false], ['b', true]]);
    assert.equal(await library.setEnabled('a', true), true);
    assert.deepEqual((await library.enabledPacks()).map((p) => p.id), ['a', 'b']);
    assert.equal(changes(), 4);
  });

  it('removes a pack and its listing together; unknown ids change nothing', async () => {
    const { store, library, changes } = setup();
    await library.import('a.json', JSON.stringify(pack('a')), false);
    assert.equal(await library.remove('a'), true);
    assert.equal(store.data.size + store.meta.size, 0);
    assert.equal(await library.remove('a'), false);
    assert.equal(await library.setEnabled('a', false), false);
    assert.equal(changes(), 2);
  });

  it('exports a stored pack as canonical recoupe-pack/1 text that imports back to the same pack', async () => {
    const { library } = setup();
    const imported = await library.import('flat.json', JSON.stringify(schemaOrgExample), false);
    assert.ok(imported.ok);
    const file = await library.exportPack('flat');
    assert.ok(file.ok);
    assert.equal(file.fileName, 'flat.recoupe.json');
    assert.equal(JSON.parse(file.text).format, 'recoupe-pack/1');
    const again = setup();
    const back = await again.library.import(file.fileName, file.text, false);
    assert.ok(back.ok && back.pack.format === 'recoupe-pack');
    assert.deepEqual(await again.library.enabledPacks(), await library.enabledPacks());
    assert.deepEqual(await library.exportPack('missing'), { ok: false });
  });

  it('lists the bundled packs beside the imported ones', async () => {
    const { library } = setup();
    assert.deepEqual((await library.list()).bundled, [{ id: 'syria-2015', name: { en: 'Bundled' }, version: '1', claimCount: 14 }]);
  });
});

describe('PackLibrary heals broken storage', () => {
  it('quarantines a listing without importedAt; the other packs are still listed and used', async () => {
    const { store, library } = setup();
    await library.import('a.json', JSON.stringify(pack('a')), false);
    const { importedAt: _dropped, ...noDate } = { ...store.info('a'), id: 'b' };
    store.meta.set('b', noDate);
    store.data.set('b', { id: 'b', pack: pack('b') });
    const listing = await library.list();
    assert.deepEqual(listing.imported.map((p) => p.id), ['a']);
    assert.deepEqual(listing.broken.map((b) => [b.key, b.reason]), [['b', 'listing-unreadable']]);
    assert.match(listing.broken[0]!.detail, /importedAt/);
    assert.deepEqual((await library.enabledPacks()).map((p) => p.id), ['a']);
  });

  it('re-validates pack bodies: a javascript: URL or garbage written straight into the store is never used', async () => {
    const { store, library } = setup();
    await library.import('a.json', JSON.stringify(pack('a')), false);
    await library.import('b.json', JSON.stringify(pack('b')), false);
    await library.import('c.json', JSON.stringify(pack('c')), false);
    const evil = pack('a');
    store.data.set('a', { id: 'a', pack: { ...evil, entities: [{ ...evil.entities[0], url: 'javascript:alert(1)' }] } });
    store.data.set('b', { id: 'b', pack: 'garbage' });
    assert.deepEqual((await library.enabledPacks()).map((p) => p.id), ['c']);
    const listing = await library.list();
    assert.deepEqual(listing.imported.map((p) => p.id), ['c']);
    assert.deepEqual(listing.broken.map((b) => [b.key, b.reason]), [['a', 'pack-unreadable'], ['b', 'pack-unreadable']]);
    assert.match(listing.broken[0]!.detail, /url/);
    assert.deepEqual(await library.exportPack('a'), { ok: false });
  });

  it('reports a listing without its pack and a pack without its listing; remove deletes either', async () => {
    const { store, library } = setup();
    await library.import('a.json', JSON.stringify(pack('a')), false);
    await library.import('b.json', JSON.stringify(pack('b')), false);
    store.data.delete('a');
    store.meta.delete('b');
    store.data.set(42, 'not even a record');
    const { broken, imported } = await library.list();
    assert.deepEqual(imported, []);
    assert.deepEqual(broken.map((b) => [b.key, b.reason]), [['a', 'pack-missing'], ['b', 'listing-missing'], ['42', 'listing-missing']]);
    for (const { key } of broken) assert.equal(await library.remove(key), true);
    assert.equal(store.meta.size + store.data.size, 0);
    assert.deepEqual((await library.list()).broken, []);
  });

  it('a broken listing cannot be enabled or disabled', async () => {
    const { store, library } = setup();
    store.meta.set('x', { id: 'x', enabled: true });
    store.data.set('x', { id: 'x', pack: pack('x') });
    assert.equal(await library.setEnabled('x', false), false);
    assert.deepEqual(store.meta.get('x'), { id: 'x', enabled: true });
  });
});

describe('PackLibrary budgets and error lists', () => {
  it('refuses a pack whose entity name is megabytes long, saying where and what the limit is', async () => {
    const { store, library } = setup();
    const huge = pack('huge');
    const text = JSON.stringify({ ...huge, entities: [{ ...huge.entities[0], name: { en: 'x'.repeat(10_000_000) } }] });
    const started = performance.now();
    const result = await library.import('huge.json', text, false);
    assert.ok(performance.now() - started < 2_000);
    assert.deepEqual(result, { ok: false, reason: 'budget', limit: 'name-chars', value: 10_000_000, max: PACK_BUDGET.nameChars, path: '$.entities[0].name.en' });
    assert.equal(store.meta.size, 0);
  });

  it('refuses a pack with more claims than a pack may hold, and a pack that would pass the total', async () => {
    const budget = { ...PACK_BUDGET, claimsPerPack: 30, claimsTotal: 50 };
    const { library } = setup(budget);
    const many = await library.import('many.json', JSON.stringify(pack('many', 31)), false);
    assert.ok(!many.ok && many.reason === 'budget' && many.limit === 'claims-per-pack');
    assert.ok((await library.import('a.json', JSON.stringify(pack('a', 30)), false)).ok);
    assert.ok((await library.import('b.json', JSON.stringify(pack('b', 20)), false)).ok);
    const over = await library.import('c.json', JSON.stringify(pack('c', 1)), false);
    assert.ok(!over.ok && over.reason === 'budget' && over.limit === 'claims-total' && over.value === 51);
    // Replacing a pack counts its new size instead of its old one.
    assert.ok((await library.import('b.json', JSON.stringify(pack('b', 2)), true)).ok);
  });

  it('answers the first 100 validation errors and how many more there are', async () => {
    const { library } = setup();
    const bad = pack('bad', 300);
    const text = JSON.stringify({ ...bad, claims: bad.claims.map((c) => ({ ...c, date: 'never' })) });
    const result = await library.import('bad.json', text, false);
    assert.ok(!result.ok && result.reason === 'invalid');
    assert.equal(result.errors.length, MAX_REPORTED_ERRORS);
    assert.equal(result.moreErrors, 200);
    assert.equal(result.errors[0]!.path, '$.claims[0].date');
  });
});
