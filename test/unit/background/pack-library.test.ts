// Imported-pack management with an in-memory store: all-or-nothing imports, id conflicts, enable,
// disable, remove, export, and the engine told to rebuild only after a stored change.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PackLibrary } from '../../../src/background/pack-library.ts';
import type { PackStore } from '../../../src/background/pack-store.ts';
import type { Pack } from '../../../src/core/pack/types.ts';
import type { ImportedPackInfo } from '../../../src/shared/pack-info.ts';
import { schemaOrgExample } from '../../fixtures/claimreview/samples.ts';

/** In-memory PackStore; `failNextPut` makes the next put throw like a full disk would. */
class MemoryStore implements PackStore {
  readonly meta = new Map<string, ImportedPackInfo>();
  readonly data = new Map<string, Pack>();
  failNextPut = false;
  async list() {
    return [...this.meta.values()];
  }
  async packs(ids: readonly string[]) {
    return ids.flatMap((id) => this.data.get(id) ?? []);
  }
  async put(info: ImportedPackInfo, pack: Pack) {
    if (this.failNextPut) {
      this.failNextPut = false;
      throw Object.assign(new Error('quota exceeded'), { name: 'QuotaExceededError' });
    }
    this.meta.set(info.id, info);
    this.data.set(info.id, pack);
  }
  async update(id: string, change: (info: ImportedPackInfo) => ImportedPackInfo) {
    const info = this.meta.get(id);
    if (info) this.meta.set(id, change(info));
    return info !== undefined;
  }
  async remove(id: string) {
    this.data.delete(id);
    return this.meta.delete(id);
  }
  snapshot() {
    return JSON.stringify([[...this.meta], [...this.data]]);
  }
}

const pack = (id: string, claims = 1): Pack => ({
  format: 'recoupe-pack/1',
  id,
  name: { en: `Pack ${id}` },
  version: '1',
  entities: [{ id: 'someone', name: { en: 'Someone' }, kind: 'person' }],
  claims: Array.from({ length: claims }, (_, i) => ({ id: `c${i}`, claimant: 'someone', date: '2020-01-02', text: { en: `Claim ${i}` }, evidence: [] })),
});

function setup() {
  const store = new MemoryStore();
  let changes = 0;
  const library = new PackLibrary({
    store,
    bundled: [{ id: 'syria-2015', name: { en: 'Bundled' }, version: '1', claimCount: 14 }],
    onChange: () => void changes++,
    now: () => new Date('2024-05-01T10:00:00Z'),
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
    assert.equal(store.meta.get('mine')!.claimCount, 3);
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
