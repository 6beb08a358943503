// Page and pack text must never be parsed as HTML. ESLint forbids the HTML sinks; these tests make sure
// the rule still fires (so it cannot silently vanish from the config) and that no source uses a sink
// the rule does not know about.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { ESLint } from 'eslint';

const root = join(import.meta.dirname, '..', '..', '..');
const eslint = new ESLint({ cwd: root });

/** Lints `code` as if it were a file at `path` (nothing is written: other work in the tree is not disturbed). */
async function lint(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, path) });
  return result!.messages.filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`);
}

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourcesUnder(path);
    return /\.(ts|tsx|js|mjs)$/.test(name) ? [path] : [];
  });
}

describe('HTML sinks', () => {
  it('lint passes a harmless file under src/content (the probe below is not failing for another reason)', async () => {
    assert.deepEqual(await lint('src/content/__sink-probe.ts', 'export function set(el: Element, x: string): void {\n  el.textContent = x;\n}\n'), []);
  });

  const probes: [string, string, string][] = [
    ['innerHTML', 'src/content/__sink-probe.ts', 'export function set(el: Element, x: string): void {\n  el.innerHTML = x;\n}\n'],
    ['outerHTML', 'src/content/__sink-probe.ts', 'export function set(el: Element, x: string): void {\n  el.outerHTML = x;\n}\n'],
    ['insertAdjacentHTML', 'src/content/__sink-probe.ts', "export function set(el: Element, x: string): void {\n  el.insertAdjacentHTML('beforeend', x);\n}\n"],
    ['document.write', 'src/content/__sink-probe.ts', 'export function set(x: string): void {\n  document.write(x);\n}\n'],
    ['dangerouslySetInnerHTML', 'src/popup/__sink-probe.tsx', 'export const Probe = ({ x }: { x: string }) => <div dangerouslySetInnerHTML={{ __html: x }} />;\n'],
    ['eval', 'src/background/__sink-probe.ts', 'export function run(x: string): unknown {\n  return eval(x);\n}\n'],
    ['new Function', 'src/options/__sink-probe.ts', "export function run(x: string): unknown {\n  return new Function('return ' + x)();\n}\n"],
  ];
  for (const [sink, path, code] of probes) {
    it(`lint reports ${sink} in ${path.split('/')[1]}`, async () => {
      const errors = await lint(path, code);
      assert.ok(
        errors.some((e) => /no-restricted-(properties|syntax)/.test(e)),
        `${sink} was not reported; got ${JSON.stringify(errors)}`,
      );
    });
  }

  it('no source under src/ uses an HTML sink, including ones the lint rule does not cover', () => {
    const sinks = /\b(innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|setHTMLUnsafe|parseHTMLUnsafe|createContextualFragment|parseFromString|srcdoc)\b|\bdocument\.write(ln)?\s*\(|\bnew\s+Function\s*\(|\beval\s*\(/;
    // The CLI reads saved pages in Node with linkedom: parsing HTML is its job, and nothing it builds reaches a browser.
    const browserSources = sourcesUnder(join(root, 'src')).filter((f) => !relative(root, f).startsWith(join('src', 'cli')));
    assert.ok(browserSources.length > 20);
    const hits = browserSources.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => (sinks.test(line.replace(/\/\/.*$/, '')) ? [`${relative(root, file)}:${i + 1}: ${line.trim()}`] : [])),
    );
    assert.deepEqual(hits, []);
  });
});
