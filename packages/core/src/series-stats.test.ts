import { describe, expect, it } from 'vitest';
import { seriesStats } from './series-stats.ts';

// UNCTAD digitally-deliverable services, US$ millions (2011–2021 filled with NaN: not needed by these checks).
const years = new Float64Array([2010, 2022, 2023]);
const exports = new Float64Array([56020, 207007, 216265]);
const imports = new Float64Array([66289, 157158, 171318]);
const world = new Float64Array([1835732, 4083964, 4462457]);

describe('seriesStats', () => {
  it('seriesStats gives CAGR over to − from years and window arrays (China 2010→2023)', () => {
    const s = seriesStats({ years, exports, imports, world, from: 2010, to: 2023 });
    expect(s.cagrExports).toBeCloseTo(0.1094977, 6);
    expect(s.cagrImports).toBeCloseTo(Math.pow(171318 / 66289, 1 / 13) - 1, 14);
    expect(Array.from(s.balance)).toEqual([-10269, 49849, 44947]);
    expect(s.shareOfWorld[2]).toBeCloseTo(0.0484632, 6);
    expect(s.yoyExports[0]).toBeNaN();
    expect(s.yoyExports[2]).toBeCloseTo(9258 / 207007, 12);
  });
  it('seriesStats window starting later uses the previous year for the first growth', () => {
    const s = seriesStats({ years, exports, imports, world, from: 2022, to: 2023 });
    expect(s.balance.length).toBe(2);
    expect(s.yoyExports[0]).toBeCloseTo(207007 / 56020 - 1, 12);
    expect(s.cagrExports).toBeCloseTo(9258 / 207007, 12);
  });
  it('seriesStats rejects a window outside the years', () => {
    expect(() => seriesStats({ years, exports, imports, world, from: 2009, to: 2023 })).toThrow(RangeError);
  });
});
