import { runIndexSensitivity } from '@dtr/core';
import { describe, expect, it } from 'vitest';
import { explorerData } from '$lib/server/index-data';
import { coinData } from './coin-data';
import { publishedWhatMoves } from './published-what-moves';
import { defaultState } from './state';
import { viewInput } from './view-input';
import { whatMovesSettings } from './what-moves-run.svelte';

describe('publishedWhatMoves on the 2026 edition', () => {
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
  const view = viewInput({ data, small: ex.small, publishedSpec: ex.spec, choices });

  it('equals a live run of the explorer engine for the published view with the published settings (±1e-12)', () => {
    const { result, settings } = publishedWhatMoves({ data: ex, key: view.key, defaults: whatMovesSettings });
    expect(result!.key).toBe(view.key);
    expect(settings).toEqual({ ...whatMovesSettings, samples: 4096, seed: 1, bootstrap: 1000 });
    const { samples, seed, bootstrap } = settings;
    const live = runIndexSensitivity({ data: view.data, spec: view.spec, samples, seed, bootstrap });
    expect(result!.value.runs).toBe(live.runs);
    expect(result!.value.inputs.map((r) => r.input)).toEqual(live.inputs.map((r) => r.input));
    result!.value.inputs.forEach((r, i) => {
      expect(r.first).toBeCloseTo(live.inputs[i].first, 12);
      expect(r.total).toBeCloseTo(live.inputs[i].total, 12);
      expect(r.totalCI[0]).toBeCloseTo(live.inputs[i].totalCI[0], 12);
      expect(r.totalCI[1]).toBeCloseTo(live.inputs[i].totalCI[1], 12);
    });
  });

  it('gives no result and the default settings for an edition without a published analysis', () => {
    expect(
      publishedWhatMoves({ data: { ...ex, sensitivity: null }, key: view.key, defaults: whatMovesSettings })
    ).toEqual({ result: null, settings: whatMovesSettings });
  });
});
