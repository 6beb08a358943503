// One linter. Beyond the recommended rules it enforces the architecture: each extension context imports
// only src/core and src/shared, src/core stays pure, and page text never reaches an HTML sink.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const CONTEXTS = ['content', 'background', 'popup', 'options'];
const POLYFILL_RULE = { name: 'webextension-polyfill', message: 'Import `browser` from src/shared/browser.ts.' };

/** content, background, popup and options may import only core and shared (and packages). */
const boundaryRules = CONTEXTS.map((context) => ({
  files: [`src/${context}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: [POLYFILL_RULE],
        patterns: CONTEXTS.filter((other) => other !== context).map((other) => ({
          group: [`**/${other}/**`, `../${other}`, `../${other}/*`],
          message: `src/${context} may import only src/core and src/shared, not src/${other}.`,
        })).concat([{ group: ['**/cli/**', 'node:*'], message: `src/${context} runs in the browser: no CLI or Node modules.` }]),
      },
    ],
  },
}));

const HTML_SINKS = ['innerHTML', 'outerHTML'];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'demo-output/', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-properties': [
        'error',
        ...HTML_SINKS.map((property) => ({ property, message: 'Never build DOM from strings: use text nodes or Preact.' })),
        { property: 'insertAdjacentHTML', message: 'Never build DOM from strings: use text nodes or Preact.' },
        { object: 'document', property: 'write', message: 'document.write is never needed here.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Page or pack text must never be parsed as HTML.' },
        { selector: "CallExpression[callee.name='eval']", message: 'No eval: extension code must be static.' },
        { selector: "NewExpression[callee.name='Function']", message: 'No new Function: extension code must be static.' },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path'], message: 'src/core is pure: no Node modules (it also runs in the browser).' },
            { group: ['**/shared/**', '**/content/**', '**/background/**', '**/popup/**', '**/options/**', '**/cli/**'], message: 'src/core imports nothing from the extension or the CLI.' },
            { group: ['webextension-polyfill'], message: 'src/core has no extension API.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    ignores: ['src/shared/browser.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [POLYFILL_RULE] }] },
  },
  {
    // Playwright fixtures must destructure their (unused) first argument.
    files: ['e2e/harness/test.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
  ...boundaryRules,
);
