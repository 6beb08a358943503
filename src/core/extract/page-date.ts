// The page's publication date, as the page declares it: Open Graph / article meta tags, schema.org
// `datePublished` (meta, JSON-LD or <time itemprop>), Dublin Core and the common CMS tags. Matching uses
// it as context (a page cannot report a claim made after it, and news mostly reports recent claims).
// Only declared dates count: a date merely mentioned in the text is not the page's.
// Works on the browser's DOM and on linkedom's alike (only getElementsByTagName and attributes).

interface ElementLike {
  getAttribute(name: string): string | null;
  readonly textContent: string | null;
}
export interface DocumentLike {
  getElementsByTagName(name: string): ArrayLike<ElementLike>;
}

/** Meta names and properties that carry the publication date, most specific first. */
const META_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'og:published_time',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'parsely-pub-date',
  'sailthru.date',
  'date',
];
/** JSON-LD blocks read at most, and characters read of each: a page can hold megabytes of script. */
const MAX_JSON_LD = 5;
const MAX_JSON_LD_CHARS = 100_000;
const JSON_LD_DATE = /"datePublished"\s*:\s*"([^"]{8,40})"/;
/** A plausible publication day; anything else is ignored. */
const DAY = /^(\d{4})-(\d{2})-(\d{2})/;
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

/** YYYY-MM-DD of an ISO-like date string ("2015-10-17T09:12:00+02:00", "2015-10-17 09:12"), if valid. */
export function isoDay(value: string | null | undefined): string | undefined {
  const m = DAY.exec(value?.trim() ?? '');
  if (!m) return undefined;
  const [, y, mo, d] = m;
  const year = Number(y);
  if (year < MIN_YEAR || year > MAX_YEAR) return undefined;
  const day = `${y}-${mo}-${d}`;
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day) ? day : undefined;
}

export function publishedDate(doc: DocumentLike): string | undefined {
  const metas = doc.getElementsByTagName('meta');
  const byKey = new Map<string, string>();
  for (let i = 0; i < metas.length; i++) {
    const meta = metas[i]!;
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop'))?.toLowerCase();
    if (key === undefined || byKey.has(key) || !META_KEYS.includes(key)) continue;
    const day = isoDay(meta.getAttribute('content'));
    if (day) byKey.set(key, day);
  }
  for (const key of META_KEYS) {
    const day = byKey.get(key);
    if (day) return day;
  }
  const scripts = doc.getElementsByTagName('script');
  let read = 0;
  for (let i = 0; i < scripts.length && read < MAX_JSON_LD; i++) {
    const script = scripts[i]!;
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    read++;
    const day = isoDay(JSON_LD_DATE.exec((script.textContent ?? '').slice(0, MAX_JSON_LD_CHARS))?.[1]);
    if (day) return day;
  }
  const times = doc.getElementsByTagName('time');
  for (let i = 0; i < times.length; i++) {
    const time = times[i]!;
    if (time.getAttribute('itemprop')?.toLowerCase() !== 'datepublished' && time.getAttribute('pubdate') === null) continue;
    const day = isoDay(time.getAttribute('datetime') ?? time.getAttribute('content'));
    if (day) return day;
  }
  return undefined;
}
