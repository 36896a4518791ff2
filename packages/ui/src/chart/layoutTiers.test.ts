import { describe, expect, it } from 'vitest';
import { layoutTiers } from './layoutTiers.ts';

describe('layoutTiers', () => {
  it('prerenders the desktop width first, then the phone widths', () => {
    expect(layoutTiers({ width: 640 })).toEqual([640, 350, 280]);
    expect(layoutTiers({ width: 800 })).toEqual([800, 350, 280]);
  });
  it('draws a server width below the desktop tier once', () => {
    expect(layoutTiers({ width: 280 })).toEqual([280]);
    expect(layoutTiers({ width: 600 })).toEqual([600]);
  });
});
