import { geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import world from 'world-atlas/countries-110m.json';

export interface WorldProjection {
  /** Equal Earth fitted to `width`, shifted so the top of the map is at y = 0. */
  projection: GeoProjection;
  countries: Feature<Geometry, { name: string }>[];
  height: number;
}

const cache = new Map<number, WorldProjection>();

/**
 * The projection every world map shares (outlines, small states, cable routes): Equal Earth fitted to world-atlas
 * 1:110m without Antarctica, so anything projected with it lines up with `worldGeometry()`.
 */
export function worldProjection(width: number): WorldProjection {
  const cached = cache.get(width);
  if (cached) return cached;
  const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  // Antarctica (010) takes a fifth of the frame and carries no data here.
  const countries = (
    feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>
  ).features.filter((f: Feature<Geometry, { name: string }>) => f.id !== '010');
  const collection: FeatureCollection = { type: 'FeatureCollection', features: countries };
  const projection = geoEqualEarth().fitWidth(width, collection);
  const [[, top], [, bottom]] = geoPath(projection).bounds(collection);
  projection.translate([projection.translate()[0], projection.translate()[1] - top]);
  const result = { projection, countries, height: Math.ceil(bottom - top) };
  cache.set(width, result);
  return result;
}
