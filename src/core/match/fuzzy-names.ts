// Spelling variants of names (Kuwayris/Kweires, Nousra/Nosra) that no alias lists. fuse.js proposes
// close alias words; a stricter check keeps only true variants, because a common word that happens
// to be close to a place name ("Hamas"/"Hama", "homes"/"Homs") must not become that place.
import Fuse from 'fuse.js';

/** Consonant skeleton: vowels, h, w, y dropped; ch/sh/sch and c/k/q merged; doubles collapsed. */
export function skeleton(word: string): string {
  return word
    .replace(/sch|ch|sh/g, 'S')
    .replace(/[ckq]/g, 'k')
    .replace(/[aeiouyhw]/g, '')
    .replace(/(.)\1+/g, '$1');
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** True when `word` reads as a spelling variant of the name `name` (both folded). */
export function isNameVariant(word: string, name: string): boolean {
  if (word[0] !== name[0] && skeleton(word)[0] !== skeleton(name)[0]) return false;
  const sw = skeleton(word);
  if (word.length >= 6 && sw.length >= 3 && sw === skeleton(name)) return true;
  return word.length >= 7 && name.length >= 7 && editDistanceAtMostOne(word, name);
}

export const MIN_FUZZY_LENGTH = 6;

export class FuzzyNames {
  readonly #list: readonly string[];
  #fuse: Fuse<string> | undefined;
  readonly #cache = new Map<string, string | null>();

  constructor(names: Iterable<string>) {
    this.#list = [...new Set(names)].filter((n) => n.length >= MIN_FUZZY_LENGTH - 1);
  }

  /** fuse.js's index, made on the first word long enough to look up (a woken worker's first page may need none). */
  get #index(): Fuse<string> {
    this.#fuse ??= new Fuse(this.#list, { includeScore: true, threshold: 0.4, ignoreLocation: true, minMatchCharLength: 3 });
    return this.#fuse;
  }

  /** The alias word `word` is a variant of, or undefined. Results are cached: pages repeat names. */
  resolve(word: string): string | undefined {
    const cached = this.#cache.get(word);
    if (cached !== undefined) return cached ?? undefined;
    let found: string | null = null;
    if (word.length >= MIN_FUZZY_LENGTH) {
      for (const hit of this.#index.search(word, { limit: 3 })) {
        if (isNameVariant(word, hit.item)) {
          found = hit.item;
          break;
        }
      }
    }
    if (this.#cache.size > 50_000) this.#cache.clear();
    this.#cache.set(word, found);
    return found ?? undefined;
  }
}
