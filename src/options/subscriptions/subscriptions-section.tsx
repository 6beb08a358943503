// The "Subscriptions" section: every subscription, then the form to add one.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { t } from '../../shared/browser.ts';
import type { SubscriptionView } from '../../shared/subscription-info.ts';
import { request } from '../../shared/request.ts';
import { errorText } from '../format.ts';
import { SubscribeForm } from './subscribe-form.tsx';
import { SubscriptionItem } from './subscription-item.tsx';

export function SubscriptionsSection({ onChanged }: { onChanged: () => Promise<void> }) {
  const [subs, setSubs] = useState<SubscriptionView[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    try {
      setSubs((await request('options/list-subscriptions', {})).subscriptions);
      setLoadError(null);
    } catch (error) {
      setLoadError(errorText(error));
    }
    await onChanged();
  }, [onChanged]);
  useEffect(() => void reload(), [reload]);

  return (
    <section aria-labelledby="subs-heading" data-testid="subscriptions">
      <h2 id="subs-heading">{t('subsHeading')}</h2>
      <p class="note">{t('subsIntro')}</p>
      {loadError !== null && (
        <p class="message error" role="alert">
          {t('optionsLoadError', loadError)}
        </p>
      )}
      {subs !== null && subs.length === 0 && (
        <p class="empty" data-testid="no-subscriptions">
          {t('subsNone')}
        </p>
      )}
      {subs !== null && subs.length > 0 && (
        <ul class="packs" data-testid="subscription-list">
          {subs.map((sub) => (
            <SubscriptionItem key={sub.id} sub={sub} onChanged={reload} />
          ))}
        </ul>
      )}
      <SubscribeForm onSubscribed={reload} />
    </section>
  );
}
