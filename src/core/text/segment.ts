// Sentence boundaries with Intl.Segmenter, then glued back where it splits too eagerly:
// after abbreviations and initials, and inside an open «…» or “…” quotation.
import { isAbbreviation } from './abbreviations.ts';
import { foldText } from './normalise.ts';

export interface Span {
  readonly start: number;
  readonly end: number;
}

// Line feed, carriage return, vertical tab, form feed, next line, line separator (not U+2029).
const NEWLINES = new RegExp('[\\r\\n\\v\\f\\u0085\\u2028]', 'g');

// A runaway quote on a hostile page must not glue a whole page into one "sentence".
const MAX_QUOTE_GLUE = 800;

const segmenters = new Map<string, Intl.Segmenter>();
function segmenterFor(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang, { granularity: 'sentence' });
    segmenters.set(lang, s);
  }
  return s;
}

function endsWithAbbreviation(text: string, lang?: string): boolean {
  const m = /(?:^|[\s(«“"'])([\p{L}.-]+)\.\s*$/u.exec(text);
  if (!m) return false;
  const word = m[1]!;
  // A single capital letter before the period is an initial ("J. Smith").
  if (/^\p{Lu}$/u.test(word)) return true;
  return isAbbreviation(foldText(word), lang);
}

function openQuotes(text: string): number {
  let depth = 0;
  for (const ch of text) {
    if (ch === '«' || ch === '“') depth++;
    else if ((ch === '»' || ch === '”') && depth > 0) depth--;
  }
  return depth;
}

/** Sentence spans of `text`, trimmed of surrounding whitespace, empty ones dropped. */
export function segmentSentences(text: string, lang?: string): Span[] {
  const raw: Span[] = [];
  // Newlines are whitespace (as in HTML source); only U+2029 (what a <br> becomes) breaks a sentence.
  // Same-length replacement keeps offsets valid.
  const flat = text.replace(NEWLINES, ' ');
  for (const seg of segmenterFor(lang ?? 'en').segment(flat)) {
    raw.push({ start: seg.index, end: seg.index + seg.segment.length });
  }
  const glued: Span[] = [];
  let current: Span | undefined;
  for (let span of raw) {
    if (!current) {
      current = span;
      continue;
    }
    // A spaced closing quote (". »") belongs to the sentence it closes, not to the next one, unless a
    // line break (<br>, U+2029) stands between them: then it opens the next line.
    const closing = /\u2029\s*$/.test(text.slice(current.start, current.end)) ? null : /^[^\S\u2029]*[»”)]+/.exec(text.slice(span.start, span.end));
    if (closing) {
      current = { start: current.start, end: span.start + closing[0].length };
      span = { start: span.start + closing[0].length, end: span.end };
      if (!/\S/.test(text.slice(span.start, span.end))) {
        current = { start: current.start, end: span.end };
        continue;
      }
    }
    const before = text.slice(current.start, current.end);
    const next = text.slice(span.start, span.end).trimStart();
    const hardBreak = /\u2029\s*$/.test(before);
    const glue =
      !hardBreak &&
      (endsWithAbbreviation(before, lang) ||
        /^[\p{Ll}\d,;:]/u.test(next) ||
        (openQuotes(before) > 0 && current.end - current.start < MAX_QUOTE_GLUE));
    if (glue) current = { start: current.start, end: span.end };
    else {
      glued.push(current);
      current = span;
    }
  }
  if (current) glued.push(current);
  return glued.flatMap((s) => trimSpan(text, s));
}

function trimSpan(text: string, span: Span): Span[] {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? [{ start, end }] : [];
}
