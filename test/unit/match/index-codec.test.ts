// The serialised index (ADR 0014): an index read back equals the one built, field for field, and a matcher
// on it decides exactly as one that built its own, on the whole real-text dev set and the 36 corpus pages.
// The entity lexicons stored with them (format 2) find exactly what built ones find. Bad data (truncated,
// altered, of another format, key or pack) is refused with IndexCodecError, never anything else, so the
// background can always fall back to building.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import fc from 'fast-check';
import { compileBundled, loadDevset } from '../../../bench/devset.ts';
import { extractPageText } from '../../../src/cli/read-page.ts';
import { analyse } from '../../../src/core/match/analyse.ts';
import { LanguageEngines } from '../../../src/core/match/engines.ts';
import { EntityLexicon, type LexiconSource } from '../../../src/core/match/entity-lexicon.ts';
import { checksum, encodeIndexes, INDEX_FORMAT, IndexCodecError, openIndexes } from '../../../src/core/match/index-codec.ts';
import { LangIndex } from '../../../src/core/match/lang-index.ts';
import { createMatcher, type Matcher } from '../../../src/core/match/matcher.ts';
import type { CompiledPack } from '../../../src/core/pack/types.ts';
import { corpusPages } from '../scan/labelled.ts';
import { claims as miniPackClaims, entities as miniEntities } from './mini-pack.ts';

const KEY = 'test-key';
/** The matcher tests' small pack, plus a claim of two clauses with key terms and figures (and a German text, too few for an index). */
const miniClaims = [
  ...miniPackClaims,
  {
    id: 'command-post',
    claimant: 'ru-mod',
    date: '2015-10-18',
    evidence: [],
    text: {
      en: 'Russian aircraft destroyed a command post of the Nusra Front near Hama, completely disrupting the command of the armed groups in the province.',
      de: 'Russische Flugzeuge zerstörten einen Kommandoposten bei Hama.',
    },
    phrasings: { en: ['A Nusra command post near Hama was destroyed by Russian jets, which disrupted the armed groups.'] },
    terms: { en: ['command post'] },
    figures: [{ value: 32, counts: { en: ['training camps', 'camps'] } }],
  },
];
let pack: CompiledPack;
let bytes: Uint8Array;
let built: LangIndex[];
let builtLexicons: EntityLexicon[];
/** The indexes alone (format 2 without lexicons), as format 1 stored them. */
let indexBytes: Uint8Array;

before(async () => {
  pack = await compileBundled();
  const engines = new LanguageEngines(pack.claims, pack.entities);
  built = engines.indexes();
  builtLexicons = engines.lexicons();
  bytes = encodeIndexes(KEY, built, builtLexicons);
  indexBytes = encodeIndexes(KEY, built);
});

/** Every field of a LangIndex (its data, not its methods). */
function fields(index: LangIndex): Record<string, unknown> {
  return { ...index };
}

function loaded(data: Uint8Array, claims: number): LangIndex[] {
  const stored = openIndexes(data, KEY, claims);
  return stored.langs.map((lang) => LangIndex.assemble(stored.source(lang)!));
}

function loadedLexicons(data: Uint8Array, claims: number): EntityLexicon[] {
  const stored = openIndexes(data, KEY, claims);
  return stored.lexiconLangs.map((lang) => EntityLexicon.fromSource(stored.lexicon(lang)!));
}

/** A copy with a fresh checksum, so a change is judged by the decoder's own checks, not the checksum. */
function resealed(data: Uint8Array): Uint8Array {
  const copy = data.slice();
  if (copy.length >= 12) new DataView(copy.buffer).setUint32(8, checksum(copy, 12), true);
  return copy;
}

function refuses(data: Uint8Array, message: RegExp, key = KEY, claims = pack.claims.length): void {
  assert.throws(() => openIndexes(data, key, claims), (e: unknown) => e instanceof IndexCodecError && message.test(e.message));
}

describe('serialised index', () => {
  it('reads back the bundled packs’ French and English indexes equal to the built ones, field for field', () => {
    assert.deepEqual(built.map((i) => i.lang), ['en', 'fr']);
    const back = loaded(bytes, pack.claims.length);
    assert.equal(back.length, built.length);
    back.forEach((index, i) => assert.deepEqual(fields(index), fields(built[i]!), index.lang));
  });

  it('writes a read-back index to the same bytes, with or without its lexicons', () => {
    assert.deepEqual(encodeIndexes(KEY, loaded(bytes, pack.claims.length), loadedLexicons(bytes, pack.claims.length)), bytes);
    assert.deepEqual(encodeIndexes(KEY, loaded(indexBytes, pack.claims.length)), indexBytes);
    assert.deepEqual(loadedLexicons(indexBytes, pack.claims.length), []);
  });

  it('round-trips a small pack with figures, key terms and clauses, and an empty set of indexes', () => {
    const engines = new LanguageEngines(miniClaims, miniEntities);
    const indexes = engines.indexes();
    assert.ok(indexes.some((i) => [...i.features.values()].some((f) => f.figures.length > 0)));
    assert.ok(indexes.some((i) => [...i.features.values()].some((f) => f.keyTerms.size > 0)));
    assert.ok(indexes.some((i) => i.docs.some((d) => d.part)));
    const back = loaded(encodeIndexes(KEY, indexes), miniClaims.length);
    back.forEach((index, i) => assert.deepEqual(fields(index), fields(indexes[i]!)));
    assert.deepEqual(loaded(encodeIndexes(KEY, []), 0), []);
  });

  it('is compact: under 100 KB for the bundled packs’ indexes, a third of their compiled JSON or less; each lexicon under 25 KB', () => {
    assert.ok(indexBytes.length < 100_000, `${indexBytes.length} bytes`);
    assert.ok(bytes.length * 3 < JSON.stringify(pack).length, `${bytes.length} bytes`);
    assert.equal(builtLexicons.length, 2);
    assert.ok(bytes.length - indexBytes.length < 25_000 * builtLexicons.length, `${bytes.length - indexBytes.length} bytes of lexicons`);
  });
});

describe('serialised entity lexicons', () => {
  /** Every way a name may be written in a text: as the pack writes it, in lower case, in capitals. */
  const variants = (text: string): string[] => [text, text.toLowerCase(), text.toUpperCase()];
  const names = (): string[] =>
    pack.entities.flatMap((e) => [...Object.values(e.name), ...Object.values(e.aliases ?? {}).flat()]);

  /** A lexicon source with plain arrays (a read one has typed arrays, a built one plain ones). */
  const columns = (source: LexiconSource): Record<string, unknown> =>
    Object.fromEntries(Object.entries(source).map(([k, v]) => [k, typeof v === 'string' ? v : Array.from(v as ArrayLike<unknown>)]));

  it('reads back the French and English lexicons with the same names, in the same order', () => {
    assert.deepEqual(builtLexicons.map((l) => l.lang), ['en', 'fr']);
    const back = loadedLexicons(bytes, pack.claims.length);
    back.forEach((lexicon, i) => {
      const original = builtLexicons[i]!;
      assert.equal(lexicon.lang, original.lang);
      assert.deepEqual(columns(lexicon.source), columns(original.source), lexicon.lang);
      assert.deepEqual([...lexicon.nameWords], [...original.nameWords], lexicon.lang);
    });
    assert.ok(names().length >= 600, `${names().length} names`);
  });

  it('finds exactly what a built lexicon finds, in every entity name and every dev-set sentence, in both languages', () => {
    const back = new Map(loadedLexicons(bytes, pack.claims.length).map((l) => [l.lang, l]));
    const texts = [...names(), ...loadDevset().flatMap((f) => f.sentences.map((s) => s.text))].flatMap(variants);
    let found = 0;
    for (const original of builtLexicons) {
      const lexicon = back.get(original.lang)!;
      for (const text of texts) {
        const tokens = analyse(text, original.lang, { lexicon: original }).tokens;
        const spans = original.find(tokens);
        assert.deepEqual(lexicon.find(tokens), spans, text);
        for (const t of tokens) assert.equal(lexicon.hasStem(t.stem), original.hasStem(t.stem), t.stem);
        found += spans.length;
      }
    }
    assert.ok(texts.length > 5000, `${texts.length} texts`);
    assert.ok(found > 3000, `${found} entity mentions`);
  });

  it('a matcher on stored indexes and lexicons tokenizes no entity name', () => {
    const opened = openIndexes(bytes, KEY, pack.claims.length);
    const engines = new LanguageEngines(pack.claims, pack.entities, {
      stored: (lang) => opened.source(lang),
      storedLexicon: (lang) => opened.lexicon(lang),
    });
    engines.forLanguage('fr');
    engines.forLanguage('en');
    assert.equal(engines.builds, 0);
    assert.equal(engines.lexiconBuilds, 0);
    const withoutLexicons = new LanguageEngines(pack.claims, pack.entities, { stored: (lang) => opened.source(lang) });
    withoutLexicons.forLanguage('fr');
    assert.equal(withoutLexicons.lexiconBuilds, 2, 'the French engine builds the English lexicon too');
  });
});

describe('a matcher on the serialised index (and lexicons)', () => {
  let fresh: Matcher;
  let stored: Matcher;
  before(() => {
    const opened = openIndexes(bytes, KEY, pack.claims.length);
    fresh = createMatcher({ claims: pack.claims, entities: pack.entities });
    stored = createMatcher({
      claims: pack.claims,
      entities: pack.entities,
      indexes: { stored: (lang) => opened.source(lang), storedLexicon: (lang) => opened.lexicon(lang) },
    });
  });

  it('ranks and decides every dev-set sentence exactly as one that built its index, dated and undated', () => {
    let sentences = 0;
    for (const file of loadDevset()) {
      const blocks = file.sentences.map((s) => s.text);
      for (const page of [{ published: file.date }, {}]) {
        const a = fresh.explainBlocks(blocks, file.lang, 10, page);
        const b = stored.explainBlocks(blocks, file.lang, 10, page);
        assert.deepEqual(b, a, file.file);
        assert.deepEqual(stored.matchBlocks(blocks, file.lang, page), fresh.matchBlocks(blocks, file.lang, page), file.file);
        sentences += a.length;
      }
    }
    assert.ok(sentences > 1000, `${sentences} sentences`);
    assert.equal(stored.indexBuilds, 0, 'the stored matcher analysed no claim');
    assert.ok(fresh.indexBuilds >= 2);
  });

  it('matches the 36 corpus pages exactly as one that built its index', () => {
    const pages = readdirSync(corpusPages).filter((f) => f.endsWith('.html'));
    assert.equal(pages.length, 36);
    for (const name of pages) {
      const page = extractPageText(readFileSync(join(corpusPages, name), 'utf8'));
      const context = page.published !== undefined ? { published: page.published } : {};
      assert.deepEqual(stored.explainBlocks(page.blocks, page.lang, 5, context), fresh.explainBlocks(page.blocks, page.lang, 5, context), name);
    }
    assert.equal(stored.indexBuilds, 0);
  });
});

describe('serialised index: bad data is refused with IndexCodecError', () => {
  it('refuses what is not an index, another format, another key, another claim count', () => {
    refuses(new Uint8Array(0), /not a Recoupe index/);
    refuses(new TextEncoder().encode('{"terms": []}'), /not a Recoupe index/);
    const other = bytes.slice();
    new DataView(other.buffer).setUint32(4, INDEX_FORMAT + 1, true);
    refuses(other, /format/);
    refuses(bytes, /other packs or by another matcher/, 'another-key');
    refuses(bytes, /claims/, KEY, pack.claims.length + 1);
  });

  it('refuses an altered byte (checksum) and every truncation', () => {
    const flipped = bytes.slice();
    flipped[Math.floor(bytes.length / 2)]! ^= 0x40;
    refuses(flipped, /checksum/);
    for (let length = 0; length < bytes.length; length += Math.max(1, Math.floor(bytes.length / 97))) {
      assert.throws(() => openIndexes(bytes.subarray(0, length), KEY, pack.claims.length), IndexCodecError, `truncated to ${length}`);
      assert.throws(() => openIndexes(resealed(bytes.subarray(0, length)), KEY, pack.claims.length), IndexCodecError, `truncated to ${length}, resealed`);
    }
  });

  it('refuses trailing bytes', () => {
    const longer = new Uint8Array(bytes.length + 4);
    longer.set(bytes);
    refuses(resealed(longer), /trailing/);
  });

  it('never throws anything but IndexCodecError, nor loops, on altered bytes that pass the checksum', () => {
    const engines = new LanguageEngines(miniClaims, miniEntities);
    const indexes = engines.indexes();
    const small = encodeIndexes(KEY, indexes, engines.lexicons());
    assert.ok(engines.lexicons().length >= 2);
    // The lexicons come after the indexes: from the lexicon count on (the last 4 bytes of the indexes alone).
    const lexiconsAt = encodeIndexes(KEY, indexes).length - 4;
    const tokens = analyse('The Nusra Front and the IS near Hama: nusra, HAMA, front al-Nosra.', 'en', { lexicon: engines.lexicons()[0]! }).tokens;
    const check = (edits: [number, number][]): void => {
      const data = small.slice();
      for (const [at, value] of edits) data[at] = value;
      try {
        const stored = openIndexes(resealed(data), KEY, miniClaims.length);
        // What reads must still assemble into an index, and a lexicon that finds, without an error.
        for (const lang of stored.langs) LangIndex.assemble(stored.source(lang)!);
        for (const lang of stored.lexiconLangs) EntityLexicon.fromSource(stored.lexicon(lang)!).find(tokens);
      } catch (error) {
        if (!(error instanceof IndexCodecError)) throw error;
      }
    };
    const edit = (from: number): fc.Arbitrary<[number, number][]> =>
      fc.array(fc.tuple(fc.integer({ min: from, max: small.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 4 });
    fc.assert(fc.property(edit(12), check), { numRuns: 400 });
    fc.assert(fc.property(edit(lexiconsAt), check), { numRuns: 400 });
  });

  it('refuses lexicon data that reads but is not a lexicon (an empty name, a flag not 0 or 1), and two lexicons of one language', () => {
    const engines = new LanguageEngines(miniClaims, miniEntities);
    const indexes = engines.indexes();
    const lexicon = engines.lexicons()[0]!;
    const good: LexiconSource = {
      lang: 'en',
      keyTable: ['hama', 'homs'],
      keys: [0, 1],
      offsets: [0, 1, 2],
      lower: [0, 0],
      entityTable: ['hama', 'homs'],
      entities: [0, 1],
      acronyms: [0, 0],
      nameWords: ['hama'],
    };
    const encoded = (source: LexiconSource): Uint8Array =>
      encodeIndexes(KEY, indexes, [{ lang: source.lang, source } as unknown as EntityLexicon]);
    const refusedAs = (source: LexiconSource, message: RegExp): void =>
      assert.throws(() => openIndexes(encoded(source), KEY, miniClaims.length), (e: unknown) => e instanceof IndexCodecError && message.test(e.message));
    assert.deepEqual(openIndexes(encoded(good), KEY, miniClaims.length).lexicon('en'), {
      ...good,
      keys: Int32Array.from(good.keys),
      offsets: Int32Array.from(good.offsets),
      lower: Uint8Array.from(good.lower),
      entities: Int32Array.from(good.entities),
      acronyms: Uint8Array.from(good.acronyms),
    });
    refusedAs({ ...good, offsets: [0, 0, 2] }, /empty name/);
    refusedAs({ ...good, lower: [0, 2] }, /flag/);
    refusedAs({ ...good, acronyms: [3, 0] }, /flag/);
    refusedAs({ ...good, keys: [0, 2] }, /lexicon key/);
    refusedAs({ ...good, entities: [0, 2] }, /lexicon entity/);
    refusedAs({ ...good, offsets: [0, 1] }, /offsets/);
    assert.throws(() => encodeIndexes(KEY, indexes, [lexicon, lexicon]), IndexCodecError);
  });
});
