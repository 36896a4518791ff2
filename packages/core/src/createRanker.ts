/**
 * A ranker for many score vectors of the same units in a row (Monte Carlo draws): it keeps the unit order of the
 * previous call and re-sorts it by insertion, which costs O(n + moves) when orders change little between draws —
 * far less than a fresh sort — and allocates nothing per call. Ranks as `rank`: 1 = largest, ties share the lower
 * rank, NaN → NaN. Reads values[vOff … vOff + n), writes out[oOff … oOff + n).
 */
export function createRanker(n: number): (values: Float64Array, vOff: number, out: Float64Array, oOff: number) => void {
  const perm = new Int32Array(n);
  // Keys in the current order, contiguous, so the insertion sort compares without indirection; NaN → −∞ (last).
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) perm[i] = i;
  return (values, vOff, out, oOff) => {
    for (let i = 0; i < n; i++) {
      const v = values[vOff + perm[i]];
      keys[i] = v === v ? v : -Infinity;
    }
    for (let i = 1; i < n; i++) {
      const k = keys[i];
      if (keys[i - 1] >= k) continue;
      const p = perm[i];
      let j = i - 1;
      while (j >= 0 && keys[j] < k) {
        keys[j + 1] = keys[j];
        perm[j + 1] = perm[j];
        j--;
      }
      keys[j + 1] = k;
      perm[j + 1] = p;
    }
    let prev = NaN;
    let prevRank = 0;
    for (let i = 0; i < n; i++) {
      const p = perm[i];
      const v = values[vOff + p];
      if (v !== v) out[oOff + p] = NaN;
      else {
        if (v !== prev) {
          prevRank = i + 1;
          prev = v;
        }
        out[oOff + p] = prevRank;
      }
    }
  };
}
