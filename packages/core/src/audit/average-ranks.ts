/**
 * Ascending ranks 1 … n of values without NaN, tied values sharing the mean of the ranks they span (R's `rank(x)`,
 * ties.method "average"): the ranks Spearman's ρ correlates.
 * @see Spearman, C. (1904) The proof and measurement of association between two things. Am. J. Psychol. 15(1).
 */
export function averageRanks({ values }: { values: ArrayLike<number> }): Float64Array {
  const n = values.length;
  const order = Uint32Array.from({ length: n }, (_, i) => i).sort((a, b) => values[a] - values[b]);
  const out = new Float64Array(n);
  for (let i = 0; i < n;) {
    let j = i + 1;
    while (j < n && values[order[j]] === values[order[i]]) j++;
    // Positions i … j − 1 hold ranks i + 1 … j; their mean is (i + 1 + j) / 2.
    for (let t = i; t < j; t++) out[order[t]] = (i + 1 + j) / 2;
    i = j;
  }
  return out;
}
