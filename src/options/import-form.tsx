// "Import a file": reads the chosen file's text and hands it to the background, which detects the
// format, validates the whole file and stores it all or nothing. Every refusal is explained here;
// validation errors are listed with their JSON path.
import { useState } from 'preact/hooks';
import { MAX_PACK_BYTES } from '../core/pack/validate.ts';
import { t } from '../shared/browser.ts';
import type { ImportResult } from '../shared/pack-info.ts';
import { request } from '../shared/request.ts';
import { errorText, formatSize, localName } from './format.ts';

type State =
  | { kind: 'idle' }
  | { kind: 'busy'; fileName: string }
  | { kind: 'result'; fileName: string; text: string; result: ImportResult }
  | { kind: 'too-large'; fileName: string; size: number }
  | { kind: 'read-error'; fileName: string; detail: string }
  | { kind: 'no-answer'; fileName: string; detail: string };

export function ImportForm({ onImported }: { onImported: () => Promise<void> }) {
  const [state, setState] = useState<State>({ kind: 'idle' });

  const send = async (fileName: string, text: string, replace: boolean) => {
    setState({ kind: 'busy', fileName });
    try {
      const result = await request('options/import', { fileName, text, replace });
      // The list first, so the success message never announces a pack the list does not show yet.
      if (result.ok) await onImported();
      setState({ kind: 'result', fileName, text, result });
    } catch (error) {
      setState({ kind: 'no-answer', fileName, detail: errorText(error) });
      // The background may have stored the pack before it stopped: show what is there now.
      await onImported().catch(() => undefined);
    }
  };

  const onChange = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = ''; // choosing the same file again (after fixing it) must fire another change
    if (!file) return;
    if (file.size > MAX_PACK_BYTES) {
      setState({ kind: 'too-large', fileName: file.name, size: file.size });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      setState({ kind: 'read-error', fileName: file.name, detail: errorText(error) });
      return;
    }
    await send(file.name, text, false);
  };

  return (
    <section aria-labelledby="import-heading">
      <h2 id="import-heading">{t('optionsImportHeading')}</h2>
      <p class="note" id="import-help">
        {t('optionsImportHelp', formatSize(MAX_PACK_BYTES))} {t('optionsImportSameId')}
      </p>
      <label class="file-label" for="import-file">
        {t('optionsImportLabel')}
      </label>
      <input
        id="import-file"
        type="file"
        data-testid="import-file"
        accept=".json,.jsonld,application/json,application/ld+json"
        aria-describedby="import-help"
        disabled={state.kind === 'busy'}
        onChange={(e) => void onChange(e)}
      />
      <Outcome state={state} onReplace={(s) => void send(s.fileName, s.text, true)} />
    </section>
  );
}

function Outcome({ state, onReplace }: { state: State; onReplace: (s: Extract<State, { kind: 'result' }>) => void }) {
  switch (state.kind) {
    case 'idle':
      return <div aria-live="polite" />;
    case 'busy':
      return (
        <p class="message" role="status" data-testid="import-busy">
          {t('optionsImporting', state.fileName)}
        </p>
      );
    case 'too-large':
      return (
        <p class="message error" role="alert" data-testid="import-error">
          {t('optionsTooLarge', [state.fileName, formatSize(state.size), formatSize(MAX_PACK_BYTES)])}
        </p>
      );
    case 'read-error':
      return (
        <p class="message error" role="alert" data-testid="import-error">
          {t('optionsReadError', [state.fileName, state.detail])}
        </p>
      );
    case 'no-answer':
      return (
        <p class="message error" role="alert" data-testid="import-error">
          {t('optionsImportNoAnswer', [state.fileName, state.detail])}
        </p>
      );
    case 'result':
      return <ResultMessage state={state} onReplace={onReplace} />;
  }
}

function ResultMessage({ state, onReplace }: { state: Extract<State, { kind: 'result' }>; onReplace: (s: typeof state) => void }) {
  const { result, fileName } = state;
  if (result.ok) {
    const { pack } = result;
    return (
      <p class="message success" role="status" data-testid="import-done" data-imported-id={pack.id}>
        {t(result.replaced ? 'optionsReplaceDone' : 'optionsImportDone', [localName(pack.name), fileName, String(pack.claimCount)])}{' '}
        {t('optionsChangesApply')}
      </p>
    );
  }
  switch (result.reason) {
    case 'invalid':
      return (
        <div class="message error" role="alert" data-testid="import-error">
          <p>{t('optionsImportErrors', [fileName, String(result.errors.length + result.moreErrors)])}</p>
          <ul class="errors" aria-label={t('optionsErrorListLabel')} data-testid="import-errors">
            {result.errors.map((e, i) => (
              <li key={i} data-path={e.path}>
                <code class="path">{e.path}</code> {e.message}
              </li>
            ))}
          </ul>
          {result.moreErrors > 0 && <p data-testid="import-more-errors">{t('optionsMoreErrors', String(result.moreErrors))}</p>}
        </div>
      );
    case 'budget':
      return (
        <p class="message error" role="alert" data-testid="import-error" data-budget={result.limit}>
          {t(`optionsBudget_${result.limit.replace(/-/g, '_')}`, [fileName, String(result.value), String(result.max), result.path])}
        </p>
      );
    case 'exists':
      return (
        <div class="message warning" role="alert" data-testid="import-exists">
          <p>{t('optionsExists', result.id)}</p>
          <button type="button" data-action="replace" onClick={() => onReplace(state)}>
            {t('optionsReplace')}
          </button>
        </div>
      );
    case 'bundled':
      return (
        <p class="message error" role="alert" data-testid="import-error">
          {t('optionsBundledId', result.id)}
        </p>
      );
    case 'subscribed':
      return (
        <p class="message error" role="alert" data-testid="import-error">
          {t('optionsSubscribedId', result.id)}
        </p>
      );
    case 'storage':
      return (
        <p class="message error" role="alert" data-testid="import-error">
          {t('optionsStorageError', result.detail)}
        </p>
      );
  }
}
