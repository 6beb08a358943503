// "Subscribe to a pack": an address, an optional publisher key, a schedule. The origin's host permission
// is asked for here, from the user's click, only when the browser does not already grant it (the
// manifest's host permissions usually do: docs/adr/0010), and only for that origin. The background
// then downloads the pack; a first download that fails any check keeps nothing.
import { useEffect, useState } from 'preact/hooks';
import { browser, t } from '../../shared/browser.ts';
import { checkFeedUrl, originPattern } from '../../shared/feed-url.ts';
import type { SubscribeResult, UpdatePeriod } from '../../shared/subscription-info.ts';
import { DEFAULT_PERIOD } from '../../shared/subscription-info.ts';
import { request } from '../../shared/request.ts';
import { errorText, localName } from '../format.ts';
import { PeriodSelect } from './period-select.tsx';
import { ProblemMessage } from './problem-message.tsx';

type State =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'bad-url'; reason: string }
  | { kind: 'permission-refused'; origin: string }
  | { kind: 'result'; result: SubscribeResult }
  | { kind: 'no-answer'; detail: string };

export function SubscribeForm({ onSubscribed }: { onSubscribed: () => Promise<void> }) {
  const [url, setUrl] = useState('');
  const [key, setKey] = useState('');
  const [period, setPeriod] = useState<UpdatePeriod>(DEFAULT_PERIOD);
  const [state, setState] = useState<State>({ kind: 'idle' });
  // Whether the browser already lets Recoupe read the typed address's origin. Known before the click,
  // because Firefox accepts permissions.request only synchronously inside the click's handler.
  const [granted, setGranted] = useState<{ origin: string; granted: boolean } | null>(null);
  useEffect(() => {
    const checked = checkFeedUrl(url);
    if (!checked.ok) return;
    let current = true;
    browser.permissions.contains({ origins: [originPattern(checked.origin)] }).then(
      (yes) => current && setGranted({ origin: checked.origin, granted: yes }),
      () => current && setGranted({ origin: checked.origin, granted: false }),
    );
    return () => void (current = false);
  }, [url]);

  const submit = (event: Event) => {
    event.preventDefault();
    const checked = checkFeedUrl(url);
    if (!checked.ok) {
      setState({ kind: 'bad-url', reason: checked.reason });
      return;
    }
    const known = granted?.origin === checked.origin && granted.granted;
    // Called before any await, so the click still counts as the user's gesture in both browsers.
    const permission = known ? Promise.resolve(true) : browser.permissions.request({ origins: [originPattern(checked.origin)] });
    setState({ kind: 'busy' });
    void (async () => {
      let allowed: boolean;
      try {
        allowed = await permission;
      } catch {
        allowed = false;
      }
      if (!allowed) {
        setState({ kind: 'permission-refused', origin: checked.origin });
        return;
      }
      try {
        const result = await request('options/subscribe', { url: checked.url, publicKey: key.trim() === '' ? null : key.trim(), periodMinutes: period, requestedOrigin: !known });
        if (result.ok) {
          await onSubscribed();
          setUrl('');
          setKey('');
        } else if (!known) {
          // Nothing was kept: give back what was asked for this attempt.
          await browser.permissions.remove({ origins: [originPattern(checked.origin)] }).catch(() => false);
        }
        setState({ kind: 'result', result });
      } catch (error) {
        setState({ kind: 'no-answer', detail: errorText(error) });
        await onSubscribed().catch(() => undefined);
      }
    })();
  };

  return (
    <form class="subscribe" onSubmit={submit} data-testid="subscribe-form" data-origin-granted={granted ? `${granted.origin} ${granted.granted}` : undefined}>
      <h3 id="subscribe-heading">{t('subsFormHeading')}</h3>
      <p class="note" id="subscribe-help">
        {t('subsUrlHelp')}
      </p>
      <label for="subscribe-url">{t('subsUrlLabel')}</label>
      <input
        id="subscribe-url"
        type="url"
        required
        value={url}
        aria-describedby="subscribe-help"
        onInput={(e) => setUrl((e.currentTarget as HTMLInputElement).value)}
      />
      <label for="subscribe-key">{t('subsKeyLabel')}</label>
      <input id="subscribe-key" type="text" spellcheck={false} autocomplete="off" value={key} aria-describedby="subscribe-key-help" onInput={(e) => setKey((e.currentTarget as HTMLInputElement).value)} />
      <p class="note" id="subscribe-key-help">
        {t('subsKeyHelp')}
      </p>
      <label for="subscribe-period">{t('subsPeriodLabel')}</label>
      <PeriodSelect id="subscribe-period" value={period} onChange={setPeriod} />
      <div class="actions">
        <button type="submit" data-action="subscribe" disabled={state.kind === 'busy'}>
          {t('subsSubscribe')}
        </button>
      </div>
      <Outcome state={state} />
    </form>
  );
}

function Outcome({ state }: { state: State }) {
  switch (state.kind) {
    case 'idle':
      return <div aria-live="polite" />;
    case 'busy':
      return (
        <p class="message" role="status" data-testid="subscribe-busy">
          {t('subsSubscribing')}
        </p>
      );
    case 'bad-url':
      return (
        <p class="message error" role="alert" data-testid="subscribe-error" data-code={`url-${state.reason}`}>
          {t(`subsBadUrl_${state.reason.replace(/-/g, '_')}`)}
        </p>
      );
    case 'permission-refused':
      return (
        <p class="message error" role="alert" data-testid="subscribe-error" data-code="permission">
          {t('subsPermissionRefused', state.origin)}
        </p>
      );
    case 'no-answer':
      return (
        <p class="message error" role="alert" data-testid="subscribe-error" data-code="no-answer">
          {state.detail}
        </p>
      );
    case 'result': {
      const { result } = state;
      if (result.ok) {
        const pack = result.subscription.pack;
        return (
          <p class="message success" role="status" data-testid="subscribe-done">
            {t('subsDone', [pack ? localName(pack.name) : result.subscription.url, String(pack?.claimCount ?? 0)])} {t('optionsChangesApply')}
          </p>
        );
      }
      if (result.reason === 'feed') return <ProblemMessage problem={result.problem} prefix={t('subsFirstDownloadFailed')} testId="subscribe-error" />;
      return (
        <p class="message error" role="alert" data-testid="subscribe-error" data-code={result.reason}>
          {result.reason === 'bad-url' ? t('subsBadUrl_not_a_url') : result.reason === 'bad-key' ? t('subsBadKey') : t('subsExists')}
        </p>
      );
    }
  }
}
