/**
 * Upper goalpost for an unbounded indicator: the 95th percentile (R type 7, linear interpolation) of the values,
 * rounded up to two significant digits so the published goalpost is a readable number.
 */
export function percentile95Goalpost(values: number[]): number {
  if (values.length === 0) throw new Error('percentile95Goalpost: no values');
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * 0.95;
  const lo = Math.floor(h);
  const q = sorted[lo] + (h - lo) * ((sorted[Math.min(lo + 1, sorted.length - 1)] ?? sorted[lo]) - sorted[lo]);
  if (q <= 0) return 1;
  const magnitude = 10 ** (Math.floor(Math.log10(q)) - 1);
  return Number((Math.ceil(q / magnitude) * magnitude).toPrecision(2));
}
