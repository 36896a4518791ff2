/**
 * Compound annual growth rate (last / first)^(1 / periods) − 1.
 * NaN when any argument is NaN, when first or last is not positive, or when periods is not positive.
 */
export function cagr(first: number, last: number, periods: number): number {
  if (!(first > 0) || !(last > 0) || !(periods > 0)) return NaN;
  return Math.pow(last / first, 1 / periods) - 1;
}
