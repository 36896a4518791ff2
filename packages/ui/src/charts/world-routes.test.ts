import { describe, expect, it } from 'vitest';
import { worldGeometry } from './world-geometry.ts';
import { worldRoutes } from './world-routes.ts';

describe('worldRoutes', () => {
  it('worldRoutes projects lines and points in the frame of worldGeometry, one whole-pixel path per category', () => {
    const g = worldGeometry(480);
    const r = worldRoutes({
      routes: [
        { category: 'china', lines: [[121.4, 31.6, 139.7, 35.0]] },
        { category: 'china', lines: [[121.4, 31.6, 126.9, 37.5]] },
        { category: 'other', lines: [[-5.5, 50.1, -74, 40.7]] }
      ],
      points: [
        { category: 'point', lon: 121.4, lat: 31.6 },
        { category: 'point', lon: 121.41, lat: 31.61 }
      ]
    });
    expect(r.width).toBe(480);
    expect(r.routes.map((x) => x.category)).toEqual(['china', 'other']);
    expect(r.routes[0].d).toMatch(/^M\d+,\d+l-?\d+,-?\d+M\d+,\d+l-?\d+,-?\d+$/);
    const [x, y] = r.routes[0].d.slice(1).split('l')[0].split(',').map(Number);
    // Two landing points on the same pixel are drawn once.
    expect(r.points).toEqual([{ category: 'point', xy: [x, y] }]);
    // Collinear steps merge into one: three points along the equator give one move.
    const straight = worldRoutes({ routes: [{ category: 's', lines: [[0, 0, 10, 0, 20, 0]] }], points: [] });
    expect(straight.routes[0].d).toMatch(/^M\d+,\d+l\d+,0$/);
    // A route across the antimeridian is split, not drawn across the map.
    const pacific = worldRoutes({ routes: [{ category: 'p', lines: [[170, 20, 179.9, 21, -179.9, 21, -170, 22]] }], points: [] });
    expect(pacific.routes[0].d.match(/M/g)).toHaveLength(2);
    // Shanghai lies right of the map centre and in its upper half.
    expect(x).toBeGreaterThan(g.width / 2);
    expect(y).toBeLessThan(g.height / 2);
  });
});
