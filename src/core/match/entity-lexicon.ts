// Entity names and aliases as token sequences, found in text by longest match, so "Front al-Nosra",
// "al-Nusra Front" and "Nosra" all become the one term "@nusra-front" on both the claim and page side.
import type { Entity } from '../pack/types.ts';
import { isStopword } from '../text/stopwords.ts';
import { matchStem } from '../text/synonyms.ts';
import { tokenize } from '../text/tokens.ts';

export interface LexToken {
  word: string;
  stem: string;
  case: 'upper' | 'title' | 'lower';
}

export interface EntitySpan {
  start: number;
  end: number;
  entity: string;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  entity?: string;
  /** Short all-caps alias ("EI", "IS"): only matches all-caps text, so the verb "is" is not a state. */
  acronym?: boolean;
  /**
   * Some name writes the word leading here in lower case ("jihadistes", "province de Hama"). Otherwise
   * every name capitalises it, and a lower-case word of the text is a common word, not the name: the
   * stems of "homes" and "Homs" are the same.
   */
  lowerOk?: boolean;
}

/**
 * What building a lexicon computes from the entities, without the tokenizer and stemmer: each name that
 * reaches the trie, in the order added, as its keys (stems, or the words of number tokens), which of its
 * words the name writes in lower case, its entity and whether it is an acronym; and the name words in
 * the order found. Serialised with the indexes (index-codec.ts) so a woken background does not tokenize
 * and stem every name again; `EntityLexicon.fromSource` replays it into the same trie. In columns, so
 * reading it back allocates nothing per name.
 */
export interface LexiconSource {
  readonly lang: string;
  /** The distinct keys, and every name's keys as ids into them, one name after the other. */
  readonly keyTable: readonly string[];
  readonly keys: ArrayLike<number>;
  /** Name i's keys are keys[offsets[i]] up to keys[offsets[i + 1]] (names + 1 offsets, each name non-empty). */
  readonly offsets: ArrayLike<number>;
  /** Per key of a name: 1 where the name writes that word in lower case, else 0. */
  readonly lower: ArrayLike<number>;
  /** The distinct entity ids, and each name's entity as an id into them. */
  readonly entityTable: readonly string[];
  readonly entities: ArrayLike<number>;
  /** Per name: 1 for an acronym, else 0. */
  readonly acronyms: ArrayLike<number>;
  readonly nameWords: readonly string[];
}

export class EntityLexicon {
  readonly #root: TrieNode = { next: new Map() };
  /** Distinctive folded alias words, for fuzzy lookup of spelling variants. */
  readonly nameWords = new Set<string>();
  readonly lang: string;
  /** What was added, for `source` (a built lexicon only; a loaded one keeps the source it came from). */
  readonly #keyIds = new Map<string, number>();
  readonly #entityIds = new Map<string, number>();
  readonly #keys: number[] = [];
  readonly #offsets: number[] = [0];
  readonly #lower: number[] = [];
  readonly #entities: number[] = [];
  readonly #acronyms: number[] = [];
  #source: LexiconSource | undefined;

  constructor(entities: readonly Entity[], lang: string) {
    this.lang = lang;
    for (const entity of entities) {
      const names = new Set<string>();
      for (const n of Object.values(entity.name)) names.add(n);
      for (const list of Object.values(entity.aliases ?? {})) for (const n of list) names.add(n);
      for (const name of names) this.#add(name, entity.id);
    }
  }

  /**
   * The lexicon a build computed (`source`), without tokenizing or stemming anything. The source must
   * be consistent (index-codec.ts checks what it reads: offsets, ids in range, no empty name).
   */
  static fromSource(source: LexiconSource): EntityLexicon {
    const lexicon = new EntityLexicon([], source.lang);
    const { keyTable, keys, offsets, lower, entityTable, entities, acronyms } = source;
    for (let i = 0; i < entities.length; i++) {
      let node = lexicon.#root;
      for (let k = offsets[i]!; k < offsets[i + 1]!; k++) node = EntityLexicon.#step(node, keyTable[keys[k]!]!, lower[k] === 1);
      EntityLexicon.#claim(node, entityTable[entities[i]!]!, acronyms[i] === 1);
    }
    for (const word of source.nameWords) lexicon.nameWords.add(word);
    lexicon.#source = source;
    return lexicon;
  }

  /** What this lexicon was built from, for serialising (fromSource gives the same lexicon back). */
  get source(): LexiconSource {
    return (
      this.#source ?? {
        lang: this.lang,
        keyTable: [...this.#keyIds.keys()],
        keys: this.#keys,
        offsets: this.#offsets,
        lower: this.#lower,
        entityTable: [...this.#entityIds.keys()],
        entities: this.#entities,
        acronyms: this.#acronyms,
        nameWords: [...this.nameWords],
      }
    );
  }

  #add(name: string, id: string): void {
    const tokens = tokenize(name, this.lang);
    if (tokens.length === 0) return;
    // A name made only of function words would fire everywhere; it must at least be an acronym.
    const acronym = tokens.length === 1 && tokens[0]!.case === 'upper' && tokens[0]!.word.length <= 5;
    if (!acronym && tokens.every((t) => isStopword(t.word, this.lang))) return;
    let node = this.#root;
    for (const t of tokens) {
      const key = t.value !== undefined ? t.word : matchStem(t.word, this.lang);
      node = EntityLexicon.#step(node, key, t.case === 'lower');
      if (t.value === undefined && t.word.length >= 5 && !isStopword(t.word, this.lang)) this.nameWords.add(t.word);
      if (!this.#keyIds.has(key)) this.#keyIds.set(key, this.#keyIds.size);
      this.#keys.push(this.#keyIds.get(key)!);
      this.#lower.push(t.case === 'lower' ? 1 : 0);
    }
    EntityLexicon.#claim(node, id, acronym);
    if (!this.#entityIds.has(id)) this.#entityIds.set(id, this.#entityIds.size);
    this.#offsets.push(this.#keys.length);
    this.#entities.push(this.#entityIds.get(id)!);
    this.#acronyms.push(acronym ? 1 : 0);
  }

  /** The child of `node` for `key`, made if missing; a name writing that word in lower case allows it so. */
  static #step(node: TrieNode, key: string, lower: boolean): TrieNode {
    let child = node.next.get(key);
    if (!child) {
      child = { next: new Map() };
      node.next.set(key, child);
    }
    if (lower) child.lowerOk = true;
    return child;
  }

  /** First entity to claim a name keeps it: pack order decides, deterministically. */
  static #claim(node: TrieNode, id: string, acronym: boolean): void {
    if (node.entity === undefined) {
      node.entity = id;
      if (acronym) node.acronym = true;
    }
  }

  hasStem(s: string): boolean {
    return this.#root.next.has(s);
  }

  /** Non-overlapping entity mentions, longest first from left to right. */
  find(tokens: readonly LexToken[]): EntitySpan[] {
    const spans: EntitySpan[] = [];
    for (let i = 0; i < tokens.length; ) {
      let node: TrieNode | undefined = this.#root;
      let best: EntitySpan | undefined;
      for (let j = i; j < tokens.length && node; j++) {
        node = node.next.get(tokens[j]!.stem);
        if (node && !node.lowerOk && tokens[j]!.case === 'lower') break;
        if (node?.entity !== undefined && (!node.acronym || (j === i && tokens[i]!.case === 'upper'))) {
          best = { start: i, end: j + 1, entity: node.entity };
        }
      }
      if (best) {
        spans.push(best);
        i = best.end;
      } else i++;
    }
    return spans;
  }
}
