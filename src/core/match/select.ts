// Small array helpers for candidate generation (candidates.ts): selection of the best, search, offsets.

/** Position of `value` in an ascending list, or -1. */
export function search(list: Int32Array, value: number): number {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = list[mid]!;
    if (v === value) return mid;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * The `n` claims with the highest BM25 (stage 1), in the order they were opened (so that ties among equal
 * final scores break as without a budget). Among equal BM25 at the cut, the first opened.
 */
export function best(opened: readonly number[], first: Float64Array, values: Float64Array, n: number): number[] {
  for (let i = 0; i < opened.length; i++) values[i] = first[opened[i]!]!;
  const cut = nthLargest(values, opened.length, n);
  let above = 0;
  for (let i = 0; i < opened.length; i++) if (first[opened[i]!]! > cut) above++;
  let ties = n - above;
  const out: number[] = [];
  for (let i = 0; i < opened.length; i++) {
    const c = opened[i]!;
    const v = first[c]!;
    if (v > cut || (v === cut && ties-- > 0)) out.push(c);
  }
  return out;
}

/** The n-th largest (1-based) of the first `length` values, by quickselect; reorders them. */
function nthLargest(values: Float64Array, length: number, n: number): number {
  let lo = 0;
  let hi = length - 1;
  const k = n - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! > pivot) i++;
      while (values[j]! < pivot) j--;
      if (i <= j) {
        const x = values[i]!;
        values[i] = values[j]!;
        values[j] = x;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return values[k]!;
}

export function prefixSums(counts: Int32Array): Int32Array {
  const out = new Int32Array(counts.length + 1);
  for (let i = 0; i < counts.length; i++) out[i + 1] = out[i]! + counts[i]!;
  return out;
}
