import type { WorldRoutes } from '../charts/world-routes.ts';

const escapeAttribute = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * An overlay's points (MapRoutes.svg.svelte) as one SVG markup string, in the overlay's own frame: each point a
 * halo in `halo` under a dot in its category's colour, both the round caps of a zero-length stroke whose widths come
 * from the layout's `--dtr-point-halo` and `--dtr-point-dot`. One string for the cable map's 1,435 landing points
 * replaces as many components with reactive attributes: creating those took 34 ms of the 190 ms task that swapped
 * the map in as a reader scrolled (load about 2).
 */
export function routePointsMarkup({
  points,
  colorOf,
  halo
}: {
  points: WorldRoutes['points'];
  colorOf: (category: string) => string;
  halo: string;
}): string {
  let out = '';
  const under = `stroke: ${escapeAttribute(halo)}; stroke-width: var(--dtr-point-halo);`;
  for (const p of points) {
    const over = `stroke: ${escapeAttribute(colorOf(p.category))}; stroke-width: var(--dtr-point-dot);`;
    for (let i = 0; i + 1 < p.xy.length; i += 2) {
      const d = `M${p.xy[i]},${p.xy[i + 1]}h0`;
      out += `<path d="${d}" style="${under}"></path><path d="${d}" style="${over}"></path>`;
    }
  }
  return out;
}
