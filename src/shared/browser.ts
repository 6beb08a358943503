// The one module that loads webextension-polyfill. Everything else imports `browser` from here, so the
// polyfill can be dropped in one place once every target ships the promise-based `browser` namespace.
//
// Not `import browser from 'webextension-polyfill'`: the polyfill is a CommonJS module, and the bundler's
// ES-module interop wrapper copies every property of what it exports. Where the browser has its own
// `browser` (Firefox, Chromium 148+), that export IS the browser's object, and copying it builds every
// extension API binding on every page (3–4 ms per page, issue #14). Here the browser's own object is used
// directly when it exists (the polyfill's own rule), and the polyfill, whose object binds each API lazily
// on first use, is evaluated only where it is needed (Chromium before 148).
//
// Nothing is looked up when this module is evaluated: `browser` finds the API object on first use, so
// the content script's injection task binds no API at all (ADR 0012). The Firefox build leaves the
// polyfill out (every Firefox we support has `browser`), which takes 9.7 KB off each of its bundles.
import type { Browser } from 'webextension-polyfill';

export type { Runtime, Tabs } from 'webextension-polyfill';

function native(): Browser | undefined {
  const candidate = (globalThis as { browser?: Browser }).browser;
  return candidate?.runtime?.id ? candidate : undefined;
}

function polyfill(): Browser {
  if (__BROWSER__ !== 'firefox') {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a plain require() keeps the bundler from wrapping the export (see above)
    return require('webextension-polyfill') as Browser;
  }
  throw new Error('Recoupe: this Firefox has no `browser` namespace');
}

let api: Browser | undefined;

export const browser: Browser = new Proxy({} as Browser, {
  get: (_target, key) => Reflect.get((api ??= native() ?? polyfill()), key),
});

/** Translated UI string from _locales; falls back to the key so a missing string is visible, not blank. */
export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** The UI language: 'fr' when the browser runs in French, else 'en'. */
export function uiLanguage(): 'fr' | 'en' {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
