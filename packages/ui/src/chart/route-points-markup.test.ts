import { describe, expect, it } from 'vitest';
import { routePointsMarkup } from './route-points-markup.ts';

describe('routePointsMarkup', () => {
  const points = [
    { category: 'cable', xy: [10, 20, 30, 40] },
    { category: 'planned', xy: [5, 6] }
  ];
  it('writes one circle per point pair, scaled by s and offset by dx, dy, in its category colour', () => {
    const fills: Record<string, string> = { cable: '#1f77b4', planned: 'var(--dtr-series-2, #ff7f0e)' };
    expect(
      routePointsMarkup({ points, dx: 1, dy: 2, s: 0.5, radius: 1.5, fillOf: (c) => fills[c], stroke: '#fff' })
    ).toBe(
      '<circle cx="6" cy="12" r="1.5" style="fill: #1f77b4; stroke: #fff;"></circle>' +
        '<circle cx="16" cy="22" r="1.5" style="fill: #1f77b4; stroke: #fff;"></circle>' +
        '<circle cx="3.5" cy="5" r="1.5" style="fill: var(--dtr-series-2, #ff7f0e); stroke: #fff;"></circle>'
    );
  });
  it('escapes quotes, ampersands and angle brackets in colours, so no value can end the attribute', () => {
    const out = routePointsMarkup({
      points: [{ category: 'x', xy: [0, 0] }],
      dx: 0,
      dy: 0,
      s: 1,
      radius: 1,
      fillOf: () => 'red" onload="x',
      stroke: '<&>'
    });
    expect(out).toBe(
      '<circle cx="0" cy="0" r="1" style="fill: red&quot; onload=&quot;x; stroke: &lt;&amp;>;"></circle>'
    );
  });
  it('no points, no markup; an odd trailing coordinate is ignored', () => {
    const none = { dx: 0, dy: 0, s: 1, radius: 1, fillOf: () => 'red', stroke: 'white' };
    expect(routePointsMarkup({ points: [], ...none })).toBe('');
    expect(routePointsMarkup({ points: [{ category: 'a', xy: [1] }], ...none })).toBe('');
  });
});
