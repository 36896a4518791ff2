import type { WorldRoutes } from '../charts/world-routes.ts';

const escapeAttribute = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The `<circle>` elements of an overlay's points (MapRoutes.svg.svelte) as one SVG markup string: each point at
 * (dx + x·s, dy + y·s) with radius `radius`, filled in its category's colour and edged in `stroke`. One string for
 * the cable map's 1,435 landing points (912 distinct pixels) replaces as many components with reactive attributes:
 * creating those took 34 ms of the 190 ms task that swapped the map in as a reader scrolled (load about 2).
 */
export function routePointsMarkup({
  points,
  dx,
  dy,
  s,
  radius,
  fillOf,
  stroke
}: {
  points: WorldRoutes['points'];
  dx: number;
  dy: number;
  s: number;
  radius: number;
  fillOf: (category: string) => string;
  stroke: string;
}): string {
  let out = '';
  const edge = escapeAttribute(stroke);
  for (const p of points) {
    const style = `fill: ${escapeAttribute(fillOf(p.category))}; stroke: ${edge};`;
    for (let i = 0; i + 1 < p.xy.length; i += 2)
      out += `<circle cx="${dx + p.xy[i] * s}" cy="${dy + p.xy[i + 1] * s}" r="${radius}" style="${style}"></circle>`;
  }
  return out;
}
