// The one module through which the extension reaches the browser's extension APIs. Everything else imports
// `browser` from here, so the choice of API object is made in one place.
//
// Every browser we support has the promise-based `browser` namespace of its own: Firefox always, Chromium
// from 148 (the Chrome manifest declares minimum_chrome_version 148, scripts/build.ts). On those browsers
// webextension-polyfill is a documented no-op (it hands back the browser's own object), so it is no
// longer bundled: it was 9.7 KB of each Chromium bundle, on every page in content.js (ADR 0016). Its
// type definitions stay the project's API types.
//
// Nothing is looked up when this module is evaluated: `browser` finds the API object on first use, so the
// content script's injection task binds no API at all (ADR 0012).
import type { Browser } from 'webextension-polyfill';

export type { Runtime, Tabs } from 'webextension-polyfill';

function native(): Browser {
  const candidate = (globalThis as { browser?: Browser }).browser;
  if (candidate?.runtime?.id) return candidate;
  throw new Error('Recoupe: this browser has no `browser` extension namespace (Chromium 148+ or Firefox 140+ needed)');
}

let api: Browser | undefined;

export const browser: Browser = new Proxy({} as Browser, {
  get: (_target, key) => Reflect.get((api ??= native()), key),
});

/** Translated UI string from _locales; falls back to the key so a missing string is visible, not blank. */
export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** The UI language: 'fr' when the browser runs in French, else 'en'. */
export function uiLanguage(): 'fr' | 'en' {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
