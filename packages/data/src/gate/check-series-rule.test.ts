import { describe, expect, it } from 'vitest';
import type { Series } from '../schema/types.ts';
import { seriesFromObservations } from '../etl/series-from-observations.ts';
import { checkSeriesRule } from './check-series-rule.ts';

const series = (values: Record<string, (number | null)[]>): Series => ({
  schema: 2, id: 's', sourceId: 'x', unit: '%', scale: 1, transformation: 't', years: [2023, 2024], values
});
const messages = (s: Series, rule: Parameters<typeof checkSeriesRule>[0]['rule']) => checkSeriesRule({ series: s, rule }).map((e) => e.message);

describe('checkSeriesRule', () => {
  it('checkSeriesRule names the series file and cell when the series was not built from raw rows here', () => {
    expect(messages(series({ CHN: [44.7, -47.19] }), { sign: 'nonnegative' })).toEqual([
      'series/s.json:values.CHN[1]: expected a value ≥ 0 (rule sign: nonnegative) for series s, got -47.19 (CHN 2024)'
    ]);
  });

  it('checkSeriesRule names the raw file, row and column for a series built from observations', () => {
    const built = seriesFromObservations({ id: 's', sourceId: 'x', unit: '%', scale: 1, transformation: 't' }, [
      { entity: 'PHL', year: 2017, value: 115.26, file: 'raw.csv', line: 7, column: 'OBS_VALUE' }
    ]);
    expect(messages(built, { min: 0, max: 100 })).toEqual([
      'raw.csv:7:OBS_VALUE: expected a value ≤ 100 (rule max: 100) for series s, got 115.26 (PHL 2017)'
    ]);
  });

  it('checkSeriesRule reports a placeholder zero or an excluded cell left in the series, and passes values within the rule', () => {
    expect(messages(series({ TUV: [0, 1] }), { placeholderZeros: 'null' })).toEqual([
      'series/s.json:values.TUV[0]: expected no placeholder 0 left (rule placeholderZeros: null) for series s, got 0 (TUV 2023)'
    ]);
    expect(messages(series({ PHL: [1, 2] }), { excluded: [{ entity: 'PHL', year: 2024, reason: 'r' }] })).toEqual([
      'series/s.json:values.PHL[1]: expected null (rule excluded: an impossible published value) for series s, got 2 (PHL 2024)'
    ]);
    expect(messages(series({ CHN: [0, 100], USA: [null, 50] }), { sign: 'nonnegative', min: 0, max: 100 })).toEqual([]);
    expect(messages(series({ CHN: [-1, 1e9] }), undefined)).toEqual([]);
  });
});
