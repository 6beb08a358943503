// Reader feedback that stays on the device: "not this claim" on a card, and "report a missed claim" from
// the selection card. The shape is checked wherever it crosses a boundary (a content script's message,
// storage read back, a file given to `recoupe scan --replay`), so corrupt or hostile data is dropped, never trusted.
// The export file format is documented in docs/adr/0011-ask-and-feedback.md.

export const FEEDBACK_FORMAT = 'recoupe-feedback';
export const FEEDBACK_VERSION = 1;
/** Reports kept at most; the oldest go first. With the limits below the store stays under ~2 MB. */
export const MAX_REPORTS = 500;
export const MAX_SENTENCE_CHARS = 1000;
export const MAX_URL_CHARS = 2048;
const MAX_CLAIM_ID_CHARS = 200;

export interface NotThisClaimReport {
  readonly kind: 'not-this-claim';
  readonly sentence: string;
  readonly url: string;
  readonly claimId: string;
  /** ISO 8601, when the reader made the report. */
  readonly date: string;
  /** The page's declared language, if any (matching uses it as a prior). */
  readonly lang: string | null;
}

export interface MissedClaimReport {
  readonly kind: 'missed-claim';
  readonly sentence: string;
  readonly url: string;
  readonly date: string;
  readonly lang: string | null;
}

export type FeedbackReport = NotThisClaimReport | MissedClaimReport;

export interface FeedbackFile {
  readonly format: typeof FEEDBACK_FORMAT;
  readonly version: typeof FEEDBACK_VERSION;
  readonly exportedAt: string;
  readonly reports: readonly FeedbackReport[];
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isText = (x: unknown, max: number): x is string => typeof x === 'string' && x.length > 0 && x.length <= max;
const isLang = (x: unknown): x is string | null => x === null || (typeof x === 'string' && x.length <= 35);
const isDate = (x: unknown): x is string => typeof x === 'string' && x.length <= 40 && !Number.isNaN(Date.parse(x));

/**
 * Whitespace collapsed, as the matcher reports a sentence, and cut to the store's limit: the key a
 * dismissal is looked up by (the same cut on both sides, so an overlong sentence can be dismissed too).
 */
export function sentenceKey(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, MAX_SENTENCE_CHARS).trimEnd();
}

/** The page a report is about: its URL without the fragment (a #section link is the same page), cut to the limit. */
export function pageKey(url: string): string {
  const hash = url.indexOf('#');
  return (hash === -1 ? url : url.slice(0, hash)).slice(0, MAX_URL_CHARS);
}

export function isFeedbackReport(x: unknown): x is FeedbackReport {
  if (!isObject(x) || !isText(x.sentence, MAX_SENTENCE_CHARS) || !isText(x.url, MAX_URL_CHARS) || !isDate(x.date) || !isLang(x.lang)) return false;
  if (x.kind === 'not-this-claim') return isText(x.claimId, MAX_CLAIM_ID_CHARS) && Object.keys(x).length === 6;
  if (x.kind === 'missed-claim') return Object.keys(x).length === 5;
  return false;
}

export function feedbackFile(reports: readonly FeedbackReport[], now: Date): FeedbackFile {
  return { format: FEEDBACK_FORMAT, version: FEEDBACK_VERSION, exportedAt: now.toISOString(), reports };
}

/** Reads an exported file: the valid reports, and how many entries were not reports (skipped). */
export function readFeedbackFile(text: string): { ok: true; reports: FeedbackReport[]; skipped: number } | { ok: false; error: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  if (!isObject(data) || data.format !== FEEDBACK_FORMAT) return { ok: false, error: `not a ${FEEDBACK_FORMAT} file (format)` };
  if (data.version !== FEEDBACK_VERSION) return { ok: false, error: `unsupported version ${String(data.version)} (expected ${FEEDBACK_VERSION})` };
  if (!Array.isArray(data.reports)) return { ok: false, error: '"reports" is not a list' };
  const reports = data.reports.filter(isFeedbackReport);
  return { ok: true, reports, skipped: data.reports.length - reports.length };
}
