// The one module that imports webextension-polyfill. Everything else imports `browser` from here,
// so the polyfill can be dropped in one place once every target ships the promise-based `browser` namespace.
import browser from 'webextension-polyfill';

export type { Runtime, Tabs } from 'webextension-polyfill';
export { browser };

/** Translated UI string from _locales; falls back to the key so a missing string is visible, not blank. */
export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** The UI language: 'fr' when the browser runs in French, else 'en'. */
export function uiLanguage(): 'fr' | 'en' {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
