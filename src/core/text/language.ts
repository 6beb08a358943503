// A cheap language guess from function words: enough to pick the French or English index for a block.
import { foldText } from './normalise.ts';

const FR = new Set('le la les des du et est une dans pour que qui pas sur au aux avec ce cette il elle ont ete selon sont mais ou leur nous vous ces son sa par plus'.split(' '));
const EN = new Set('the and of to is was in that for with on are by said has have it this from at were be which its an their but not or they who been will'.split(' '));

export type DetectedLang = 'fr' | 'en';

/** 'fr' or 'en' when function words clearly point to one; undefined for short or mixed text. */
export function detectLanguage(text: string): DetectedLang | undefined {
  const words = foldText(text.length > 4000 ? text.slice(0, 4000) : text).match(/\p{L}+/gu) ?? [];
  let fr = 0;
  let en = 0;
  for (const w of words) {
    // "a", "en", "on", "des" exist in both; only the lists' words count.
    if (FR.has(w)) fr++;
    if (EN.has(w)) en++;
  }
  if (fr + en < 2) return undefined;
  if (fr >= 2 * en && fr >= 2) return 'fr';
  if (en >= 2 * fr && en >= 2) return 'en';
  return undefined;
}
