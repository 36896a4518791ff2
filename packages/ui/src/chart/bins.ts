import { scaleLinear } from 'd3-scale';

/**
 * Equal-interval classes over the data's nice extent: `count` bins, their [lo, hi) bounds and a classifier.
 * Equal intervals keep legend labels round and comparable between editions, unlike quantiles.
 */
export function bins(values: number[], count = 5): { thresholds: number[]; classify: (v: number) => number } {
  const finite = values.filter(Number.isFinite);
  const lo = finite.length ? Math.min(...finite) : 0;
  const hi = finite.length ? Math.max(...finite) : 1;
  const [a, b] = scaleLinear()
    .domain([lo, hi === lo ? lo + 1 : hi])
    .nice(count)
    .domain();
  const thresholds = Array.from({ length: count + 1 }, (_, i) => a + ((b - a) * i) / count);
  return {
    thresholds,
    classify: (v) => Math.max(0, Math.min(count - 1, Math.floor(((v - a) / (b - a)) * count)))
  };
}
