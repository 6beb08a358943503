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
 * and stem every name again; `EntityLexicon.fromSource` replays it into the same trie.
 */
export interface LexiconSource {
  readonly lang: string;
  readonly names: readonly LexiconName[];
  readonly nameWords: readonly string[];
}

export interface LexiconName {
  readonly keys: readonly string[];
  /** Per key: the name writes that word in lower case. */
  readonly lower: readonly boolean[];
  readonly entity: string;
  readonly acronym: boolean;
}

export class EntityLexicon {
  readonly #root: TrieNode = { next: new Map() };
  /** Distinctive folded alias words, for fuzzy lookup of spelling variants. */
  readonly nameWords = new Set<string>();
  readonly lang: string;
  readonly #names: LexiconName[] = [];

  constructor(entities: readonly Entity[], lang: string) {
    this.lang = lang;
    for (const entity of entities) {
      const names = new Set<string>();
      for (const n of Object.values(entity.name)) names.add(n);
      for (const list of Object.values(entity.aliases ?? {})) for (const n of list) names.add(n);
      for (const name of names) this.#add(name, entity.id);
    }
  }

  /** The lexicon a build computed (`source`), without tokenizing or stemming anything. */
  static fromSource(source: LexiconSource): EntityLexicon {
    const lexicon = new EntityLexicon([], source.lang);
    for (const name of source.names) lexicon.#insert(name);
    for (const word of source.nameWords) lexicon.nameWords.add(word);
    return lexicon;
  }

  /** What this lexicon was built from, for serialising (fromSource gives the same lexicon back). */
  get source(): LexiconSource {
    return { lang: this.lang, names: this.#names, nameWords: [...this.nameWords] };
  }

  #add(name: string, id: string): void {
    const tokens = tokenize(name, this.lang);
    if (tokens.length === 0) return;
    // A name made only of function words would fire everywhere; it must at least be an acronym.
    const acronym = tokens.length === 1 && tokens[0]!.case === 'upper' && tokens[0]!.word.length <= 5;
    if (!acronym && tokens.every((t) => isStopword(t.word, this.lang))) return;
    const keys: string[] = [];
    const lower: boolean[] = [];
    for (const t of tokens) {
      keys.push(t.value !== undefined ? t.word : matchStem(t.word, this.lang));
      lower.push(t.case === 'lower');
      if (t.value === undefined && t.word.length >= 5 && !isStopword(t.word, this.lang)) this.nameWords.add(t.word);
    }
    this.#insert({ keys, lower, entity: id, acronym });
  }

  #insert(name: LexiconName): void {
    this.#names.push(name);
    let node = this.#root;
    name.keys.forEach((key, i) => {
      let child = node.next.get(key);
      if (!child) {
        child = { next: new Map() };
        node.next.set(key, child);
      }
      if (name.lower[i]) child.lowerOk = true;
      node = child;
    });
    // First entity to claim a name keeps it: pack order decides, deterministically.
    if (node.entity === undefined) {
      node.entity = name.entity;
      if (name.acronym) node.acronym = true;
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
