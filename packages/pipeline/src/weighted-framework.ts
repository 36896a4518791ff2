import type { CoinData } from '@dtr/core';

/**
 * The framework that reaches the index: aggregates with weight 0 (in iMeta or `weights`) and every row under them are
 * left out, so the audit describes the published index, not a pillar shown beside it.
 */
export function weightedFramework({ data, weights }: { data: CoinData; weights: Record<string, number> }): CoinData {
  const weight = (code: string, w: number) => weights[code] ?? w;
  const dropped = new Set<string>();
  // iMeta lists parents before or after children; repeat until no new row is dropped.
  for (let size = -1; size !== dropped.size;) {
    size = dropped.size;
    for (const m of data.meta)
      if ((m.type === 'Aggregate' && weight(m.code, m.weight) === 0) || (m.parent && dropped.has(m.parent)))
        dropped.add(m.code);
  }
  return { ...data, meta: data.meta.filter((m) => !dropped.has(m.code)) };
}
