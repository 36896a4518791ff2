import type { ExplorerResult, FrameworkFile } from './types';

/** What the explorer's headline says about one economy: its published rank, the range other defensible choices give,
 * the economies at the top, and the pillars that start at weight 0 with the coverage that keeps them there. */
export interface ExplorerHeadline {
  code: string;
  rank: number;
  /** 5th–95th percentile rank over the uncertainty draws. */
  low: number;
  high: number;
  ranked: number;
  top: string[];
  zeroPillars: { code: string; coverage: number }[];
}

export function explorerHeadline(o: {
  framework: FrameworkFile;
  result: ExplorerResult;
  code: string;
  top?: number;
}): ExplorerHeadline {
  const u = o.framework.units.findIndex((x) => x.code === o.code);
  if (u < 0) throw new Error(`framework.json: no unit "${o.code}"`);
  if (!o.result.interval) throw new Error('explorerHeadline: the published result has no uncertainty interval');
  const order = o.framework.units.map((_, i) => i).sort((a, b) => o.result.rank[a] - o.result.rank[b]);
  const zeroPillars = o.framework.aggregates
    .filter((a) => a.level === 2 && a.weight === 0)
    .map((a) => ({
      code: a.code,
      coverage: Math.max(...o.framework.indicators.filter((i) => i.pillar === a.code).map((i) => i.coverage))
    }));
  return {
    code: o.code,
    rank: o.result.rank[u],
    low: o.result.interval.q05[u],
    high: o.result.interval.q95[u],
    ranked: o.framework.units.length,
    top: order.slice(0, o.top ?? 3).map((i) => o.framework.units[i].code),
    zeroPillars
  };
}
