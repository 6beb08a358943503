// Builds dist/chrome and dist/firefox from one manifest and one set of sources.
// Fails loudly: an unresolved import, an esbuild warning or an invalid claim pack stops the build.
import { build, type Plugin } from 'esbuild';
import { cpSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledIndex, compileBundledPack, matcherVersion } from './lib/bundled-pack.ts';
import { drawIcon } from './lib/icon.ts';

export const BROWSERS = ['chrome', 'firefox'] as const;
export type BrowserTarget = (typeof BROWSERS)[number];

const ROOT = process.cwd();
/** Output folder; RECOUPE_DIST lets parallel work build and test without touching dist/. */
export const DIST = process.env.RECOUPE_DIST ?? 'dist';
const ICON_SIZES = [16, 32, 48, 128];
const ENTRIES = {
  background: 'src/background/index.ts',
  content: 'src/content/index.ts',
  // The highlight and card code, injected by the background only into frames with a match.
  reader: 'src/content/reader/reader-entry.ts',
  popup: 'src/popup/index.tsx',
  options: 'src/options/index.tsx',
};
/** The first Chromium with the `browser` namespace (developer.chrome.com, "browser namespace"). */
const MINIMUM_CHROME_VERSION = '148';
/**
 * content.js runs on every page a person opens, nearly all without a claim (issue #14: ≤ 20 KB minified).
 * A build over budget fails, so growth is a decision, not an accident.
 */
const CONTENT_BUDGET_BYTES = 20 * 1024;

function checkContentBudget(out: string): void {
  const size = statSync(join(out, 'content.js')).size;
  if (size > CONTENT_BUDGET_BYTES) {
    throw new Error(`${out}/content.js is ${(size / 1024).toFixed(1)} KB, over its ${CONTENT_BUDGET_BYTES / 1024} KB budget (issue #14)`);
  }
}
const STATIC_FILES = ['src/popup/popup.html', 'src/options/options.html'];

/**
 * Serves `import pack from 'recoupe:bundled-pack'`: the compiled claims-db, validated at build time, as a
 * JSON.parse of one string rather than a 420 KB object literal: V8 reads JSON faster than the same data
 * as JavaScript, and a woken service worker evaluates this before it can answer (ADR 0012).
 */
function bundledPackPlugin(compiledJson: string, index: { key: string; data: Uint8Array }): Plugin {
  return {
    name: 'recoupe-bundled-pack',
    setup(b) {
      // The serialised indexes of the same packs (ADR 0014), as base64: a few lines to decode, no fetch.
      b.onResolve({ filter: /^recoupe:bundled-index$/ }, (args) => ({ path: args.path, namespace: 'recoupe-index' }));
      b.onLoad({ filter: /.*/, namespace: 'recoupe-index' }, () => ({
        contents: `export default { key: ${JSON.stringify(index.key)}, base64: ${JSON.stringify(Buffer.from(index.data).toString('base64'))} };`,
        loader: 'js',
      }));
      b.onResolve({ filter: /^recoupe:bundled-pack$/ }, (args) => ({ path: args.path, namespace: 'recoupe-pack' }));
      // In profiling builds the parse is timed (src/background/profile.ts); elsewhere the branches fold away.
      const marks = (name: string) => `if (__RECOUPE_PROFILE__ && globalThis.__recoupeBackgroundProfile) globalThis.__recoupeBackgroundProfile.marks['${name}'] = performance.now();`;
      const contents = `${marks('pack-parse-start')}\nconst pack = JSON.parse(${JSON.stringify(compiledJson)});\n${marks('pack-parsed')}\nexport default pack;`;
      b.onLoad({ filter: /.*/, namespace: 'recoupe-pack' }, () => ({ contents, loader: 'js' }));
    },
  };
}

interface BundledData {
  readonly compiledJson: string;
  readonly index: { key: string; data: Uint8Array };
  readonly matcherVersion: string;
}

async function buildTarget(target: BrowserTarget, bundled: BundledData): Promise<void> {
  const out = join(ROOT, DIST, target);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'icons'), { recursive: true });

  const result = await build({
    entryPoints: ENTRIES,
    outdir: out,
    bundle: true,
    format: 'iife',
    target: ['chrome120', 'firefox140'],
    minify: process.env.RECOUPE_NO_MINIFY !== '1',
    sourcemap: 'linked',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: {
      __BROWSER__: JSON.stringify(target),
      __RECOUPE_PROFILE__: String(process.env.RECOUPE_PROFILE === '1'),
      __RECOUPE_MATCHER_VERSION__: JSON.stringify(bundled.matcherVersion),
      'process.env.NODE_ENV': '"production"',
    },
    plugins: [bundledPackPlugin(bundled.compiledJson, bundled.index)],
    logLevel: 'silent',
    metafile: true,
  });
  if (result.warnings.length > 0) {
    throw new Error(`esbuild warnings (treated as errors):\n${result.warnings.map((w) => w.text).join('\n')}`);
  }

  const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  // Chromium has the promise-based `browser` namespace from 148 (src/shared/browser.ts relies on it);
  // written for Chrome only, since Firefox's linter flags a key it does not know.
  if (target === 'chrome') manifest.minimum_chrome_version = MINIMUM_CHROME_VERSION;
  writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifest, null, 2));
  checkContentBudget(out);
  cpSync(join(ROOT, '_locales'), join(out, '_locales'), { recursive: true });
  for (const file of STATIC_FILES) cpSync(join(ROOT, file), join(out, file.split('/').pop()!));
  for (const size of ICON_SIZES) writeFileSync(join(out, 'icons', `icon-${size}.png`), drawIcon(size));
}

export async function buildAll(targets: readonly BrowserTarget[] = BROWSERS): Promise<void> {
  const compiledJson = await compileBundledPack(join(ROOT, 'claims-db'));
  const version = matcherVersion(join(ROOT, 'src', 'core'));
  const bundled = { compiledJson, index: bundledIndex(compiledJson, version), matcherVersion: version };
  for (const target of targets) await buildTarget(target, bundled);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const started = Date.now();
  buildAll().then(
    () => console.log(`build: ${DIST}/chrome and ${DIST}/firefox in ${Date.now() - started} ms`),
    (error: unknown) => {
      console.error(`build failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
