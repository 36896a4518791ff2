import { worldProjection } from './world-projection.ts';

/**
 * Lines (cable routes) and points (landing points) projected for `WorldMap`, in the frame of `worldGeometry()` scaled
 * to `width`: one path per category, and the points of a category as flat [x0, y0, x1, y1, …] pixels, each pixel once.
 */
export interface WorldRoutes {
  width: number;
  routes: { category: string; d: string }[];
  points: { category: string; xy: number[] }[];
}

/** Default width: a pixel is about 0.75° of longitude, finer than the 1:110m outlines and light enough for a payload. */
const ROUTES_WIDTH = 480;

/**
 * Path data of lines through projected vertices, rounded to whole pixels, with repeated pixels and collinear vertices
 * dropped and relative moves (small deltas compress well). A step of more than 180° of longitude (a route crossing the antimeridian)
 * starts a new subpath instead of a line across the map.
 */
function linesPath(lines: number[][], project: (p: [number, number]) => [number, number] | null): string {
  let d = '';
  for (const line of lines) {
    let last: [number, number] | null = null;
    let lastLon = NaN;
    let start = '';
    let steps: [number, number][] = [];
    const flush = () => {
      if (steps.length > 0) d += start + steps.map(([x, y]) => `l${x},${y}`).join('');
      steps = [];
    };
    for (let i = 0; i + 1 < line.length; i += 2) {
      const xy = project([line[i], line[i + 1]]);
      if (!xy) continue;
      const p: [number, number] = [Math.round(xy[0]), Math.round(xy[1])];
      if (last === null || Math.abs(line[i] - lastLon) > 180) {
        flush();
        start = `M${p[0]},${p[1]}`;
      } else if (p[0] !== last[0] || p[1] !== last[1]) {
        const step: [number, number] = [p[0] - last[0], p[1] - last[1]];
        const prev = steps[steps.length - 1];
        // A step in the same direction as the previous one extends it (collinear vertices carry nothing).
        if (prev && prev[0] * step[1] === prev[1] * step[0] && prev[0] * step[0] + prev[1] * step[1] > 0)
          steps[steps.length - 1] = [prev[0] + step[0], prev[1] + step[1]];
        else steps.push(step);
      }
      last = p;
      lastLon = line[i];
    }
    flush();
  }
  return d;
}

/**
 * Projects routes given as flat [lon0, lat0, lon1, lat1, …] lines and points with the world map's projection, at
 * whole pixels of a `width`-px map, where the page is built: the browser gets SVG path data only. Each category's
 * routes become a single path through their vertices (no resampling: cable vertices are dense already).
 */
export function worldRoutes(o: {
  width?: number;
  routes: { category: string; lines: number[][] }[];
  points: { category: string; lon: number; lat: number }[];
}): WorldRoutes {
  const width = o.width ?? ROUTES_WIDTH;
  const { projection } = worldProjection(width);
  const categories = [...new Set([...o.routes.map((r) => r.category), ...o.points.map((p) => p.category)])];
  return {
    width,
    routes: categories
      .map((category) => ({
        category,
        d: linesPath(
          o.routes.filter((r) => r.category === category).flatMap((r) => r.lines),
          (p) => projection(p)
        )
      }))
      .filter((r) => r.d !== ''),
    points: categories
      .map((category) => ({
        category,
        xy: [
          ...new Set(
            o.points
              .filter((p) => p.category === category)
              .map((p) => (projection([p.lon, p.lat]) ?? [NaN, NaN]).map(Math.round).join(','))
          )
        ].flatMap((key) => key.split(',').map(Number))
      }))
      .filter((p) => p.xy.length > 0)
  };
}
