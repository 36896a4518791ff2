import { readCoinCsv, runIndex } from '@dtr/core';
import { describe, expect, it } from 'vitest';
import { editionData } from '$lib/server/editions';
import { explorerData, indexFileText } from '$lib/server/index-data';
import { coinData } from './coin-data';
import { defaultState } from './state';
import { viewInput } from './view-input';

describe('viewInput on the 2026 edition', () => {
  const ex = explorerData(2026);
  const data = coinData(ex.framework, ex.values, ex.years);
  const choices = defaultState({
    weights: Object.fromEntries(
      [...ex.framework.indicators, ...ex.framework.aggregates].map((r) => [r.code, r.weight])
    ),
    units: ex.framework.units.map((u) => u.code),
    defaultA: 'CHN',
    defaultB: 'USA'
  });
  const all = viewInput({ data, small: ex.small, publishedSpec: ex.spec, choices });
  const without = viewInput({ data, small: ex.small, publishedSpec: ex.spec, choices: { ...choices, small: false } });

  it('reads Size_group: the 38 small economies of method.json (population at most 1.5 million)', () => {
    const method = JSON.parse(editionData(2026).files.get('index/method.json')!);
    const small = ex.framework.units.filter((_, u) => ex.small[u]).map((u) => u.code);
    expect(small).toHaveLength(38);
    expect(small).toEqual(method.smallEconomies.units);
  });

  it('the published view runs on every unit; without small economies, on the other 135 with its own key', () => {
    expect(all.keep).toBeNull();
    expect(all.data).toBe(data);
    expect(without.data.units).toHaveLength(135);
    expect(without.keep!.filter(Boolean)).toHaveLength(135);
    expect(without.key).not.toBe(all.key);
    expect(without.spec).toEqual(all.spec);
  });

  it('ranks without small economies exactly as runIndex on iData.csv with the Small rows taken out', () => {
    const lines = indexFileText(2026, 'iData.csv').trimEnd().split('\n');
    const size = lines[0].split(',').indexOf('Size_group');
    // Names with commas are quoted, but none of the group columns is: Size_group is the sixth field from the left.
    expect(size).toBe(5);
    const kept = [lines[0], ...lines.slice(1).filter((l) => !/,Small,/.test(l))].join('\n');
    const direct = runIndex({
      data: readCoinCsv({ dataText: kept, metaText: indexFileText(2026, 'iMeta.csv') }),
      spec: ex.spec
    });
    const ours = runIndex({ data: without.data, spec: without.spec });
    expect(ours.units).toEqual(direct.units);
    expect(Array.from(ours.rank)).toEqual(Array.from(direct.rank));
    // Recomputed, not filtered: some economy's rank differs from its rank among all economies, renumbered.
    const published = runIndex({ data, spec: all.spec });
    const renumbered = ours.units.map((c) => published.rank[published.units.indexOf(c)]);
    const order = [...renumbered].sort((a, b) => a - b);
    expect(Array.from(ours.rank)).not.toEqual(renumbered.map((r) => order.indexOf(r) + 1));
  });
});
