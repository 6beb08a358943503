// Stored records that failed their check when read back (background/stored-records.ts): they are not
// used, and each can be removed here. Everything else, the bundled pack included, keeps working.
import { useState } from 'preact/hooks';
import { t } from '../shared/browser.ts';
import type { BrokenRecord } from '../shared/pack-info.ts';
import { request } from '../shared/request.ts';
import { errorText, localName } from './format.ts';

export function BrokenRecords({ broken, onRemoved }: { broken: readonly BrokenRecord[]; onRemoved: () => Promise<void> }) {
  if (broken.length === 0) return null;
  return (
    <section aria-labelledby="broken-heading" data-testid="broken-packs">
      <h2 id="broken-heading">{t('optionsBrokenHeading')}</h2>
      <p class="note">{t('optionsBrokenIntro')}</p>
      <ul class="packs">
        {broken.map((record) => (
          <BrokenItem key={`${record.key}\u0000${record.reason}`} record={record} onRemoved={onRemoved} />
        ))}
      </ul>
    </section>
  );
}

function BrokenItem({ record, onRemoved }: { record: BrokenRecord; onRemoved: () => Promise<void> }) {
  const [failure, setFailure] = useState<string | null>(null);
  const name = record.name ? localName(record.name) : t('optionsBrokenUnnamed', record.key.slice(0, 100));
  const nameId = `broken-name-${record.key.replace(/[^a-z0-9_-]/gi, '_')}`;
  const remove = async () => {
    try {
      await request('options/remove', { id: record.key });
      await onRemoved();
    } catch (error) {
      setFailure(errorText(error));
    }
  };
  return (
    <li class="pack broken" data-broken-key={record.key} data-reason={record.reason}>
      <span class="pack-name" id={nameId}>
        {name}
      </span>
      <span class="pack-meta">{t(`optionsBroken_${record.reason.replace(/-/g, '_')}`)}</span>
      {record.detail !== '' && (
        <span class="pack-meta">
          <code>{record.detail}</code>
        </span>
      )}
      {failure !== null && (
        <span class="message error" role="alert">
          {failure}
        </span>
      )}
      <div class="actions">
        <button type="button" class="danger" data-action="remove-broken" aria-describedby={nameId} onClick={() => void remove()}>
          {t('optionsBrokenRemove')}
        </button>
      </div>
    </li>
  );
}
