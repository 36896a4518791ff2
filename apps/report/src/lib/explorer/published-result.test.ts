import { monteCarloSpec, runIndex, runUncertainty } from '@dtr/core';
import { describe, expect, it } from 'vitest';
import { explorerData } from '$lib/server/index-data';
import { editionData } from '$lib/server/editions';
import { coinData } from './coin-data';
import { publishedResult } from './published-result';
import { toResult } from './to-result';

describe('publishedResult', () => {
  it('the 2026 results the edition build wrote equal a live run of the explorer engine with the spec draws and seed (intervals without inclusion and recency)', () => {
    const { framework, spec, results } = editionData(2026);
    const { values, years } = explorerData(2026);
    const data = coinData(framework!, values, years);
    const u = spec!.uncertainty!;
    const mc = monteCarloSpec({ spec: spec! });
    const live = toResult(runIndex({ data, spec }), runUncertainty({ data, spec: mc, draws: u.draws!, seed: u.seed! }));
    expect(publishedResult(results!)).toEqual(live);
    expect(results!.uncertainty).toMatchObject({ draws: 1000, seed: 1 });
  });
});
