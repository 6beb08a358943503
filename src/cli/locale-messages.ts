// The extension's _locales messages, read from this checkout for the CLI (and unit tests), with the same
// substitution rule as browser.i18n.getMessage: named $PLACEHOLDER$ → its "$n" content → the nth value.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Translate } from '../core/match/reasons.ts';

const LOCALES_DIR = fileURLToPath(new URL('../../_locales/', import.meta.url));

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

export function localeTranslator(lang: 'en' | 'fr'): Translate {
  const messages = JSON.parse(readFileSync(`${LOCALES_DIR}${lang}/messages.json`, 'utf8')) as Messages;
  return (key, substitutions = []) => {
    const entry = messages[key];
    if (!entry) return key;
    const named = entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (whole, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? whole);
    return named.replace(/\$(\d)/g, (_whole, n: string) => substitutions[Number(n) - 1] ?? '');
  };
}
