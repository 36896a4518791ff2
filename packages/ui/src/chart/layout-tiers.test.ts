import { describe, expect, it } from 'vitest';
import { embedWidths, layoutTiers } from './layout-tiers.ts';

describe('layoutTiers', () => {
  it('prerenders the desktop width first, then the phone widths', () => {
    expect(layoutTiers({ width: 640 })).toEqual([640, 350, 280]);
    expect(layoutTiers({ width: 800 })).toEqual([800, 350, 280]);
  });
  it('draws a server width below the desktop tier once', () => {
    expect(layoutTiers({ width: 280 })).toEqual([280]);
    expect(layoutTiers({ width: 600 })).toEqual([600]);
  });
  it('prerenders an embed on a ladder whose steps scale 12 px text to at most 16 px', () => {
    expect(layoutTiers({ width: 640, embedded: true })).toEqual([1100, 825, 620, 465, 350, 280]);
    const ascending = [...embedWidths].reverse();
    for (let i = 1; i < ascending.length; i++) expect((12 * ascending[i]) / ascending[i - 1]).toBeLessThanOrEqual(16);
  });
});
