/**
 * The observations where both `x` and `y` are present (not NaN), in order: R's `use = "pairwise.complete.obs"`,
 * which COINr's correlations and Cronbach's α use.
 */
export function pairwiseComplete({ x, y }: { x: ArrayLike<number>; y: ArrayLike<number> }): {
  x: Float64Array;
  y: Float64Array;
} {
  if (x.length !== y.length) throw new Error(`pairwiseComplete: columns of ${x.length} and ${y.length} values`);
  const keep: number[] = [];
  for (let i = 0; i < x.length; i++) if (x[i] === x[i] && y[i] === y[i]) keep.push(i);
  return { x: Float64Array.from(keep, (i) => x[i]), y: Float64Array.from(keep, (i) => y[i]) };
}
