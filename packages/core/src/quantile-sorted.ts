/**
 * Type-7 quantile (R's default, Hyndman & Fan 1996 definition 7) of values already sorted ascending without NaN,
 * read from `sorted[start .. start + n)`: h = (n − 1)p, x₍⌊h⌋₎ + (h − ⌊h⌋)(x₍⌊h⌋+1₎ − x₍⌊h⌋₎). NaN when n = 0.
 * @see Hyndman, R. J. & Fan, Y. (1996) Sample quantiles in statistical packages. The American Statistician 50(4).
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number, start = 0, n = sorted.length - start): number {
  if (n <= 0 || !(p >= 0 && p <= 1)) return NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[start + lo];
  return lo + 1 < n ? a + (h - lo) * (sorted[start + lo + 1] - a) : a;
}
