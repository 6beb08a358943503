// Search the whole claim database, whatever page is open.
import { useEffect, useState } from 'preact/hooks';
import { t, uiLanguage } from '../shared/browser.ts';
import type { ClaimView } from '../shared/claim-view.ts';
import { request } from '../shared/request.ts';
import { ClaimItem } from './claim-item.tsx';

/** The longest query the background accepts (messages.ts); longer input is searched by its start. */
const MAX_QUERY = 500;

export function SearchBox() {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<ClaimView[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    setFailure(null);
    if (query.trim().length < 2) {
      setResults(null);
      return;
    }
    let current = true;
    request('ui/search', { query: query.slice(0, MAX_QUERY), lang: uiLanguage() }).then(
      ({ claims }) => current && setResults(claims),
      (error: unknown) => current && setFailure(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      current = false;
    };
  }, [query]);
  return (
    <section class="search" aria-labelledby="search-label">
      <label id="search-label" for="search-input">
        {t('popupSearchLabel')}
      </label>
      <input
        id="search-input"
        type="search"
        value={query}
        placeholder={t('popupSearchPlaceholder')}
        maxLength={MAX_QUERY}
        onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
      />
      {failure !== null && (
        <p class="message error" role="alert" data-testid="search-error">
          {t('popupSearchError', failure)}
        </p>
      )}
      {results !== null && failure === null && (
        <div aria-live="polite">
          {results.length === 0 ? (
            <p class="empty">{t('popupSearchNone')}</p>
          ) : (
            <ul class="claims" data-testid="search-results">
              {results.map((c) => (
                <ClaimItem key={c.id} claim={c} />
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
