// The reader's feedback reports ("not this claim", "missed claim"): listed newest first, exported as a
// feedback file (format in docs/adr/0011) for a pack maintainer, or deleted. They never leave the device
// unless the reader exports them. Reuses the pack list's layout classes.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { t } from '../shared/browser.ts';
import type { FeedbackReport } from '../shared/feedback.ts';
import { request } from '../shared/request.ts';
import { download } from './download.ts';
import { errorText, formatDate } from './format.ts';

export function Reports() {
  const [reports, setReports] = useState<FeedbackReport[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    try {
      setReports((await request('options/list-reports', {})).reports);
      setError(null);
    } catch (e) {
      setError(errorText(e));
    }
  }, []);
  useEffect(() => void reload(), [reload]);

  const exportReports = async () => {
    const file = await request('options/export-reports', {});
    download(file.fileName, file.text);
  };
  // Removing a "not this claim" report lets its highlight come back on the next load of the page.
  const remove = async (report: FeedbackReport) => {
    await request('options/remove-report', { report });
    await reload();
  };
  const clear = async () => {
    await request('options/clear-reports', {});
    await reload();
  };

  return (
    <section aria-labelledby="reports-heading" data-testid="reports">
      <h2 id="reports-heading">{t('optionsReports')}</h2>
      <p class="note">{t('optionsReportsIntro')}</p>
      {error !== null && (
        <p class="message error" role="alert">
          {t('optionsLoadError', error)}
        </p>
      )}
      {reports !== null && reports.length === 0 && (
        <p class="empty" data-testid="no-reports">
          {t('optionsNoReports')}
        </p>
      )}
      {reports !== null && reports.length > 0 && (
        <>
          <ul class="packs" data-testid="report-list" data-count={reports.length}>
            {[...reports].reverse().map((r, i) => (
              <li key={`${r.kind} ${r.url} ${r.sentence} ${r.kind === 'not-this-claim' ? r.claimId : ''}`} class="pack" data-kind={r.kind} data-claim={r.kind === 'not-this-claim' ? r.claimId : undefined}>
                <span class="pack-name" id={`report-${i}`}>
                  {r.kind === 'not-this-claim' ? t('reportNotThisClaim', r.claimId) : t('reportMissedClaim')}
                </span>
                <span lang={r.lang ?? undefined}>{r.sentence}</span>
                <span class="pack-meta">{t('reportMeta', [r.url, formatDate(r.date)])}</span>
                <div class="actions">
                  <button type="button" data-action="remove-report" aria-describedby={`report-${i}`} onClick={() => void remove(r)}>
                    {t('optionsRemove')}
                  </button>
                </div>
              </li>
            ))}
          </ul>
          <div class="actions">
            <button type="button" data-action="export-reports" onClick={() => void exportReports()}>
              {t('optionsExportReports')}
            </button>
            <button type="button" class="danger" data-action="clear-reports" onClick={() => void clear()}>
              {t('optionsClearReports')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
