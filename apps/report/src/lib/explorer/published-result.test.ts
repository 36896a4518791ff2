import { runIndex, runUncertainty } from '@dtr/core';
import { describe, expect, it } from 'vitest';
import { explorerData } from '$lib/server/index-data';
import { editionData } from '$lib/server/editions';
import { coinData } from './coin-data';
import { publishedResult } from './published-result';
import { toResult } from './to-result';

describe('publishedResult', () => {
  it('the 2026 results the edition build wrote equal a live run of the explorer engine with the spec draws and seed', () => {
    const { framework, spec, results } = editionData(2026);
    const { values } = explorerData(2026);
    const data = coinData(framework!, values);
    const u = spec!.uncertainty!;
    const live = toResult(runIndex({ data, spec }), runUncertainty({ data, spec, draws: u.draws!, seed: u.seed! }));
    expect(publishedResult(results!)).toEqual(live);
    expect(results!.uncertainty).toMatchObject({ draws: 1000, seed: 1 });
  });
});
