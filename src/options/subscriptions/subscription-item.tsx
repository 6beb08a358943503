// One subscription: its pack (name, version, claim count), when it last succeeded and changed, its last
// error in plain words with the version still in use, its schedule, "update now" and "unsubscribe".
import { useState } from 'preact/hooks';
import { browser, t } from '../../shared/browser.ts';
import { originPattern } from '../../shared/feed-url.ts';
import type { FeedProblem, SubscriptionView, UpdatePeriod } from '../../shared/subscription-info.ts';
import { request } from '../../shared/request.ts';
import { errorText, formatDate, localName } from '../format.ts';
import { formatAge } from './age.ts';
import { PeriodSelect } from './period-select.tsx';
import { ProblemMessage } from './problem-message.tsx';

type Action = { kind: 'idle' } | { kind: 'updating' } | { kind: 'updated'; changed: boolean } | { kind: 'failed'; problem?: FeedProblem; detail?: string };

export function SubscriptionItem({ sub, onChanged }: { sub: SubscriptionView; onChanged: () => Promise<void> }) {
  const [action, setAction] = useState<Action>({ kind: 'idle' });
  // How many "update now" clicks have finished: lets a test (or a screen reader's user) tell results apart.
  const [finished, setFinished] = useState(0);
  const nameId = `sub-name-${sub.id}`;
  const name = sub.pack ? localName(sub.pack.name) : sub.url;

  const updateNow = async () => {
    setAction({ kind: 'updating' });
    try {
      const result = await request('options/update-subscription', { id: sub.id });
      await onChanged();
      setAction(result.ok ? { kind: 'updated', changed: result.changed } : { kind: 'failed', ...(result.problem && { problem: result.problem }) });
    } catch (error) {
      setAction({ kind: 'failed', detail: errorText(error) });
    }
    setFinished((n) => n + 1);
  };
  const setPeriod = async (periodMinutes: UpdatePeriod) => {
    await request('options/set-subscription-period', { id: sub.id, periodMinutes });
    await onChanged();
  };
  const unsubscribe = async () => {
    const { releaseOrigin } = await request('options/unsubscribe', { id: sub.id });
    // The permission subscribing asked for goes back with the last subscription that needed it.
    if (releaseOrigin !== undefined) await browser.permissions.remove({ origins: [originPattern(releaseOrigin)] }).catch(() => false);
    await onChanged();
  };

  return (
    <li class="pack subscription" data-subscription-id={sub.id} data-subscription-url={sub.url} data-pack-id={sub.pack?.id} data-updates-finished={finished}>
      <span class="pack-name" id={nameId}>
        {name}
      </span>
      <span class="pack-meta">
        <code>{sub.url}</code>
      </span>
      {sub.pack && (
        <span class="pack-meta" data-testid="sub-claims" data-count={sub.pack.claimCount} data-version={sub.pack.version}>
          {t('optionsPackMeta', [sub.pack.version, String(sub.pack.claimCount)])}
        </span>
      )}
      <span class="pack-meta" data-testid="sub-last-success">
        {sub.lastSuccess ? t('subsLastSuccess', [formatDate(sub.lastSuccess), formatAge(sub.lastSuccess)]) : t('subsNeverSucceeded')}
      </span>
      {sub.lastChange && <span class="pack-meta">{t('subsLastChange', formatAge(sub.lastChange))}</span>}
      {sub.keyId && <span class="pack-meta">{t('subsSigned', sub.keyId)}</span>}
      {sub.lastError && (
        <ProblemMessage
          problem={sub.lastError.problem}
          prefix={t('subsLastError', formatAge(sub.lastError.at)) + (sub.pack ? ` ${t('subsKeptVersion', sub.pack.version)}` : '')}
          testId="sub-error"
        />
      )}
      {action.kind === 'updating' && (
        <span class="message" role="status" data-testid="update-busy">
          {t('subsUpdating')}
        </span>
      )}
      {action.kind === 'updated' && (
        <span class="message success" role="status" data-testid="update-result" data-outcome={action.changed ? 'changed' : 'unchanged'}>
          {action.changed ? t('subsUpdated') : t('subsUnchanged')}
        </span>
      )}
      {action.kind === 'failed' && !action.problem && (
        <span class="message error" role="alert" data-testid="update-result" data-outcome="failed">
          {action.detail ?? t('optionsActionFailed')}
        </span>
      )}
      <div class="actions">
        <label for={`period-${sub.id}`}>{t('subsPeriodLabel')}</label>
        <PeriodSelect id={`period-${sub.id}`} value={sub.periodMinutes} describedBy={nameId} onChange={(p) => void setPeriod(p)} />
        <button type="button" data-action="update-now" aria-describedby={nameId} disabled={action.kind === 'updating'} onClick={() => void updateNow()}>
          {t('subsUpdateNow')}
        </button>
        <button type="button" class="danger" data-action="unsubscribe" aria-describedby={nameId} onClick={() => void unsubscribe()}>
          {t('subsUnsubscribe')}
        </button>
      </div>
    </li>
  );
}
