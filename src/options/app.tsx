// Options page: the bundled pack, the imported packs (enable, disable, remove, export), the import form,
// and the subscriptions.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../shared/browser.ts';
import type { ResponseOf } from '../shared/messages.ts';
import { request } from '../shared/request.ts';
import { errorText, localName } from './format.ts';
import { ImportForm } from './import-form.tsx';
import { ImportedPackItem } from './imported-pack.tsx';
import { BrokenRecords } from './broken-records.tsx';
import { Reports } from './reports.tsx';
import { SubscriptionsSection } from './subscriptions/subscriptions-section.tsx';

type Packs = ResponseOf<'options/list-packs'>;

export function App() {
  const [packs, setPacks] = useState<Packs | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const importedHeading = useRef<HTMLHeadingElement>(null);
  const reload = useCallback(async () => {
    try {
      setPacks(await request('options/list-packs', {}));
      setLoadError(null);
    } catch (error) {
      setLoadError(errorText(error));
    }
  }, []);
  useEffect(() => void reload(), [reload]);
  // Subscribed packs are listed with their subscription, not among the files imported by hand.
  const imported = packs?.imported.filter((p) => p.subscription === undefined) ?? [];

  const total = packs ? [...packs.bundled, ...packs.imported.filter((p) => p.enabled)].reduce((n, p) => n + p.claimCount, 0) : null;
  return (
    <>
      <h1>{t('optionsTitle')}</h1>
      <p>{t('optionsIntro')}</p>
      {loadError !== null && (
        <p class="message error" role="alert">
          {t('optionsLoadError', loadError)}
        </p>
      )}
      <section aria-labelledby="bundled-heading">
        <h2 id="bundled-heading">{t('optionsBundledPack')}</h2>
        <ul class="packs" data-testid="bundled-packs">
          {packs?.bundled.map((pack) => (
            <li key={pack.id} class="pack" data-pack-id={pack.id}>
              <span class="pack-name">{localName(pack.name)}</span>
              <span class="pack-meta">{t('optionsPackMeta', [pack.version, String(pack.claimCount)])}</span>
            </li>
          ))}
        </ul>
        {total !== null && (
          <p class="note" data-testid="total-claims" data-count={total}>
            {t('optionsTotal', String(total))}
          </p>
        )}
      </section>
      <section aria-labelledby="imported-heading">
        <h2 id="imported-heading" tabIndex={-1} ref={importedHeading}>
          {t('optionsImportedPacks')}
        </h2>
        <p class="note">{t('optionsChangesApply')}</p>
        {packs !== null && imported.length === 0 && (
          <p class="empty" data-testid="no-imported">
            {t('optionsNoImported')}
          </p>
        )}
        {packs !== null && imported.length > 0 && (
          <ul class="packs" data-testid="imported-packs">
            {imported.map((pack) => (
              <ImportedPackItem
                key={pack.id}
                pack={pack}
                onChanged={reload}
                onRemoved={async () => {
                  await reload();
                  importedHeading.current?.focus();
                }}
              />
            ))}
          </ul>
        )}
      </section>
      {packs !== null && <BrokenRecords broken={packs.broken} onRemoved={reload} />}
      <ImportForm onImported={reload} />
      <Reports />
      <SubscriptionsSection onChanged={reload} />
    </>
  );
}
