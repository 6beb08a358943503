// Search the whole claim database, whatever page is open.
import { useEffect, useState } from 'preact/hooks';
import { t, uiLanguage } from '../shared/browser.ts';
import type { ClaimView } from '../shared/claim-view.ts';
import { request } from '../shared/request.ts';
import { ClaimItem } from './claim-item.tsx';

export function SearchBox() {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<ClaimView[] | null>(null);
  useEffect(() => {
    if (query.trim().length < 2) {
      setResults(null);
      return;
    }
    let current = true;
    void request('ui/search', { query, lang: uiLanguage() }).then(({ claims }) => current && setResults(claims));
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
        onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
      />
      {results !== null && (
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
