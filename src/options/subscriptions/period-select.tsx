// How often a subscription is updated: one of UPDATE_PERIODS.
import { t } from '../../shared/browser.ts';
import { UPDATE_PERIODS, type UpdatePeriod } from '../../shared/subscription-info.ts';

export function PeriodSelect({ id, value, onChange, describedBy }: { id: string; value: number; onChange: (p: UpdatePeriod) => void; describedBy?: string }) {
  return (
    <select id={id} value={String(value)} aria-describedby={describedBy} onChange={(e) => onChange(Number((e.currentTarget as HTMLSelectElement).value) as UpdatePeriod)}>
      {UPDATE_PERIODS.map((p) => (
        <option key={p} value={String(p)}>
          {t(`subsPeriod_${p}`)}
        </option>
      ))}
    </select>
  );
}
