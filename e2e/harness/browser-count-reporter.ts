// Prints how many e2e tests passed and failed in each browser, so a run shows both browsers really ran.
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

export default class BrowserCountReporter implements Reporter {
  readonly #counts = new Map<string, { passed: number; failed: number; skipped: number }>();

  onTestEnd(test: TestCase, result: TestResult): void {
    const project = test.parent.project()?.name ?? 'unknown';
    const counts = this.#counts.get(project) ?? { passed: 0, failed: 0, skipped: 0 };
    // Only the final attempt counts; retries are off, but be explicit.
    if (result.retry < test.retries && result.status !== 'passed' && result.status !== 'skipped') return;
    if (result.status === 'passed') counts.passed++;
    else if (result.status === 'skipped') counts.skipped++;
    else counts.failed++;
    this.#counts.set(project, counts);
  }

  onEnd(_result: FullResult): void {
    console.log('\nE2E tests per browser:');
    for (const [project, c] of this.#counts) {
      console.log(`  ${project}: ${c.passed} passed, ${c.failed} failed${c.skipped ? `, ${c.skipped} skipped` : ''}`);
    }
  }
}
