import { DataError } from '../../errors/data-error.ts';
import { showValue } from '../../errors/show-value.ts';
import type { EtlContext } from '../etl-context.ts';
import { parseJson } from './read-telegeography-landing-points.ts';

/** The role of config/sources.json naming TeleGeography's cable routes, `cable/cable-geo.json`. */
export const CABLE_ROUTES_ROLE = 'telegeography-cable-routes';

interface RouteFeatures {
  features?: { properties?: { id?: unknown }; geometry?: { type?: string; coordinates?: unknown } }[];
}

/**
 * Cable routes of `cable/cable-geo.json` by cable id: every MultiLineString of the features that carry that id
 * (a few cables have more than one feature), as [lon, lat] lines.
 */
export function readTelegeographyRoutes(ctx: EtlContext): Map<string, [number, number][][]> {
  const file = ctx.rawFile({ role: CABLE_ROUTES_ROLE });
  const geo = parseJson<RouteFeatures>(ctx, file);
  if (!Array.isArray(geo.features)) throw new DataError({ file, column: 'features', expected: 'a GeoJSON FeatureCollection', got: typeof geo.features });
  const routes = new Map<string, [number, number][][]>();
  geo.features.forEach((feature, i) => {
    const id = feature.properties?.id;
    const lines = feature.geometry?.coordinates;
    const isLine = (l: unknown) => Array.isArray(l) && l.every((p) => Array.isArray(p) && p.length >= 2 && p.every((v) => typeof v === 'number'));
    if (typeof id !== 'string' || feature.geometry?.type !== 'MultiLineString' || !Array.isArray(lines) || !lines.every(isLine))
      throw new DataError({ file, row: i + 1, column: 'features', expected: 'a MultiLineString with a cable id', got: showValue(JSON.stringify(feature.properties ?? {})) });
    routes.set(id, [...(routes.get(id) ?? []), ...(lines as [number, number][][])]);
  });
  return routes;
}
