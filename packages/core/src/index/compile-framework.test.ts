import { describe, expect, it } from 'vitest';
import type { IndicatorMeta } from './coin-data.ts';
import { compileFramework } from './compile-framework.ts';

const m = (code: string, level: number, parent: string | null, weight = 1): IndicatorMeta => ({
  code,
  name: code,
  level,
  parent,
  direction: 1,
  weight,
  type: level === 1 ? 'Indicator' : 'Aggregate'
});

describe('compileFramework', () => {
  it('orders indicators first, aggregates by level, and the index last; applies weight overrides', () => {
    const fw = compileFramework([m('I', 3, null), m('A', 2, 'I'), m('x', 1, 'A', 2), m('y', 1, 'A')], { y: 5 });
    expect(fw.codes).toEqual(['x', 'y', 'A', 'I']);
    expect(fw.root).toBe(3);
    expect(Array.from(fw.weight)).toEqual([2, 5, 1, 1]);
    expect(Array.from(fw.childRows.subarray(fw.childStart[0], fw.childStart[1]))).toEqual([0, 1]);
  });
  it('rejects two roots, a parent that is not an aggregate, an empty aggregate, an unknown weight code', () => {
    expect(() => compileFramework([m('I', 2, null), m('J', 2, null), m('x', 1, 'I')])).toThrow(
      /exactly one aggregate with Parent NA/
    );
    expect(() => compileFramework([m('I', 2, null), m('x', 1, 'y'), m('y', 1, 'I')])).toThrow(
      /Parent of x is y, which is not an aggregate/
    );
    expect(() => compileFramework([m('I', 3, null), m('A', 2, 'I'), m('x', 1, 'I')])).toThrow(
      /aggregate A has no children/
    );
    expect(() => compileFramework([m('I', 2, null), m('x', 1, 'I')], { z: 1 })).toThrow(/spec.weights: z/);
  });
});
