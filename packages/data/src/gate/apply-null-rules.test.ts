import { describe, expect, it } from 'vitest';
import type { Series } from '../schema/types.ts';
import { applyNullRules } from './apply-null-rules.ts';

const series = (values: Record<string, (number | null)[]>): Series => ({
  schema: 2, id: 'merchandise-exports', sourceId: 'x', unit: 'US$', scale: 1, transformation: 't', years: [2000, 2001], values
});

describe('applyNullRules', () => {
  it('applyNullRules nulls every 0 of a placeholderZeros series and lists each cell', () => {
    const s = series({ TUV: [0, 0], CHN: [5, 0.5] });
    const nulled = applyNullRules({ series: s, rule: { placeholderZeros: 'null' } });
    expect(s.values).toEqual({ TUV: [null, null], CHN: [5, 0.5] });
    expect(nulled.map((n) => [n.entity, n.year, n.value, n.rule])).toEqual([
      ['TUV', 2000, 0, 'placeholderZeros'],
      ['TUV', 2001, 0, 'placeholderZeros']
    ]);
  });

  it('applyNullRules nulls excluded cells with their reason and leaves zeros alone without the placeholder rule', () => {
    const s = series({ PHL: [115.26, 50], AFG: [0, 1] });
    const nulled = applyNullRules({ series: s, rule: { max: 100, excluded: [{ entity: 'PHL', year: 2000, reason: 'over 100 %' }] } });
    expect(s.values).toEqual({ PHL: [null, 50], AFG: [0, 1] });
    expect(nulled).toEqual([{ series: 'merchandise-exports', entity: 'PHL', year: 2000, value: 115.26, rule: 'excluded', reason: 'over 100 %' }]);
    expect(applyNullRules({ series: s, rule: undefined })).toEqual([]);
  });
});
