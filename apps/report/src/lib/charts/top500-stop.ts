import type { EntityLines } from './entity-lines';

/**
 * The first year after China's highest TOP500 count: from then on Chinese centres submitted no new systems, so the
 * falling count is a submission effect (TOP500 caveat, SOURCES.md §8b). Null when China is not in the lines.
 */
export function top500Stop(m: EntityLines): number | null {
  const counts = m.values.CHN;
  if (!counts) return null;
  let best = -1;
  counts.forEach((v, i) => {
    if (Number.isFinite(v) && (best < 0 || v >= counts[best])) best = i;
  });
  return best < 0 || best === counts.length - 1 ? null : m.years[best + 1];
}
