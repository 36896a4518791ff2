import { SCHEMA_VERSION, type Source } from '../../schema/types.ts';
import { DataError } from '../../errors/data-error.ts';
import type { EtlStep } from '../etl-step.ts';
import { CABLE_ROUTES_ROLE, readTelegeographyRoutes } from '../read/read-telegeography-routes.ts';
import type { NamesConfig } from '../../schema/names-config.ts';
import { telegeographyData } from '../series/telegeography-data.ts';
import { simplifyLine } from './simplify-line.ts';

/**
 * One cable of the map: where it lands and its route, only what the map and its CSV show. Coordinates are rounded to
 * 0.1° and the route simplified within ROUTE_TOLERANCE (see there): at most 0.22° from TeleGeography's route.
 */
export interface MapCable {
  name: string;
  rfsYear: number | null;
  planned: boolean;
  countries: string[];
  /** Each line flat, [lon0, lat0, lon1, lat1, …], so the file stays one line per route. */
  lines: number[][];
}

export interface CableMapFile {
  schema: typeof SCHEMA_VERSION;
  sourceId: string;
  /** The date of TeleGeography's data (config.json creation time). */
  asOf: string;
  cables: MapCable[];
  /**
   * Every landing point a cable uses (one per TeleGeography id, which the map does not show), at 0.1°, by country:
   * `lonLat` flat [lon0, lat0, lon1, lat1, …], so the file holds one line per country, not five per point.
   */
  landingPoints: { country: string; lonLat: number[] }[];
}

/**
 * How far (in degrees, planar) a simplified route may pass from the rounded one. The map's widest prerendered layout
 * is 1100 px, where the Equal Earth fit draws at most 5.05 px per degree (near 85° of latitude; 3.1 at the equator):
 * 0.15° plus 0.07° of rounding is at most 1.1 px there, under the whole pixels of the 360 px frame the app projects
 * the routes into (3 px at 1100 px, apps/report cable-map.ts).
 */
export const ROUTE_TOLERANCE = 0.15;

const round = (v: number) => Math.round(v * 10) / 10;

function roundLine(line: [number, number][]): number[] {
  const out: number[] = [];
  for (const [lon, lat] of line) {
    const [x, y] = [round(lon), round(lat)];
    if (out.length === 0 || out[out.length - 2] !== x || out[out.length - 1] !== y) out.push(x, y);
  }
  return out;
}

/** `geo/cables.json`: every cable with its route and every landing point that a cable uses, for the cable map. */
export function cableMapFile({ names, source }: { names: NamesConfig; source: Source }): EtlStep {
  return {
    output: 'geo/cables.json',
    sourceIds: [source.id],
    build: (ctx): CableMapFile => {
      const data = telegeographyData({ ctx, names: names.telegeography });
      const routes = readTelegeographyRoutes(ctx);
      const cables = data.cables.map((c): MapCable => {
        const lines = routes.get(c.id);
        if (!lines)
          throw new DataError({
            file: ctx.rawFile({ role: CABLE_ROUTES_ROLE }),
            column: 'features',
            expected: `a route for cable ${c.id}`,
            got: 'none'
          });
        return {
          name: c.name,
          rfsYear: c.rfsYear,
          planned: c.isPlanned,
          countries: c.countries,
          lines: lines.map((line) => simplifyLine({ line: roundLine(line), tolerance: ROUTE_TOLERANCE }))
        };
      });
      const byCountry = new Map<string, number[]>();
      for (const [id, country] of [...data.pointCountry.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
        const p = data.points.get(id)!;
        byCountry.set(country, [...(byCountry.get(country) ?? []), round(p.lon), round(p.lat)]);
      }
      const landingPoints = [...byCountry.keys()]
        .sort()
        .map((country) => ({ country, lonLat: byCountry.get(country)! }));
      return { schema: SCHEMA_VERSION, sourceId: source.id, asOf: source.vintage, cables, landingPoints };
    }
  };
}
