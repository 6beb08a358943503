// Pack versions compared, so a subscription never goes back to an older one (docs/adr/0010).
/**
 * Orders pack versions ("2026.11.25", "1", "1.10"): numeric parts compared as numbers, the rest as text.
 * Negative when `a` is older.
 */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(/[^0-9A-Za-z]+/);
  const pb = b.split(/[^0-9A-Za-z]+/);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? '';
    const y = pb[i] ?? '';
    const diff = /^\d+$/.test(x) && /^\d+$/.test(y) ? Number(x) - Number(y) : x.localeCompare(y);
    if (diff !== 0) return Math.sign(diff);
  }
  return 0;
}
