import { DataError } from '../../errors/data-error.ts';
import { showValue } from '../../errors/show-value.ts';
import type { EtlContext } from '../etl-context.ts';

/** The role of config/sources.json naming TeleGeography's `landing-point/landing-point-geo.json`. */
export const LANDING_POINTS_ROLE = 'telegeography-landing-points';

/** A territory TeleGeography files under another country's name, told apart by where its landing points lie. */
export interface AreaByLocation {
  code: string;
  /** The country name TeleGeography gives, e.g. "China" for Hong Kong and Macao. */
  within: string;
  lon: [number, number];
  lat: [number, number];
}

export interface LandingPoint {
  id: string;
  name: string;
  lon: number;
  lat: number;
}

interface GeoPoints {
  features: { properties: { id: string; name: string }; geometry: { coordinates: [number, number] } }[];
}

/** Every landing point of `landing-point/landing-point-geo.json` with its name and coordinates, by id. */
export function readTelegeographyLandingPoints(ctx: EtlContext): Map<string, LandingPoint> {
  const geoFile = ctx.rawFile({ role: LANDING_POINTS_ROLE });
  const geo = parseJson<GeoPoints>(ctx, geoFile);
  if (!Array.isArray(geo.features))
    throw new DataError({ file: geoFile, column: 'features', expected: 'a GeoJSON FeatureCollection', got: typeof geo.features });
  const points = new Map<string, LandingPoint>();
  geo.features.forEach((feature, i) => {
    const id = feature.properties?.id;
    const [lon, lat] = feature.geometry?.coordinates ?? [];
    if (typeof id !== 'string' || typeof lon !== 'number' || typeof lat !== 'number')
      throw new DataError({ file: geoFile, row: i + 1, column: 'features', expected: 'a point with an id and coordinates', got: showValue(JSON.stringify(feature)) });
    points.set(id, { id, name: feature.properties.name, lon, lat });
  });
  return points;
}

export function parseJson<T>(ctx: EtlContext, file: string): T {
  try {
    return JSON.parse(ctx.read(file)) as T;
  } catch (error) {
    if (error instanceof DataError) throw error;
    throw new DataError({ file, expected: 'valid JSON', got: (error as Error).message });
  }
}
