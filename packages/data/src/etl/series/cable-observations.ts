import { briMemberOn } from '../../entities/bri-member-on.ts';
import type { BriFile } from '../../schema/types.ts';
import type { Observation } from '../observation.ts';
import type { TelegeographyData } from './telegeography-data.ts';

export type CableMeasure = 'cables-in-service' | 'cables-planned' | 'landing-points-in-service' | 'landing-points-planned' | 'cables-cumulative';

/** Entities of the cumulative series besides the world and the BRI group. */
const CUMULATIVE_ENTITIES = ['CHN', 'HKG', 'MAC'];

/**
 * Yearly counts from TeleGeography's cables: per economy (ISO3) and the world (each system or point once), for every
 * year from the earliest ready-for-service year to the latest. "Planned" = flagged planned in Nov 2022; the cumulative
 * measure counts both, for CHN, HKG, MAC, the BRI members as of 31 December of each year, and the world.
 */
export function cableObservations(options: { data: TelegeographyData; measure: CableMeasure; bri: BriFile }): Observation[] {
  const { data, measure } = options;
  const dated = data.cables.filter((c) => c.rfsYear !== null);
  const years = dated.map((c) => c.rfsYear as number);
  const first = Math.min(...years);
  const last = Math.max(...years);
  const file = data.cableFolder;
  const out: Observation[] = [];
  const planned = measure === 'cables-planned' || measure === 'landing-points-planned';
  const pointsMeasure = measure.startsWith('landing-points');
  const economies = [...new Set(data.pointCountry.values())].sort();
  for (let year = first; year <= last; year += 1) {
    const upTo = dated.filter((c) => (c.rfsYear as number) <= year);
    if (measure === 'cables-cumulative') {
      for (const entity of CUMULATIVE_ENTITIES)
        out.push({ entity, year, value: upTo.filter((c) => c.countries.includes(entity)).length, file, line: 0 });
      const date = `${year}-12-31`;
      const bri = upTo.filter((c) => c.countries.some((code) => briMemberOn(code, date, options.bri))).length;
      out.push({ entity: 'BRI', year, value: bri, file, line: 0 });
      out.push({ entity: 'WLD', year, value: upTo.length, file, line: 0 });
      continue;
    }
    const chosen = upTo.filter((c) => c.isPlanned === planned);
    if (pointsMeasure) {
      const ids = new Set(chosen.flatMap((c) => c.landingPoints.map((lp) => lp.id)));
      const byCountry = new Map<string, number>();
      for (const id of ids) {
        const country = data.pointCountry.get(id) as string;
        byCountry.set(country, (byCountry.get(country) ?? 0) + 1);
      }
      for (const entity of economies) out.push({ entity, year, value: byCountry.get(entity) ?? 0, file, line: 0 });
      out.push({ entity: 'WLD', year, value: ids.size, file, line: 0 });
    } else {
      for (const entity of economies)
        out.push({ entity, year, value: chosen.filter((c) => c.countries.includes(entity)).length, file, line: 0 });
      out.push({ entity: 'WLD', year, value: chosen.length, file, line: 0 });
    }
  }
  return out;
}
