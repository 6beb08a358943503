// A feed problem as shown on the page: the sentence, and for an invalid pack the same list of errors
// (with JSON paths) a file import shows.
import { t } from '../../shared/browser.ts';
import type { FeedProblem } from '../../shared/subscription-info.ts';
import { problemText } from './problem-text.ts';

export function ProblemMessage({ problem, prefix, testId }: { problem: FeedProblem; prefix?: string; testId: string }) {
  return (
    <div class="message error" role="alert" data-testid={testId} data-code={problem.code}>
      <p>
        {prefix !== undefined && `${prefix} `}
        {problemText(problem)}
      </p>
      {problem.code === 'invalid' && (
        <ul class="errors" aria-label={t('optionsErrorListLabel')}>
          {problem.errors.map((e, i) => (
            <li key={i} data-path={e.path}>
              <code class="path">{e.path}</code> {e.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
