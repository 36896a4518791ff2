import { geoPath } from 'd3-geo';
import { compactPath } from './compact-path.ts';
import smallCountries from './smallCountries.json';
import { worldProjection } from './world-projection.ts';

/**
 * The world projected once, for `WorldMap`: Equal Earth outlines of world-atlas 1:110m (Natural Earth, public domain)
 * without Antarctica, as SVG path data at `width` px, plus the points of states too small for those outlines.
 * Projected where the page is built, so readers' browsers never load the TopoJSON or d3-geo; the map scales the paths.
 */
export interface WorldGeometry {
  width: number;
  height: number;
  /** One outline per country, keyed by UN M49 numeric code as world-atlas uses ("156" = China). */
  outlines: { id: string; d: string }[];
  /** Projected centres of the small states in `smallCountries.json`, drawn as dots when they carry data. */
  points: { id: string; x: number; y: number }[];
}

const cache = new Map<number, WorldGeometry>();

/**
 * Whole-pixel path data: at the default 960 px the outline is within half a pixel wherever the map is narrower.
 * Compacted (compactPath): relative steps, no repeated or collinear pixels, no specks of under three pixels.
 */
export function worldGeometry(width = 960): WorldGeometry {
  const cached = cache.get(width);
  if (cached) return cached;
  const { projection, countries, height } = worldProjection(width);
  const path = geoPath(projection).digits(0);
  const round = (v: number) => Math.round(v * 10) / 10;
  const outlines = countries.map((f) => ({ id: String(f.id), d: compactPath(path(f) ?? ''), feature: f }));
  const geometry: WorldGeometry = {
    width,
    height,
    outlines: outlines.filter((o) => o.d).map(({ id, d }) => ({ id, d })),
    points: [
      ...smallCountries.map((c) => {
        const [x, y] = projection([c.lon, c.lat]) ?? [NaN, NaN];
        return { id: c.id, x: round(x), y: round(y) };
      }),
      // A country whose outline is only specks at this width (Luxembourg below about 500 px) becomes a dot too.
      ...outlines
        .filter((o) => !o.d)
        .map((o) => {
          const [x, y] = path.centroid(o.feature);
          return { id: o.id, x: round(x), y: round(y) };
        })
    ]
  };
  cache.set(width, geometry);
  return geometry;
}
