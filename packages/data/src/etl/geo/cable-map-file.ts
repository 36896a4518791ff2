import { SCHEMA_VERSION, type Source } from '../../schema/types.ts';
import { DataError } from '../../errors/data-error.ts';
import type { EtlStep } from '../etl-step.ts';
import { CABLE_ROUTES_ROLE, readTelegeographyRoutes } from '../read/read-telegeography-routes.ts';
import type { NamesConfig } from '../../schema/names-config.ts';
import { telegeographyData } from '../series/telegeography-data.ts';

/**
 * One cable of the map: where it lands and its route, coordinates rounded to 0.1° (about 11 km; a pixel of a 960 px
 * world map is about 0.4°), repeated points dropped.
 */
export interface MapCable {
  id: string;
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
  landingPoints: { id: string; country: string; lon: number; lat: number }[];
}

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
          id: c.id,
          name: c.name,
          rfsYear: c.rfsYear,
          planned: c.isPlanned,
          countries: c.countries,
          lines: lines.map(roundLine)
        };
      });
      const landingPoints = [...data.pointCountry.entries()]
        .map(([id, country]) => {
          const p = data.points.get(id)!;
          return { id, country, lon: round(p.lon), lat: round(p.lat) };
        })
        .sort((a, b) => (a.id < b.id ? -1 : 1));
      return { schema: SCHEMA_VERSION, sourceId: source.id, asOf: source.vintage, cables, landingPoints };
    }
  };
}
