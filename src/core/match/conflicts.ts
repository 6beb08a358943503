// Conflicts: evidence in a sentence that it states something other than the claim, even though it shares
// the claim's words. Each is a reason to refuse the match, shown by `recoupe scan --explain`:
// - figure: another value for one of the claim's counted quantities (figures.ts, checked by the ranker);
// - places: the claim lists places (three or more) and the sentence's list has another one in it
//   ("Idleb, Hama, Alep, Lattaquié et Damas" is another day's list than "Hama, Homs, Alep, Lattaquié, Damas");
// - attempt: the claim says an action is being attempted or announced and the sentence that it was
//   accomplished, or the reverse ("broke the siege" is not "is trying to break the siege", "has been
//   delivered" is not "will be deployed");
// - date: the sentence dates what it states (a day of the month) after the claim's date;
// - question: the sentence asks ("Did four Russian missiles fall in Iran?"): it reports that something is
//   in question, it does not state it;
// - subject: the sentence opens on another named subject than the claim's for the same statement
//   ("Milwaukee has the highest…" is not "Chicago has the highest…").
import type { Claim, Entity } from '../pack/types.ts';
import { foldText } from '../text/normalise.ts';
import { analyse, type AnalyseContext, type Analysis } from './analyse.ts';

export type ConflictKind = 'figure' | 'subject' | 'places' | 'attempt' | 'date' | 'page-date' | 'question';

export interface Conflict {
  readonly kind: ConflictKind;
  readonly detail: string;
  /**
   * What the sentence says and what the claim says, for plain-words reasons (reasons.ts): figure values,
   * 'attempt' | 'accomplished', ISO dates, subject words; for places only `said` (the unlisted place).
   */
  readonly said?: string;
  readonly claimed?: string;
}

export interface ConflictContext {
  readonly analyse: AnalyseContext;
  readonly kindOf: (entityId: string) => Entity['kind'] | undefined;
  /** An entity's parent: for a place, the larger place it lies in (a province's country). */
  readonly parentOf?: (entityId: string) => string | undefined;
}

/** Whether `outer` is `id` or one of its parents (a bounded walk: packs are checked for loops, imports may not be). */
function within(id: string, outer: string, parentOf: ConflictContext['parentOf']): boolean {
  let current: string | undefined = id;
  for (let steps = 0; current !== undefined && steps < 16; steps++) {
    if (current === outer) return true;
    current = parentOf?.(current);
  }
  return false;
}

// ---- attempt vs accomplished -------------------------------------------------------------------------
// Folded (lower case, no accents) markers. An attempt: someone tries, seeks, aims, works to do something.
const ATTEMPT: Readonly<Record<string, RegExp>> = {
  en: /\b(?:try|tries|trying|tried to|seek|seeks|seeking|attempt|attempts|attempting|aims? to|aiming to|working to|works to|bid to|push(?:es|ing)? to|fight(?:s|ing)? to|efforts? to|struggl(?:e|es|ing) to)\b/,
  fr: /\b(?:cherche|cherchent|cherchait|cherchaient|tente|tentent|tentait|tentaient|essaie|essaient|essayait|vise a|visent a|visait a|s'efforce|s'efforcent|tentative|tentatives|pour tenter|en vue de)\b/,
};
// Announced: it will be done ("will be deployed", "would secure", "sera déployé"): like an attempt, not done yet.
const ANNOUNCED: Readonly<Record<string, RegExp>> = {
  en: /\b(?:will|would|is to be|are to be|plans? to|planning to|intends? to|is set to|are set to)\b/,
  fr: /\b(?:sera|seront|serait|seraient|va etre|vont etre|allait etre|doit etre|doivent etre|prevoit de|compte deployer)\b/,
};
// Done in the perfect passive ("has been delivered", "ont été déployés"), or "already" so.
const DONE_PASSIVE: Readonly<Record<string, RegExp>> = {
  en: /\b(?:has|have) been \w+(?:ed|en)\b|\b(?:has|have|is|are) already\b/,
  fr: /\b(?:a|ont) ete (?:\w+ment )?(?:livre|livres|livree|livrees|deploye|deployes|deployee|deployees|installe|installes|acheminee?s?)\b|\b(?:a|ont|est|sont) deja\b/,
};
// Accomplished: the event happened (past or perfect of a completing verb, or "succeeded").
const ACCOMPLISHED: Readonly<Record<string, RegExp>> = {
  en: /\b(?:broke|broken|lifted|ended|succeeded|managed to|fought their way|have freed|has freed|freed|captured|seized|took control|recaptured|retook|was lifted|were lifted)\b/,
  fr: /\b(?:a brise|ont brise|avait brise|avaient brise|ont pu briser|a pu briser|brise le siege|reussi|a leve|ont leve|a ete leve|leve le siege|a libere|ont libere|ont repris|a repris|se sont empares|s'est empare)\b/,
};

function attemptState(folded: string, lang: string): 'attempt' | 'accomplished' | undefined {
  if (!Object.hasOwn(ATTEMPT, lang)) return undefined;
  const attempt = ATTEMPT[lang]!.test(folded) || ANNOUNCED[lang]!.test(folded);
  const done = ACCOMPLISHED[lang]!.test(folded) || DONE_PASSIVE[lang]!.test(folded);
  if (attempt && !done) return 'attempt';
  if (done && !attempt) return 'accomplished';
  return undefined;
}

// ---- dates ------------------------------------------------------------------------------------------
const MONTHS: Readonly<Record<string, readonly string[]>> = {
  en: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  fr: ['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre'],
};
/** Days either side of the claim's date that a sentence may name: announcements trail events by a day or two. */
const DATE_TOLERANCE_DAYS = 2;
const DAY_MS = 86_400_000;

function claimDay(claim: Claim): Date | undefined {
  const d = new Date(`${claim.date.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || claim.date.length < 10 ? undefined : d;
}

/** "October 7", "7 October", "le 10 novembre", "Oct. 7" are explicit days; the year is the claim's unless given. */
function explicitDays(folded: string, lang: string, year: number): Date[] {
  const months = MONTHS[lang] ?? [];
  const out: Date[] = [];
  const name = months.join('|');
  const dayFirst = new RegExp(`\\b(\\d{1,2})(?:er|st|nd|rd|th)?\\s+(${name})(?:\\s+(\\d{4}))?\\b`, 'g');
  const monthFirst = new RegExp(`\\b(${name})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?`, 'g');
  const periodStart = PERIOD_START[lang];
  const starts = (index: number): boolean => periodStart?.test(folded.slice(Math.max(0, index - 30), index)) ?? false;
  for (const m of folded.matchAll(dayFirst)) if (!starts(m.index)) out.push(new Date(Date.UTC(m[3] ? Number(m[3]) : year, months.indexOf(m[2]!), Number(m[1]))));
  for (const m of folded.matchAll(monthFirst)) if (!starts(m.index)) out.push(new Date(Date.UTC(m[3] ? Number(m[3]) : year, months.indexOf(m[1]!), Number(m[2]))));
  return out.filter((d) => !Number.isNaN(d.getTime()));
}

/** "since 30 September", "depuis le 30 septembre", "from February 4-11": the start of a period, not the event's day. */
const PERIOD_START: Readonly<Record<string, RegExp>> = {
  en: /\b(?:since|from|between|began(?: on)?|start(?:ed)? on)\s+(?:the\s+)?$/,
  fr: /\b(?:depuis|des|a partir|du|entre|debut|commence)\s+(?:le\s+|du\s+)?$/,
};

/**
 * A sentence that dates what it states after the claim's date (beyond the tolerance) reports a later
 * event: "On 10 November the army broke the siege" does not state a claim of 17 October. Earlier dates are
 * not a conflict: claims often report past events ("the strikes of 26 January killed…", recorded later).
 */
function dateConflict(folded: string, lang: string, claim: Claim): Omit<Conflict, 'kind'> | undefined {
  const day = claimDay(claim);
  if (!day) return undefined;
  const explicit = explicitDays(folded, lang, day.getUTCFullYear());
  if (explicit.length === 0) return undefined;
  // Several dates ("between 7 and 18 October"): only a sentence all of whose dates are later is in conflict.
  if (explicit.every((d) => d.getTime() - day.getTime() > DATE_TOLERANCE_DAYS * DAY_MS)) {
    const said = explicit[0]!.toISOString().slice(0, 10);
    return { detail: `the sentence is dated ${said}, after the claim (${claim.date})`, said, claimed: claim.date };
  }
  return undefined;
}

// ---- places ----------------------------------------------------------------------------------------
/** A claim's places: entities of kind "other" (towns, provinces, countries) its text names, when it lists 3+. */
const MIN_LISTED_PLACES = 3;
/** Tokens around the claim's places that still belong to the sentence's list ("de Hama (centre), d'Idleb"). */
const LIST_REACH = 4;

/**
 * A claim that gives its list as a sample ("eight provinces including Aleppo, Latakia, Hama and Homs",
 * "notamment", "dont", "parmi lesquelles") does not say which places are not on it. Folded text.
 */
const PARTIAL_LIST: Readonly<Record<string, RegExp>> = {
  en: /\b(?:including|among them|among others|such as|notably)\b/,
  fr: /\b(?:notamment|dont|parmi lesquel(?:le)?s|y compris|entre autres)\b/,
};

function placesConflict(sentence: Analysis, claimText: Analysis, claimFolded: string, lang: string, ctx: ConflictContext): { detail: string; said: string } | undefined {
  if (Object.hasOwn(PARTIAL_LIST, lang) && PARTIAL_LIST[lang]!.test(claimFolded)) return undefined;
  const lexicon = ctx.analyse.lexicon;
  const isPlace = (id: string): boolean => ctx.kindOf(id) === 'other';
  const listed = new Set([...claimText.entities].filter(isPlace));
  if (listed.size < MIN_LISTED_PLACES) return undefined;
  const spans = lexicon.find(sentence.tokens);
  const hits = spans.filter((s) => listed.has(s.entity));
  if (new Set(hits.map((s) => s.entity)).size < 2) return undefined;
  const from = hits[0]!.start - LIST_REACH;
  const to = hits[hits.length - 1]!.end + LIST_REACH;
  const inSpan = new Set(spans.flatMap((s) => Array.from({ length: s.end - s.start }, (_v, k) => s.start + k)));
  // The country every listed place lies in is where the list is, not a member of it ("in Syria's Hama, …").
  const containsList = (place: string): boolean => [...listed].every((p) => within(p, place, ctx.parentOf));
  for (const s of spans) {
    if (s.end > from && s.start < to && isPlace(s.entity) && !listed.has(s.entity) && !containsList(s.entity)) {
      const words = sentence.tokens.slice(s.start, s.end).map((t) => t.word).join(' ');
      return { detail: `the sentence's list of places includes ${s.entity}, not in the claim's`, said: words };
    }
  }
  // Unlisted capitalised words count only inside the list (between its first and last known place):
  // "…, Alep et Lattaquié, selon Moscou" names a source, not a province.
  for (let i = hits[0]!.end; i < hits[hits.length - 1]!.start; i++) {
    const t = sentence.tokens[i]!;
    if (inSpan.has(i) || t.case === 'lower' || t.stop || t.value !== undefined || t.word.length < 3) continue;
    if (ctx.analyse.isKnown?.(t.stem)) continue;
    return { detail: `the sentence's list of places includes "${t.word}", not in the claim's`, said: t.word };
  }
  return undefined;
}

// ---- another place ---------------------------------------------------------------------------------
// "In Iraq, 3,000 families fled Ramadi" is not SOHR's "3,000 families left the Aleppo area": the claim is
// placed (it names places), the sentence names none of them and places itself elsewhere with a locative
// ("in X", "à X") on a name that none of the claim's wordings uses and that the packs do not know: a known
// name may contain the claim's places ("in Syria" for a claim about Hama), an unknown one is elsewhere.
const LOCATIVE: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(['in']),
  fr: new Set(['a', 'au', 'aux', 'en', 'dans']),
};

function anotherPlace(sentence: Analysis, claimText: Analysis, claimWords: ReadonlySet<string>, lang: string, ctx: ConflictContext): { detail: string; said: string } | undefined {
  const isPlace = (id: string): boolean => ctx.kindOf(id) === 'other';
  const places = [...claimText.entities].filter(isPlace);
  if (places.length === 0 || places.some((p) => sentence.entities.has(p))) return undefined;
  const locative = Object.hasOwn(LOCATIVE, lang) ? LOCATIVE[lang]! : undefined;
  if (!locative) return undefined;
  const tokens = sentence.tokens;
  const named = new Set(ctx.analyse.lexicon.find(tokens).flatMap((s) => Array.from({ length: s.end - s.start }, (_v, k) => s.start + k)));
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!locative.has(foldText(tokens[i]!.word))) continue;
    const next = tokens[i + 1]!;
    if (named.has(i + 1) || next.case === 'lower' || next.value !== undefined || next.word.length < 3) continue;
    const word = foldText(next.word);
    if (claimWords.has(word) || isDemonymOfKnown(word, claimWords, ctx)) continue;
    return { detail: `the sentence places it in ${next.word}, the claim names other places`, said: next.word };
  }
  return undefined;
}

/**
 * "Syrian", "syrienne", "Russian" name the place a known name or a claim word spells ("Syria", "Syrie"):
 * the same word with an adjective's ending of up to three letters. Such a place may contain the claim's.
 */
const DEMONYM_EXTRA = 3;
const MIN_STEM_LENGTH = 4;

function isDemonymOfKnown(word: string, claimWords: ReadonlySet<string>, ctx: ConflictContext): boolean {
  for (let cut = 1; cut <= DEMONYM_EXTRA + 1 && word.length - cut >= MIN_STEM_LENGTH; cut++) {
    const stem = word.slice(0, word.length - cut);
    // "syrian" → "syria"; "syrienne" → "syrie" (a stem plus up to three letters, or the name minus its last vowel).
    if (claimWords.has(stem) || ctx.analyse.lexicon.nameWords.has(stem)) return true;
  }
  return false;
}

// ---- subject ---------------------------------------------------------------------------------------
/** Tokens at the start of a sentence where its grammatical subject is named. */
const SUBJECT_REACH = 3;

/**
 * The claim's wording opens on a name (its subject: "Chicago has…"), and the sentence opens on another
 * capitalised name, not the claim's, with the rest of the statement shared. Only names the claim does
 * not mention anywhere count, so "Russia's Defence Ministry said Russian jets…" is not a conflict.
 */
function subjectConflict(sentence: Analysis, claimText: Analysis): Omit<Conflict, 'kind'> | undefined {
  const claimSubject = leadingName(claimText);
  if (claimSubject === undefined) return undefined;
  const sentenceSubject = leadingName(sentence);
  if (sentenceSubject === undefined || sentenceSubject.stem === claimSubject.stem) return undefined;
  if (claimText.terms.has(sentenceSubject.stem) || sentence.terms.has(claimSubject.stem)) return undefined;
  // Same role: the same word follows both names ("Chicago has the highest…" / "Milwaukee has the highest…").
  const after = (a: Analysis, at: number): string | undefined => a.tokens.slice(at + 1).find((t) => !t.stop)?.stem;
  const predicate = after(claimText, claimSubject.at);
  if (predicate === undefined || predicate !== after(sentence, sentenceSubject.at)) return undefined;
  return { detail: `the sentence's subject is "${sentenceSubject.word}", the claim's "${claimSubject.word}"`, said: sentenceSubject.word, claimed: claimSubject.word };
}

function leadingName(a: Analysis): { stem: string; word: string; at: number } | undefined {
  // The first content word, if it comes within the first few tokens ("The Syrian army…", "Chicago has…").
  for (let i = 0; i < Math.min(a.tokens.length, SUBJECT_REACH); i++) {
    const t = a.tokens[i]!;
    if (t.stop) continue;
    if (t.value !== undefined) return undefined;
    // Only a word that is a name wherever it stands (capitalised after the first word, or in both) counts.
    if (t.case === 'lower') return undefined;
    const next = a.tokens[i + 1];
    if (i === 0 && next !== undefined && next.case === 'lower' && !isProperLooking(t.word)) return undefined;
    if (i === 0 && next === undefined) return undefined;
    return { stem: t.stem, word: t.word, at: i };
  }
  return undefined;
}

/** A first word (folded, so lower case) that may be a name rather than a capitalised function word. */
function isProperLooking(word: string): boolean {
  return !/^(?:the|a|an|in|on|at|by|for|but|and|this|that|these|those|it|he|she|they|we|le|la|les|un|une|des|en|au|aux|selon|depuis|pour|dans|il|elle|ils|elles|ce|cette)$/.test(word);
}

// ---- all -------------------------------------------------------------------------------------------
const claimAnalyses = new WeakMap<Claim, Map<string, Analysis>>();

function analyseClaim(claim: Claim, lang: string, ctx: ConflictContext): Analysis | undefined {
  const text = Object.hasOwn(claim.text, lang) ? claim.text[lang] : undefined;
  if (text === undefined) return undefined;
  let byLang = claimAnalyses.get(claim);
  if (!byLang) claimAnalyses.set(claim, (byLang = new Map()));
  let a = byLang.get(lang);
  if (!a) byLang.set(lang, (a = analyse(text, lang, { lexicon: ctx.analyse.lexicon })));
  return a;
}

const claimWords = new WeakMap<Claim, Map<string, ReadonlySet<string>>>();

/** Every folded word of the claim's wordings in a language (text and phrasings). */
function claimWordsOf(claim: Claim, lang: string): ReadonlySet<string> {
  let byLang = claimWords.get(claim);
  if (!byLang) claimWords.set(claim, (byLang = new Map()));
  let words = byLang.get(lang);
  if (!words) {
    const texts = [Object.hasOwn(claim.text, lang) ? claim.text[lang]! : '', ...((claim.phrasings && Object.hasOwn(claim.phrasings, lang) ? claim.phrasings[lang] : undefined) ?? [])];
    words = new Set(texts.flatMap((t) => foldText(t).match(/\p{L}+/gu) ?? []));
    byLang.set(lang, words);
  }
  return words;
}

export function findConflicts(sentence: Analysis, sentenceText: string, claim: Claim, lang: string, ctx: ConflictContext): Conflict[] {
  const out: Conflict[] = [];
  const claimText = analyseClaim(claim, lang, ctx);
  const folded = foldText(sentenceText);
  if (claimText) {
    const claimFolded = foldText(claim.text[lang]!);
    const said = attemptState(folded, lang);
    const recorded = attemptState(claimFolded, lang);
    if (said && recorded && said !== recorded) {
      const detail = `the sentence states an ${said === 'attempt' ? 'attempt' : 'accomplished event'}, the claim an ${recorded === 'attempt' ? 'attempt' : 'accomplished event'}`;
      out.push({ kind: 'attempt', detail, said, claimed: recorded });
    }
    const places = placesConflict(sentence, claimText, claimFolded, lang, ctx) ?? anotherPlace(sentence, claimText, claimWordsOf(claim, lang), lang, ctx);
    if (places) out.push({ kind: 'places', ...places });
    // Capitals mark names in French and English only (German capitalises every noun).
    const subject = lang === 'fr' || lang === 'en' ? subjectConflict(sentence, claimText) : undefined;
    if (subject) out.push({ kind: 'subject', ...subject });
  }
  const date = dateConflict(folded, lang, claim);
  if (date) out.push({ kind: 'date', ...date });
  if (QUESTION.test(sentenceText)) out.push({ kind: 'question', detail: 'the sentence asks a question, it does not state the claim' });
  return out;
}

/** Ends on a question mark, before any closing quotes or brackets. */
const QUESTION = /\?[\s"'»”’)\]]*$/u;
