// One imported pack: what it is, whether it is used, and its actions. Removing asks for confirmation
// in place (no modal dialog), and says how to keep a copy.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../shared/browser.ts';
import type { ImportedPackInfo } from '../shared/pack-info.ts';
import { request } from '../shared/request.ts';
import { download } from './download.ts';
import { formatDate, formatName, localName } from './format.ts';

interface Props {
  pack: ImportedPackInfo;
  onChanged: () => Promise<void>;
  onRemoved: () => Promise<void>;
}

export function ImportedPackItem({ pack, onChanged, onRemoved }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [gone, setGone] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const removeButton = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  // Focus follows the question: to "Yes, remove" when asked, back to "Remove" when cancelled.
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
    else if (asked.current) removeButton.current?.focus();
    asked.current = confirming;
  }, [confirming]);
  const name = localName(pack.name);
  const nameId = `pack-name-${pack.id}`;

  const toggle = async () => {
    const { ok } = await request('options/set-enabled', { id: pack.id, enabled: !pack.enabled });
    setGone(!ok);
    await onChanged();
  };
  const remove = async () => {
    await request('options/remove', { id: pack.id });
    await onRemoved();
  };
  const exportPack = async () => {
    const file = await request('options/export', { id: pack.id });
    if (!file.ok) {
      setGone(true);
      await onChanged();
      return;
    }
    download(file.fileName, file.text);
  };

  return (
    <li class="pack" data-pack-id={pack.id} data-enabled={String(pack.enabled)}>
      <span class="pack-name" id={nameId}>
        {name}
      </span>
      <span class="pack-meta">{t('optionsPackMeta', [pack.version, String(pack.claimCount)])}</span>
      <span class="pack-meta">{t('optionsImportedFrom', [pack.fileName, formatName(pack.format), formatDate(pack.importedAt)])}</span>
      <span class={pack.enabled ? 'pack-state on' : 'pack-state off'} data-testid="pack-state">
        {pack.enabled ? t('optionsStateEnabled') : t('optionsStateDisabled')}
      </span>
      {gone && (
        <span class="message error" role="alert">
          {t('optionsActionFailed')}
        </span>
      )}
      {!confirming ? (
        <div class="actions">
          <button type="button" data-action="toggle" aria-describedby={nameId} onClick={() => void toggle()}>
            {pack.enabled ? t('optionsDisable') : t('optionsEnable')}
          </button>
          <button type="button" data-action="export" aria-describedby={nameId} onClick={() => void exportPack()}>
            {t('optionsExport')}
          </button>
          <button type="button" data-action="remove" aria-describedby={nameId} ref={removeButton} onClick={() => setConfirming(true)}>
            {t('optionsRemove')}
          </button>
        </div>
      ) : (
        <div class="actions confirm" role="group" aria-labelledby={`${nameId}-confirm`}>
          <span id={`${nameId}-confirm`}>{t('optionsRemoveConfirm', name)}</span>
          <button type="button" class="danger" data-action="confirm-remove" ref={confirmButton} onClick={() => void remove()}>
            {t('optionsRemoveYes')}
          </button>
          <button type="button" data-action="cancel-remove" onClick={() => setConfirming(false)}>
            {t('optionsCancel')}
          </button>
        </div>
      )}
    </li>
  );
}
