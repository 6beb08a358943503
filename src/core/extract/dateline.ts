// The wire dateline as the page's date when the page declares none: "PARIS, 16 février (Reuters) -",
// "MOSCOU, 26 novembre (Xinhua) --", "MOSCOW, Oct 13 (Reuters) -", "CAIRO, Dec. 14, 2015 (AP) —". Wire copy
// opens on the day it was filed; reposts of it often keep that line and drop every meta tag. Only a line
// that opens on a city in capitals, a day and month (and maybe a year), and a dash counts: a date inside a
// sentence is what the sentence is about, not when the page was written.
// Without a year the result is "--MM-DD" (ISO 8601's month-day form): the matcher reads it in the year
// nearest to each claim.
import { isoDay } from './page-date.ts';

const AGENCY = String.raw`(?:\((?:AFP|Reuters|AP|Xinhua|XINHUA|Sputnik|TASS|Tass|RIA Novosti|Anadolu|AA|SANA|UPI|dpa|ANSA|Belga|ATS)\)\s*)?`;
const CITY = String.raw`[A-ZÀ-Þ][A-ZÀ-Þ .'’-]{1,30},?\s+`;
const DASH = String.raw`[-–—]`;
const EN_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const FR_MONTHS = ['janv', 'fevr', 'mars', 'avr', 'mai', 'juin', 'juil', 'aout', 'sept', 'oct', 'nov', 'dec'];
const EN = new RegExp(String.raw`^${CITY}([A-Z][a-z]{2,8})\.?\s+(\d{1,2})(?:,?\s+(\d{4}))?\s*${AGENCY}${DASH}`, 'u');
const FR = new RegExp(String.raw`^${CITY}(?:le\s+)?(\d{1,2})(?:er)?\s+([a-zéèêûôîà]{3,9})\.?(?:\s+(\d{4}))?\s*${AGENCY}${DASH}`, 'u');
/** Lines looked at: a dateline opens the article, which may sit below a few hundred lines of navigation. */
const MAX_LINES = 400;
const MAX_LINE_START = 80;

const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

function monthOf(word: string, months: readonly string[]): number | undefined {
  const w = fold(word);
  const i = months.findIndex((m) => w.startsWith(m));
  return i < 0 ? undefined : i + 1;
}

function asDate(year: string | undefined, month: number, day: number): string | undefined {
  const mm = String(month).padStart(2, '0');
  const dd = String(day).padStart(2, '0');
  if (year !== undefined) return isoDay(`${year}-${mm}-${dd}`);
  // Check the day against a leap year, so 29 February is kept.
  return isoDay(`2016-${mm}-${dd}`) ? `--${mm}-${dd}` : undefined;
}

/** The first wire dateline's date among the lines: "YYYY-MM-DD", or "--MM-DD" when it gives no year. */
export function datelineDate(lines: readonly string[]): string | undefined {
  for (let i = 0; i < lines.length && i < MAX_LINES; i++) {
    const start = lines[i]!.trimStart().slice(0, MAX_LINE_START);
    if (start.length < 8) continue;
    const en = EN.exec(start);
    if (en) {
      const month = monthOf(en[1]!, EN_MONTHS);
      const date = month ? asDate(en[3], month, Number(en[2])) : undefined;
      if (date) return date;
    }
    const fr = FR.exec(start);
    if (fr) {
      const month = monthOf(fr[2]!, FR_MONTHS);
      const date = month ? asDate(fr[3], month, Number(fr[1])) : undefined;
      if (date) return date;
    }
  }
  return undefined;
}
