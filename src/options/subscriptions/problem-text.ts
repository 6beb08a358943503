// A failed download or update in plain words (subError_* in _locales), for the options page.
import { t } from '../../shared/browser.ts';
import type { FeedProblem } from '../../shared/subscription-info.ts';
import { formatSize } from '../format.ts';

export function problemText(problem: FeedProblem): string {
  const key = `subError_${problem.code.replace(/-/g, '_')}`;
  switch (problem.code) {
    case 'network':
    case 'bad-envelope':
    case 'storage':
      return t(key, problem.detail);
    case 'timeout':
      return t(key, String(problem.seconds));
    case 'http-status':
      return t(key, String(problem.status));
    case 'too-large':
      return t(key, formatSize(problem.max));
    case 'not-json':
      return t(key, problem.contentType || '?');
    case 'invalid':
      return t(key, String(problem.errors.length + problem.moreErrors));
    case 'budget':
      return t(key, [problem.path, String(problem.value), String(problem.max)]);
    case 'id-taken':
      return t(key, problem.id);
    case 'id-changed':
      return t(key, [problem.from, problem.to]);
    case 'claim-collision':
      return t(key, [problem.ids.join(', '), problem.otherPack]);
    case 'older-version':
      return t(key, [problem.version, problem.current]);
    case 'wrong-key':
      return t(key, problem.keyId);
    case 'redirect':
    case 'unsigned':
    case 'signed-no-key':
    case 'bad-signature':
      return t(key);
  }
}
