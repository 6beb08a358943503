// Runs axe-core (the accessibility engine) inside a page, the same way in both browsers: its script
// source is evaluated through the driver (which extension pages' CSP does not block), then axe.run.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { DrivenPage } from './driven-page.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeFinding {
  readonly id: string;
  readonly impact: string;
  readonly help: string;
  readonly targets: readonly string[];
}

/**
 * The serious and critical violations axe finds in `include` (CSS selectors; an array is a path into
 * shadow roots, e.g. ['recoupe-card'] covers the card's open shadow tree), or the whole document.
 */
export async function seriousViolations(page: DrivenPage, include?: readonly (string | readonly string[])[]): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE as never);
  return page.evaluate(async (context: readonly (string | readonly string[])[] | null) => {
    type Result = { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] };
    const axe = (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<{ violations: Result[] }> } }).axe;
    const result = await axe.run(context ? { include: context } : document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact ?? '', help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
  }, include ?? null);
}

/** How many rules axe ran and passed in `include`: proof that it looked at something. */
export async function passedRuleCount(page: DrivenPage, include?: readonly (string | readonly string[])[]): Promise<number> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE as never);
  return page.evaluate(async (context: readonly (string | readonly string[])[] | null) => {
    const axe = (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<{ passes: unknown[] }> } }).axe;
    return (await axe.run(context ? { include: context } : document, { resultTypes: ['passes'] })).passes.length;
  }, include ?? null);
}
