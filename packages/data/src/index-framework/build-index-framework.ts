import type { BriFile, CountriesFile, Localised, Series } from '../schema/types.ts';
import { briMemberOn } from '../entities/bri-member-on.ts';
import { roundSignificant } from '../etl/round-significant.ts';
import type { FrameworkDefinition } from '../schema/types.ts';
import { latestInWindow } from './latest-in-window.ts';
import { percentile95Goalpost } from './percentile-95-goalpost.ts';

export interface FrameworkUnit {
  code: string;
  name: Localised;
  region: string;
  income: string;
  bri: boolean;
}

/** Everything the index files are written from; values and years are indexed [unit][indicator], null = missing. */
export interface IndexFrameworkTables {
  definition: FrameworkDefinition;
  units: FrameworkUnit[];
  indicators: string[];
  values: (number | null)[][];
  years: (number | null)[][];
  goalposts: Record<string, [number, number]>;
  screening: {
    candidates: number;
    counted: string[];
    required: number;
    dropped: { code: string; available: number }[];
  };
}

/**
 * Assembles the index tables from the edition's series and entities: one row per economy (not aggregates) that passes
 * the availability screen, the latest value per indicator inside its window, and the year used.
 */
export function buildIndexFramework({
  definition,
  countries,
  bri,
  series
}: {
  definition: FrameworkDefinition;
  countries: CountriesFile;
  bri: BriFile;
  series: (id: string) => Series;
}): IndexFrameworkTables {
  const weightedPillars = new Set(
    definition.aggregates.filter((a) => a.level === 2 && a.weight > 0).map((a) => a.code)
  );
  const counted = definition.indicators.filter((d) => weightedPillars.has(d.pillar)).map((d) => d.code);
  const required = Math.ceil(definition.availabilityThreshold * counted.length);
  const economies = countries.entities
    .filter((e) => e.kind === 'economy')
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const units: FrameworkUnit[] = [];
  const values: (number | null)[][] = [];
  const years: (number | null)[][] = [];
  const dropped: { code: string; available: number }[] = [];
  for (const e of economies) {
    const cells = definition.indicators.map((d) => latestInWindow(d.source, e.code, d.window, series));
    const available = definition.indicators.filter((d, i) => counted.includes(d.code) && cells[i] !== null).length;
    if (available < required) {
      dropped.push({ code: e.code, available });
      continue;
    }
    units.push({
      code: e.code,
      name: e.name,
      region: e.region ?? 'Unclassified',
      income: e.incomeGroup ?? 'Unclassified',
      bri: briMemberOn(e.code, definition.briDate, bri)
    });
    values.push(cells.map((c) => (c === null ? null : roundSignificant(c.value, 6))));
    years.push(cells.map((c) => (c === null ? null : c.year)));
  }
  const goalposts: Record<string, [number, number]> = {};
  definition.indicators.forEach((d, i) => {
    const column = values.map((row) => row[i]).filter((v): v is number => v !== null);
    goalposts[d.code] = [
      d.goalposts.lower,
      d.goalposts.upper === 'p95' ? percentile95Goalpost(column) : d.goalposts.upper
    ];
  });
  return {
    definition,
    units,
    indicators: definition.indicators.map((d) => d.code),
    values,
    years,
    goalposts,
    screening: { candidates: economies.length, counted, required, dropped }
  };
}
