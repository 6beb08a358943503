// Page integrity as an invariant (issue #13): fast-check drives a real page whose tiny framework edits
// its own text nodes (in-place data, removal, insertion, full re-render) while Recoupe highlights it.
// After every step the page's text is exactly what the page last wrote — checked at once, not after a
// delay — and Recoupe's highlights keep coming back for the claim sentences still on the page.
import fc from 'fast-check';
import { test, expect } from './harness/test.ts';

const CAMPS = "Au total, 32 camps d'entraînement «terroristes» ont été détruits au cours des dernières 24 heures, ajoute-t-on.";
const FAMILIES = 'Les combats ont poussé 2000 familles à fuir leurs habitations.';
const TEXTS = [CAMPS, `Une phrase sans affirmation. ${FAMILIES}`, 'Rien à signaler ce matin dans la région.', `${FAMILIES} Et une phrase après.`];
const CLAIMS = [CAMPS, FAMILIES];

type Op = { kind: 'set' | 'insert'; i: number; text: string } | { kind: 'remove'; i: number } | { kind: 'rerender' } | { kind: 'settle' };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), i: fc.nat(5), text: fc.constantFrom(...TEXTS) }),
  fc.record({ kind: fc.constant('insert' as const), i: fc.nat(5), text: fc.constantFrom(...TEXTS) }),
  fc.record({ kind: fc.constant('remove' as const), i: fc.nat(5) }),
  fc.constant({ kind: 'rerender' as const }),
  fc.constant({ kind: 'settle' as const }),
);

test('whatever the page does to its text nodes, it shows exactly what it wrote', async ({ ext, server }) => {
  test.setTimeout(300_000);
  const page = await ext.newPage();
  const problems: string[] = [];
  page.onPageError((message) => problems.push(message));
  await page.goto(server.url('/reliability-framework.html'));

  await fc.assert(
    fc.asyncProperty(fc.array(op, { minLength: 3, maxLength: 8 }), async (ops) => {
      // Start every run from two highlighted claim paragraphs.
      await page.evaluate(() => {
        const f = (window as unknown as { framework: { apply(o: unknown): void; model(): string[] } }).framework;
        while (f.model().length > 0) f.apply({ kind: 'remove', i: 0 });
      });
      for (const text of [CAMPS, `Une phrase sans affirmation. ${FAMILIES}`]) {
        await page.evaluate((t: string) => (window as unknown as { framework: { apply(o: unknown): void } }).framework.apply({ kind: 'insert', i: 99, text: t }), text);
      }
      for (const step of [{ kind: 'settle' } as Op, ...ops]) {
        if (step.kind === 'settle') {
          // Recoupe catches up: one highlighted sentence per paragraph that states a claim.
          const want = (await page.evaluate(() => (window as unknown as { framework: { model(): string[] } }).framework.model())).filter((p) =>
            CLAIMS.some((c) => p.includes(c)),
          ).length;
          await page.waitFor((n: number) => document.querySelectorAll('#root recoupe-mark[tabindex="0"]').length === n, want);
        } else {
          // fast-check's records have a null prototype, which puppeteer cannot pass: send a plain copy.
          const plain = JSON.parse(JSON.stringify(step)) as Op;
          await page.evaluate((o: Op) => (window as unknown as { framework: { apply(o: Op): void } }).framework.apply(o), plain);
        }
        // The invariant, read right after the step (the next task): the page shows what it wrote.
        const shown = await page.evaluate(() => ({
          text: document.getElementById('root')!.textContent,
          expected: (window as unknown as { framework: { expected(): string } }).framework.expected(),
        }));
        expect(shown.text, JSON.stringify(step)).toBe(shown.expected);
      }
    }),
    { numRuns: 6, seed: 20261202, endOnFailure: true },
  );
  expect(problems).toEqual([]);
  await page.close();
});
