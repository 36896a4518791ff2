import { describe, expect, it } from 'vitest';
import { stepLegendLayout } from './step-legend-layout.ts';

const colors = ['a', 'b', 'c', 'd', 'e'];

describe('stepLegendLayout', () => {
  it('lays five classes and their six bounds on one 30 px row across 288 px, each bound centred under its edge', () => {
    const l = stepLegendLayout({ bounds: ['0', '20', '40', '60', '80', '100'], colors, width: 288 });
    expect(l.height).toBe(30);
    expect(l.fits).toBe(true);
    // "0" is 7 px wide, "100" 21 px (0.62 em a digit, rounded up): inset 3.5 px and 10.5 px, steps of 54.8 px.
    expect(l.swatches.map((s) => s.x)).toEqual([3.5, 58.3, 113.1, 167.9, 222.7].map((x) => expect.closeTo(x, 6)));
    expect(l.ticks.map((t) => t.anchor)).toEqual(Array(6).fill('middle'));
    expect(l.ticks[5].x).toBeCloseTo(277.5, 6);
  });
  it('fits the Guangdong trade bounds at a 288 px phone column (0 to 1.4 tn)', () => {
    const bounds = ['0', '280 bn', '560 bn', '840 bn', '1.1 tn', '1.4 tn'];
    expect(stepLegendLayout({ bounds, colors, width: 288 }).fits).toBe(true);
  });
  it('puts the no-data swatch after the classes, its label ending at the width', () => {
    const l = stepLegendLayout({
      bounds: ['0', '1', '2', '3', '4', '5'],
      colors,
      width: 288,
      noData: { label: 'No data', color: 'grey' }
    });
    // "No data": 6 characters at 0.62 em and a space at 0.4 em, of 11 px: 46 px (rounded up); 12 + 10 + 4 + 46 = 72 px.
    expect(l.noData).toEqual({ x: 228, label: 'No data', color: 'grey' });
    expect(l.ticks[5].x).toBeCloseTo(212.5, 6);
  });
  it('says when the bound labels would touch', () => {
    const bounds = ['0', '2,000,000', '4,000,000', '6,000,000', '8,000,000', '10,000,000'];
    expect(stepLegendLayout({ bounds, colors, width: 288 }).fits).toBe(false);
    expect(stepLegendLayout({ bounds, colors, width: 640 }).fits).toBe(true);
  });
});
