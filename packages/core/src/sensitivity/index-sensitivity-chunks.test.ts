import { describe, expect, it } from 'vitest';
import { syntheticCoinData } from '../index/synthetic-coin-data.ts';
import { indexSensitivityChunks } from './index-sensitivity-chunks.ts';

const data = syntheticCoinData({ units: 30, indicators: 10, seed: 5 });
const minmax = { method: 'minmax', range: [1, 100] };

const drain = <T>(it: Generator<void, T>): T => {
  for (;;) {
    const s = it.next();
    if (s.done) return s.value;
  }
};

describe('indexSensitivityChunks', () => {
  it('indexSensitivityChunks: an alternative that changes nothing (two equal lists) has S = S_T = 0 exactly', () => {
    const spec = {
      normalise: minmax,
      uncertainty: { alternatives: { normalise: [minmax, minmax], aggregate: ['amean', 'gmean'] } }
    };
    const r = drain(indexSensitivityChunks({ data, spec, samples: 200, seed: 1, bootstrap: 50 }));
    expect(r.runs).toBe(800);
    expect(r.inputs.map((x) => x.input)).toEqual(['normalise', 'aggregate']);
    expect(r.inputs[0]).toMatchObject({ first: 0, total: 0, firstCI: [0, 0], totalCI: [0, 0] });
    // The only input that moves the output, so S and S_T estimate 1 (within 6/√N, as for Ishigami).
    expect(Math.abs(r.inputs[1].total - 1)).toBeLessThan(6 / Math.sqrt(200));
    expect(Math.abs(r.inputs[1].first - 1)).toBeLessThan(6 / Math.sqrt(200));
  });
  it('indexSensitivityChunks reports progress in runs and stops with an AbortError when asked', () => {
    const spec = { normalise: minmax, uncertainty: { weightNoise: 0.2 } };
    const progress: number[] = [];
    drain(
      indexSensitivityChunks(
        { data, spec, samples: 50, seed: 2, bootstrap: 0 },
        { chunk: 20, onProgress: (d) => progress.push(d) }
      )
    );
    expect(progress).toEqual([60, 120, 150]);
    let chunks = 0;
    const it = indexSensitivityChunks(
      { data, spec, samples: 50, seed: 2 },
      { chunk: 10, onProgress: () => chunks++, shouldStop: () => chunks === 1 }
    );
    expect(() => drain(it)).toThrow(expect.objectContaining({ name: 'AbortError' }));
  });
  it('indexSensitivityChunks checks its settings before running', () => {
    expect(() => drain(indexSensitivityChunks({ data, spec: {}, samples: 0, seed: 1 }))).toThrow(
      'samples: expected a whole number from 2 to 100000, got 0'
    );
  });
});
