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

export class EntityLexicon {
  readonly #root: TrieNode = { next: new Map() };
  /** Distinctive folded alias words, for fuzzy lookup of spelling variants. */
  readonly nameWords = new Set<string>();
  readonly lang: string;

  constructor(entities: readonly Entity[], lang: string) {
    this.lang = lang;
    for (const entity of entities) {
      const names = new Set<string>();
      for (const n of Object.values(entity.name)) names.add(n);
      for (const list of Object.values(entity.aliases ?? {})) for (const n of list) names.add(n);
      for (const name of names) this.#add(name, entity.id);
    }
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
      let child = node.next.get(key);
      if (!child) {
        child = { next: new Map() };
        node.next.set(key, child);
      }
      if (t.case === 'lower') child.lowerOk = true;
      node = child;
      if (t.value === undefined && t.word.length >= 5 && !isStopword(t.word, this.lang)) this.nameWords.add(t.word);
    }
    // First entity to claim a name keeps it: pack order decides, deterministically.
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
