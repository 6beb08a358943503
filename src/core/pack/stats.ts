// Counts of compiled claims by claimant, by status and by month, for `recoupe stats`: a quick view of
// what a pack covers and how much of it is corroborated, to review a large pack before merging it.
import type { ClaimStatus, CompiledPack } from './types.ts';

/** Status columns, from the best supported to the least. */
export const STATUS_ORDER: readonly ClaimStatus[] = ['corroborated', 'partly-corroborated', 'contested', 'disputed', 'unverified'];

export interface StatsRow {
  /** Claimant id, status or month (YYYY-MM). */
  readonly key: string;
  /** Display label (claimant name with its id). */
  readonly label: string;
  readonly total: number;
  readonly byStatus: Readonly<Record<ClaimStatus, number>>;
}

export interface PackStats {
  readonly total: number;
  readonly byClaimant: readonly StatsRow[];
  readonly byStatus: readonly StatsRow[];
  readonly byMonth: readonly StatsRow[];
}

function emptyCounts(): Record<ClaimStatus, number> {
  return { corroborated: 0, 'partly-corroborated': 0, contested: 0, disputed: 0, unverified: 0 };
}

function group(pack: CompiledPack, keyOf: (c: CompiledPack['claims'][number]) => string, label: (key: string) => string): StatsRow[] {
  const rows = new Map<string, { total: number; byStatus: Record<ClaimStatus, number> }>();
  for (const claim of pack.claims) {
    const key = keyOf(claim);
    const row = rows.get(key) ?? { total: 0, byStatus: emptyCounts() };
    row.total++;
    row.byStatus[claim.status]++;
    rows.set(key, row);
  }
  return [...rows].map(([key, row]) => ({ key, label: label(key), ...row }));
}

export function packStats(pack: CompiledPack): PackStats {
  const names = new Map(pack.entities.map((e) => [e.id, e.name.en ?? Object.values(e.name)[0] ?? e.id]));
  // Most claims first, then by label, so the big claimants lead and ties read alphabetically.
  const byClaimant = group(pack, (c) => c.claimant, (id) => `${names.get(id) ?? id} (${id})`).sort(
    (a, b) => b.total - a.total || a.label.localeCompare(b.label),
  );
  const byStatus = group(pack, (c) => c.status, (s) => s).sort(
    (a, b) => STATUS_ORDER.indexOf(a.key as ClaimStatus) - STATUS_ORDER.indexOf(b.key as ClaimStatus),
  );
  const byMonth = group(pack, (c) => c.date.slice(0, 7), (m) => m).sort((a, b) => a.key.localeCompare(b.key));
  return { total: pack.claims.length, byClaimant, byStatus, byMonth };
}
