import { DataError } from '../../errors/data-error.ts';
import { showValue } from '../../errors/show-value.ts';
import { iso3FromName } from '../../entities/iso3-from-name.ts';
import type { EtlContext } from '../etl-context.ts';
import { type AreaByLocation, type LandingPoint, parseJson } from './read-telegeography-landing-points.ts';

/** The roles of config/sources.json naming TeleGeography's `cable/all.json` and its per-cable `cable/<id>.json`. */
export const CABLE_LIST_ROLE = 'telegeography-cable-list';
export const CABLE_ROLE = 'telegeography-cable';

export interface Cable {
  id: string;
  name: string;
  /** null for the few systems TeleGeography gives no ready-for-service year (five short domestic links). */
  rfsYear: number | null;
  isPlanned: boolean;
  /** ISO3 codes of the countries it lands in (HKG, MAC apart from CHN), sorted, once each. */
  countries: string[];
  /** Its landing points with their ISO3. */
  landingPoints: { id: string; country: string }[];
}

interface CableFile {
  name?: string;
  rfs_year?: unknown;
  is_planned?: unknown;
  landing_points?: { id?: string; country?: string }[];
}

/**
 * Every cable listed in `cable/all.json`, read from `cable/<id>.json`: ready-for-service year, planned flag and its
 * landing points with the country TeleGeography gives, mapped to ISO3 (source overrides, then i18n-iso-countries). A
 * point inside one of `areas` gets that area's code: TeleGeography's "China" includes Hong Kong and Macao.
 */
export function readTelegeographyCables(options: {
  ctx: EtlContext;
  points: ReadonlyMap<string, LandingPoint>;
  countryOverrides: Readonly<Record<string, string>>;
  areas: readonly AreaByLocation[];
}): Cable[] {
  const listFile = options.ctx.rawFile({ role: CABLE_LIST_ROLE });
  const cableFile = options.ctx.rawFile({ role: CABLE_ROLE, placeholder: '<id>' });
  const list = parseJson<{ id?: string }[]>(options.ctx, listFile);
  if (!Array.isArray(list)) throw new DataError({ file: listFile, expected: 'an array of cables', got: typeof list });
  return list.map((entry, i): Cable => {
    if (typeof entry.id !== 'string')
      throw new DataError({ file: listFile, row: i + 1, column: 'id', expected: 'a cable id', got: showValue(String(entry.id)) });
    const file = cableFile.replace('<id>', entry.id);
    const cable = parseJson<CableFile>(options.ctx, file);
    if (cable.rfs_year !== null && (typeof cable.rfs_year !== 'number' || !Number.isInteger(cable.rfs_year)))
      throw new DataError({ file, column: 'rfs_year', expected: 'a year or null', got: showValue(String(cable.rfs_year)) });
    if (typeof cable.is_planned !== 'boolean')
      throw new DataError({ file, column: 'is_planned', expected: 'true or false', got: showValue(String(cable.is_planned)) });
    const landingPoints = (cable.landing_points ?? []).map((lp, j) => {
      const column = `landing_points[${j}]`;
      const point = lp.id === undefined ? undefined : options.points.get(lp.id);
      if (!point)
        throw new DataError({ file, column: `${column}.id`, expected: 'a landing point of landing-point-geo.json', got: showValue(String(lp.id)) });
      const name = lp.country ?? '';
      const area = options.areas.find(
        (a) => a.within === name && point.lon >= a.lon[0] && point.lon <= a.lon[1] && point.lat >= a.lat[0] && point.lat <= a.lat[1]
      );
      const country = area?.code ?? iso3FromName({ name, overrides: options.countryOverrides });
      if (!country)
        throw new DataError({ file, column: `${column}.country`, expected: 'a country name with an ISO3 code (config/names.data-trade.json)', got: showValue(name) });
      return { id: point.id, country };
    });
    const countries = [...new Set(landingPoints.map((lp) => lp.country))].sort();
    return { id: entry.id, name: cable.name ?? entry.id, rfsYear: cable.rfs_year as number | null, isPlanned: cable.is_planned, countries, landingPoints };
  });
}
