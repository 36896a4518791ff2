import { describe, expect, it } from 'vitest';
import { explorerData } from '$lib/server/index-data';
import { explorerHeadline } from './headline';

describe('explorerHeadline', () => {
  const { framework, published } = explorerData(2026);
  const h = explorerHeadline({ framework, result: published, code: 'CHN' });
  // The published run of editions/2026/index (spec.json, 1,000 draws, seed 1).
  it('gives China rank 27 of the ranked economies, 23rd to 49th over the uncertainty draws', () => {
    expect([h.rank, h.low, h.high]).toEqual([27, 23, 49]);
    expect(h.ranked).toBe(framework.units.length);
  });
  it('names the three top-ranked economies in rank order', () => {
    const rankOf = (c: string) => published.rank[framework.units.findIndex((u) => u.code === c)];
    expect(h.top.map(rankOf)).toEqual([1, 2, 3]);
  });
  it('finds the pillar that starts at weight 0 and the coverage that keeps it there (GVCPart: 69 of the ranked economies, framework.json)', () => {
    expect(h.zeroPillars).toEqual([{ code: 'Integration', coverage: 69 }]);
  });
  it('fails on an economy the framework does not rank', () => {
    expect(() => explorerHeadline({ framework, result: published, code: 'XXX' })).toThrow('no unit "XXX"');
  });
});
