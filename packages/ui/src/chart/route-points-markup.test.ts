import { describe, expect, it } from 'vitest';
import { routePointsMarkup } from './route-points-markup.ts';

describe('routePointsMarkup', () => {
  const points = [
    { category: 'cable', xy: [10, 20, 30, 40] },
    { category: 'planned', xy: [5, 6] }
  ];
  const halo = 'stroke: #fff; stroke-width: var(--dtr-point-halo);';
  const dot = (color: string) => `stroke: ${color}; stroke-width: var(--dtr-point-dot);`;
  it('writes a halo and a dot per point pair, at its coordinates, in its category colour', () => {
    const colors: Record<string, string> = { cable: '#1f77b4', planned: 'var(--dtr-series-2, #ff7f0e)' };
    expect(routePointsMarkup({ points, colorOf: (c) => colors[c], halo: '#fff' })).toBe(
      `<path d="M10,20h0" style="${halo}"></path><path d="M10,20h0" style="${dot('#1f77b4')}"></path>` +
        `<path d="M30,40h0" style="${halo}"></path><path d="M30,40h0" style="${dot('#1f77b4')}"></path>` +
        `<path d="M5,6h0" style="${halo}"></path>` +
        `<path d="M5,6h0" style="${dot('var(--dtr-series-2, #ff7f0e)')}"></path>`
    );
  });
  it('escapes quotes, ampersands and angle brackets in colours, so no value can end the attribute', () => {
    const out = routePointsMarkup({
      points: [{ category: 'x', xy: [0, 0] }],
      colorOf: () => 'red" onload="x',
      halo: '<&>'
    });
    expect(out).toBe(
      '<path d="M0,0h0" style="stroke: &lt;&amp;>; stroke-width: var(--dtr-point-halo);"></path>' +
        '<path d="M0,0h0" style="stroke: red&quot; onload=&quot;x; stroke-width: var(--dtr-point-dot);"></path>'
    );
  });
  it('no points, no markup; an odd trailing coordinate is ignored', () => {
    expect(routePointsMarkup({ points: [], colorOf: () => 'red', halo: 'white' })).toBe('');
    expect(routePointsMarkup({ points: [{ category: 'a', xy: [1] }], colorOf: () => 'red', halo: 'white' })).toBe('');
  });
});
