// The per-language indexes in a compact binary form, so a woken background loads them instead of
// analysing every claim again (docs/adr/0014-serialised-index.md): the bundled packs' indexes are written
// at build time, imported packs' ones are kept in IndexedDB after their first build.
//
// What is stored is what analysing the claims gave (LangIndexSource: terms, documents as term-id
// sequences, figures and key terms); idf, posting lists and pooled frequencies are derived again by
// LangIndex.assemble, the same code that derives them after a build, so a loaded index equals a built one.
// Integers are stored in the narrowest of 1, 2 or 4 bytes, strings as one UTF-8 run with their lengths.
//
// The entity lexicons are stored too (format 2): what building one computes from the entities (each
// name's key ids, lower-case flags, entity id and acronym flag, the key and entity tables, and the name
// words; LexiconSource), replayed by
// EntityLexicon.fromSource into the same trie, so the names are not tokenized and stemmed again.
//
// Layout: "RCPX", format (u32), checksum of the rest (u32, FNV-1a), then the key (the packs' content hash
// and matcher version, chosen by the caller), the claim total, each language's columns, then the number of
// lexicons and each lexicon's columns (a lexicon per language, not tied to a language's index). Anything
// unexpected (another format or key, a bad checksum, a truncated buffer, an offset or id out of range)
// throws IndexCodecError: the caller then builds the index as if nothing had been stored.
import type { EntityLexicon, LexiconSource } from './entity-lexicon.ts';
import type { FigureRule } from './figures.ts';
import type { ClaimFeatures, LangIndex, LangIndexSource, SourceDoc } from './lang-index.ts';

/** Bump when the layout or what LangIndexSource holds changes: older stored indexes are then rebuilt. */
export const INDEX_FORMAT = 2;

const MAGIC = [0x52, 0x43, 0x50, 0x58]; // "RCPX"
const PREAMBLE = 12; // magic, format, checksum

export class IndexCodecError extends Error {
  override readonly name = 'IndexCodecError';
}

/** FNV-1a over bytes: catches a truncated or altered buffer (not an adversary: the data is our own). */
export function checksum(bytes: Uint8Array, from = 0): number {
  let h = 0x811c9dc5;
  for (let i = from; i < bytes.length; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
  return h >>> 0;
}

class Writer {
  #buf = new Uint8Array(1 << 16);
  #view = new DataView(this.#buf.buffer);
  length = 0;

  #room(n: number): void {
    if (this.length + n <= this.#buf.length) return;
    let size = this.#buf.length * 2;
    while (size < this.length + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.#buf.subarray(0, this.length));
    this.#buf = next;
    this.#view = new DataView(next.buffer);
  }

  #align(to: number): void {
    const pad = (to - (this.length % to)) % to;
    this.#room(pad);
    this.length += pad; // fresh bytes are zero
  }

  u32(n: number): void {
    this.#room(4);
    this.#view.setUint32(this.length, n, true);
    this.length += 4;
  }

  bytes(data: Uint8Array): void {
    this.u32(data.length);
    this.#room(data.length);
    this.#buf.set(data, this.length);
    this.length += data.length;
  }

  /** Non-negative integers below 2^31, in the narrowest width that holds the largest. */
  ints(values: ArrayLike<number>): void {
    let max = 0;
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!;
      if (!Number.isInteger(v) || v < 0 || v > 0x7fffffff) throw new IndexCodecError(`cannot store ${v} as an index integer`);
      if (v > max) max = v;
    }
    const width = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
    this.u32(width);
    this.u32(values.length);
    this.#align(width);
    this.#room(values.length * width);
    const Typed = width === 1 ? Uint8Array : width === 2 ? Uint16Array : Int32Array;
    new Typed(this.#buf.buffer, this.length, values.length).set(values);
    this.length += values.length * width;
  }

  floats(values: ArrayLike<number>): void {
    this.u32(values.length);
    this.#align(8);
    this.#room(values.length * 8);
    new Float64Array(this.#buf.buffer, this.length, values.length).set(values);
    this.length += values.length * 8;
  }

  /** Strings as their UTF-16 lengths and one UTF-8 run. */
  strings(values: readonly string[]): void {
    this.ints(values.map((s) => s.length));
    this.bytes(new TextEncoder().encode(values.join('')));
  }

  string(value: string): void {
    this.strings([value]);
  }

  done(): Uint8Array {
    return this.#buf.slice(0, this.length);
  }
}

class Reader {
  readonly #bytes: Uint8Array;
  readonly #view: DataView;
  at: number;

  constructor(bytes: Uint8Array, at: number) {
    this.#bytes = bytes;
    this.#view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.at = at;
  }

  #need(n: number): void {
    if (n < 0 || this.at + n > this.#bytes.length) throw new IndexCodecError('truncated index data');
  }

  #align(to: number): void {
    this.at += (to - (this.at % to)) % to;
  }

  u32(): number {
    this.#need(4);
    const n = this.#view.getUint32(this.at, true);
    this.at += 4;
    return n;
  }

  bytes(): Uint8Array {
    const n = this.u32();
    this.#need(n);
    const out = this.#bytes.slice(this.at, this.at + n);
    this.at += n;
    return out;
  }

  ints(): Int32Array {
    const width = this.u32();
    const count = this.u32();
    if (width !== 1 && width !== 2 && width !== 4) throw new IndexCodecError(`bad integer width ${width}`);
    this.#align(width);
    this.#need(count * width);
    const start = this.#bytes.byteOffset + this.at;
    const raw = this.#bytes.buffer.slice(start, start + count * width);
    this.at += count * width;
    if (width === 4) return new Int32Array(raw);
    return Int32Array.from(width === 1 ? new Uint8Array(raw) : new Uint16Array(raw));
  }

  floats(): Float64Array {
    const count = this.u32();
    this.#align(8);
    this.#need(count * 8);
    const start = this.#bytes.byteOffset + this.at;
    const out = new Float64Array(this.#bytes.buffer.slice(start, start + count * 8));
    this.at += count * 8;
    return out;
  }

  strings(): string[] {
    const lengths = this.ints();
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(this.bytes());
    } catch {
      throw new IndexCodecError('index strings are not UTF-8');
    }
    const out: string[] = [];
    let at = 0;
    for (const len of lengths) {
      out.push(text.slice(at, at + len));
      at += len;
    }
    if (at !== text.length) throw new IndexCodecError('index string lengths do not add up');
    return out;
  }

  string(): string {
    const [s] = this.strings();
    if (s === undefined) throw new IndexCodecError('missing string');
    return s;
  }

  get remaining(): number {
    return this.#bytes.length - this.at;
  }
}

/** Offsets (n + 1 of them, from 0 up to the flat column's length) splitting a flat column into n runs. */
function checkOffsets(offsets: Int32Array, runs: number, flat: number, what: string): void {
  if (offsets.length !== runs + 1 || offsets[0] !== 0 || offsets[runs] !== flat) throw new IndexCodecError(`${what}: bad offsets`);
  for (let i = 0; i < runs; i++) if (offsets[i]! > offsets[i + 1]!) throw new IndexCodecError(`${what}: bad offsets`);
}

function checkBelow(values: Int32Array, limit: number, what: string): void {
  for (const v of values) if (v >= limit) throw new IndexCodecError(`${what}: ${v} out of range (< ${limit})`);
}

function writeSource(w: Writer, index: LangIndex): void {
  w.string(index.lang);
  w.u32(index.claimCount);
  w.u32(index.claimLength.length);
  w.strings(index.terms);
  w.bytes(index.nameTerms);
  const docs = index.docs;
  w.ints(docs.map((d) => d.claim));
  w.bytes(Uint8Array.from(docs, (d) => (d.part ? 1 : 0)));
  const seqOffsets = [0];
  for (const d of docs) seqOffsets.push(seqOffsets.at(-1)! + d.seq.length);
  w.ints(seqOffsets);
  const seq = new Int32Array(seqOffsets.at(-1)!);
  docs.forEach((d, i) => seq.set(d.seq, seqOffsets[i]));
  w.ints(seq);
  const claims = [...index.features.keys()];
  const features = [...index.features.values()];
  w.ints(claims);
  const keyOffsets = [0];
  const keyTerms: number[] = [];
  const figureOffsets = [0];
  const figures: FigureRule[] = [];
  for (const f of features) {
    keyTerms.push(...f.keyTerms);
    keyOffsets.push(keyTerms.length);
    figures.push(...f.figures);
    figureOffsets.push(figures.length);
  }
  w.ints(keyOffsets);
  w.ints(keyTerms);
  w.ints(figureOffsets);
  w.floats(figures.map((f) => f.value));
  w.bytes(Uint8Array.from(figures, (f) => (f.window ? 1 : 0)));
  const countOffsets = [0];
  const counts: string[] = [];
  for (const f of figures) {
    counts.push(...f.counts);
    countOffsets.push(counts.length);
  }
  w.ints(countOffsets);
  w.strings(counts);
}

function readSource(r: Reader, claimTotal: number): LangIndexSource {
  const lang = r.string();
  const claimCount = r.u32();
  const total = r.u32();
  if (total !== claimTotal) throw new IndexCodecError(`index for ${total} claims, the packs have ${claimTotal}`);
  if (claimCount > claimTotal) throw new IndexCodecError('more claims in a language than in all');
  const terms = r.strings();
  if (new Set(terms).size !== terms.length) throw new IndexCodecError('repeated terms');
  const nameTerms = r.bytes();
  if (nameTerms.length !== terms.length) throw new IndexCodecError('name flags do not match the terms');
  const docClaims = r.ints();
  const parts = r.bytes();
  const seqOffsets = r.ints();
  const seq = r.ints();
  if (parts.length !== docClaims.length) throw new IndexCodecError('document columns differ in length');
  checkOffsets(seqOffsets, docClaims.length, seq.length, 'documents');
  checkBelow(docClaims, claimTotal, 'document claim');
  checkBelow(seq, terms.length, 'document term');
  const docs: SourceDoc[] = [];
  for (let i = 0; i < docClaims.length; i++) {
    // Documents come in claim order (LangIndex.assemble counts each claim once per term on that basis).
    if (i > 0 && docClaims[i]! < docClaims[i - 1]!) throw new IndexCodecError('documents out of claim order');
    if (seqOffsets[i] === seqOffsets[i + 1]) throw new IndexCodecError('empty document');
    docs.push({ claim: docClaims[i]!, seq: seq.subarray(seqOffsets[i], seqOffsets[i + 1]), part: parts[i] === 1 });
  }
  const featureClaims = r.ints();
  checkBelow(featureClaims, claimTotal, 'feature claim');
  const keyOffsets = r.ints();
  const keyTerms = r.ints();
  checkOffsets(keyOffsets, featureClaims.length, keyTerms.length, 'key terms');
  checkBelow(keyTerms, terms.length, 'key term');
  const figureOffsets = r.ints();
  const values = r.floats();
  const windows = r.bytes();
  const countOffsets = r.ints();
  const counts = r.strings();
  checkOffsets(figureOffsets, featureClaims.length, values.length, 'figures');
  if (windows.length !== values.length) throw new IndexCodecError('figure columns differ in length');
  checkOffsets(countOffsets, values.length, counts.length, 'figure counts');
  const figures: FigureRule[] = [];
  for (let i = 0; i < values.length; i++) {
    figures.push({ value: values[i]!, counts: new Set(counts.slice(countOffsets[i], countOffsets[i + 1])), window: windows[i] === 1 });
  }
  const features = new Map<number, ClaimFeatures>();
  for (let i = 0; i < featureClaims.length; i++) {
    features.set(featureClaims[i]!, {
      figures: figures.slice(figureOffsets[i], figureOffsets[i + 1]),
      keyTerms: new Set(keyTerms.subarray(keyOffsets[i], keyOffsets[i + 1])),
    });
  }
  if (features.size !== featureClaims.length) throw new IndexCodecError('repeated feature claims');
  return { lang, terms, nameTerms, claimCount, claimTotal, docs, features };
}

/** Bytes that are flags: 0 or 1, nothing else. */
function checkFlags(bytes: Uint8Array, what: string): Uint8Array {
  for (const b of bytes) if (b > 1) throw new IndexCodecError(`${what}: flag ${b}`);
  return bytes;
}

function writeLexicon(w: Writer, source: LexiconSource): void {
  w.string(source.lang);
  w.strings(source.keyTable);
  w.strings(source.entityTable);
  w.ints(source.offsets);
  w.ints(source.keys);
  w.bytes(Uint8Array.from(source.lower));
  w.ints(source.entities);
  w.bytes(Uint8Array.from(source.acronyms));
  w.strings(source.nameWords);
}

function readLexicon(r: Reader): LexiconSource {
  const lang = r.string();
  const keyTable = r.strings();
  const entityTable = r.strings();
  if (new Set(keyTable).size !== keyTable.length || new Set(entityTable).size !== entityTable.length) {
    throw new IndexCodecError('lexicon: repeated strings');
  }
  const offsets = r.ints();
  const keys = r.ints();
  const lower = checkFlags(r.bytes(), 'lexicon lower case');
  const entities = r.ints();
  const acronyms = checkFlags(r.bytes(), 'lexicon acronym');
  const nameWords = r.strings();
  checkOffsets(offsets, entities.length, keys.length, 'lexicon names');
  if (lower.length !== keys.length || acronyms.length !== entities.length) throw new IndexCodecError('lexicon columns differ in length');
  checkBelow(keys, keyTable.length, 'lexicon key');
  checkBelow(entities, entityTable.length, 'lexicon entity');
  // A name of no key would make the trie's root an entity.
  for (let i = 0; i < entities.length; i++) if (offsets[i] === offsets[i + 1]) throw new IndexCodecError('lexicon: empty name');
  if (new Set(nameWords).size !== nameWords.length) throw new IndexCodecError('lexicon: repeated name words');
  return { lang, keyTable, keys, offsets, lower, entityTable, entities, acronyms, nameWords };
}

/**
 * Serialises built indexes, and the entity lexicons given (at most one per language). `key` names what
 * they were built from and by which code (the caller's content hash of the packs and the matcher
 * version); reading needs the same key back.
 */
export function encodeIndexes(key: string, indexes: readonly LangIndex[], lexicons: readonly EntityLexicon[] = []): Uint8Array {
  const out = new Writer();
  out.u32(0); // magic, set below
  out.u32(INDEX_FORMAT);
  out.u32(0); // checksum, set below
  out.string(key);
  const claimTotal = indexes[0]?.claimLength.length ?? 0;
  if (indexes.some((i) => i.claimLength.length !== claimTotal)) throw new IndexCodecError('indexes of different claim lists');
  out.u32(claimTotal);
  out.u32(indexes.length);
  for (const index of indexes) writeSource(out, index);
  if (new Set(lexicons.map((l) => l.lang)).size !== lexicons.length) throw new IndexCodecError('two lexicons of one language');
  out.u32(lexicons.length);
  for (const lexicon of lexicons) writeLexicon(out, lexicon.source);
  const bytes = out.done();
  bytes.set(MAGIC, 0);
  new DataView(bytes.buffer).setUint32(8, checksum(bytes, PREAMBLE), true);
  return bytes;
}

/** The languages in serialised indexes, decoded and checked. */
export interface StoredIndexes {
  readonly langs: readonly string[];
  source(lang: string): LangIndexSource | undefined;
  /** The languages whose entity lexicon is stored. */
  readonly lexiconLangs: readonly string[];
  lexicon(lang: string): LexiconSource | undefined;
}

/**
 * Reads serialised indexes, checked against the key and claim count expected; throws IndexCodecError when
 * they are of another format or key, altered, truncated or inconsistent. Every language is decoded (and
 * checked) here, so a bad buffer is refused as a whole before any of it is used.
 */
export function openIndexes(data: Uint8Array, key: string, claimTotal: number): StoredIndexes {
  if (data.length < PREAMBLE || MAGIC.some((b, i) => data[i] !== b)) throw new IndexCodecError('not a Recoupe index');
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const format = view.getUint32(4, true);
  if (format !== INDEX_FORMAT) throw new IndexCodecError(`index format ${format}, expected ${INDEX_FORMAT}`);
  if (view.getUint32(8, true) !== checksum(data, PREAMBLE)) throw new IndexCodecError('index checksum mismatch');
  const r = new Reader(data, PREAMBLE);
  const storedKey = r.string();
  if (storedKey !== key) throw new IndexCodecError('index built from other packs or by another matcher version');
  const total = r.u32();
  if (total !== claimTotal) throw new IndexCodecError(`index for ${total} claims, the packs have ${claimTotal}`);
  const count = r.u32();
  const sources = new Map<string, LangIndexSource>();
  for (let i = 0; i < count; i++) {
    const source = readSource(r, claimTotal);
    if (sources.has(source.lang)) throw new IndexCodecError(`language ${source.lang} twice`);
    sources.set(source.lang, source);
  }
  const lexiconCount = r.u32();
  const lexicons = new Map<string, LexiconSource>();
  for (let i = 0; i < lexiconCount; i++) {
    const lexicon = readLexicon(r);
    if (lexicons.has(lexicon.lang)) throw new IndexCodecError(`lexicon of ${lexicon.lang} twice`);
    lexicons.set(lexicon.lang, lexicon);
  }
  if (r.remaining !== 0) throw new IndexCodecError('trailing bytes after the index');
  return {
    langs: [...sources.keys()],
    source: (lang) => sources.get(lang),
    lexiconLangs: [...lexicons.keys()],
    lexicon: (lang) => lexicons.get(lang),
  };
}
