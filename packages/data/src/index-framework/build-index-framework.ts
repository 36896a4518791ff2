import type { BriFile, CountriesFile, Localised, Series } from '../schema/types.ts';
import { briMemberOn } from '../entities/bri-member-on.ts';
import { roundSignificant } from '../etl/round-significant.ts';
import type { FrameworkDefinition } from '../schema/types.ts';
import { latestInWindow, type Cell } from './latest-in-window.ts';
import { percentile95Goalpost } from './percentile-95-goalpost.ts';
import { pillarCoverage, type PillarCoverage } from './pillar-coverage.ts';
import { referenceYear } from './reference-year.ts';

export interface FrameworkUnit {
  code: string;
  name: Localised;
  region: string;
  income: string;
  bri: boolean;
  /** At or below the small-economy population threshold (false when the framework has no such rule). */
  small: boolean;
  /** Population used for the small-economy rule, null when the framework has none or the unit has no value. */
  population: number | null;
}

/** Why an economy is not ranked: the overall screen, the pillars that fall short, and whether recency caused it. */
export interface Exclusion {
  code: string;
  name: Localised;
  /** Weighted indicators available after the recency rule. */
  available: number;
  /** True when `available` is below the overall screen. */
  overall: boolean;
  /** The weighted pillars with fewer indicators than their `minIndicators`. */
  pillars: PillarCoverage[];
  /** True when the unit would have passed had no value been dropped as too old. */
  byRecency: boolean;
}

/** A cell of a kept unit that is not a current observation. */
export interface CellFlag {
  unit: string;
  indicator: string;
  /** `carried-forward`: a value older than the reference year is used; `imputed`: the spec's imputation fills it. */
  flag: 'carried-forward' | 'imputed';
  /** The year of the value used, or of the value dropped as too old (null: no value in the window). */
  year: number | null;
  referenceYear: number | null;
  /** An imputed cell whose value was dropped by the recency rule. */
  stale: boolean;
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
  exclusions: Exclusion[];
  /** Reference year per indicator, over every candidate economy. */
  referenceYears: Record<string, number | null>;
  /** Values of candidate economies dropped by the recency rule. */
  stale: { unit: string; indicator: string; year: number; referenceYear: number }[];
  flags: CellFlag[];
  /** External measures for the kept units: values[u][k] and years[u][k] in definition.external order. */
  external: { codes: string[]; values: (number | null)[][]; years: (number | null)[][] };
}

/**
 * Assembles the index tables from the edition's series and entities. For every economy (never aggregates): the
 * latest value per indicator inside its window and its year; values older than the indicator's reference year by
 * more than the recency rule's maximum age are dropped; the unit is kept when it passes the overall availability
 * screen and every weighted pillar's `minIndicators`. Kept units' cells older than the reference year are flagged as
 * carried forward, and missing cells the spec's imputation fills as imputed.
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
  const isCounted = definition.indicators.map((d) => weightedPillars.has(d.pillar));
  const required = Math.ceil(definition.availabilityThreshold * counted.length);
  const economies = countries.entities
    .filter((e) => e.kind === 'economy')
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const allCells = economies.map((e) => definition.indicators.map((d) => latestInWindow(d.source, e.code, d.window, series)));
  const referenceYears: Record<string, number | null> = {};
  definition.indicators.forEach((d, i) => {
    referenceYears[d.code] = definition.recency
      ? referenceYear({ years: allCells.map((row) => row[i]?.year ?? null), share: definition.recency.referenceShare })
      : null;
  });
  const oldestAllowed = definition.indicators.map((d) => {
    const ref = referenceYears[d.code];
    return definition.recency && ref !== null ? ref - definition.recency.maxAge : -Infinity;
  });
  const stale: IndexFrameworkTables['stale'] = [];
  const passes = (present: boolean[]) => {
    const available = present.filter((p, i) => p && isCounted[i]).length;
    const pillars = pillarCoverage({ definition, present }).filter((p) => p.available < p.required);
    return { available, overall: available < required, pillars, ok: available >= required && pillars.length === 0 };
  };
  const units: FrameworkUnit[] = [];
  const values: (number | null)[][] = [];
  const years: (number | null)[][] = [];
  const kept: { e: (typeof economies)[number]; raw: (Cell | null)[]; cells: (Cell | null)[] }[] = [];
  const dropped: { code: string; available: number }[] = [];
  const exclusions: Exclusion[] = [];
  economies.forEach((e, n) => {
    const raw = allCells[n];
    const cells = raw.map((c, i) => {
      if (c === null || c.year >= oldestAllowed[i]) return c;
      const ref = referenceYears[definition.indicators[i].code] as number;
      stale.push({ unit: e.code, indicator: definition.indicators[i].code, year: c.year, referenceYear: ref });
      return null;
    });
    const after = passes(cells.map((c) => c !== null));
    if (!after.ok) {
      dropped.push({ code: e.code, available: after.available });
      exclusions.push({
        code: e.code,
        name: e.name,
        available: after.available,
        overall: after.overall,
        pillars: after.pillars,
        byRecency: passes(raw.map((c) => c !== null)).ok
      });
      return;
    }
    kept.push({ e, raw, cells });
  });
  const small = definition.smallEconomies;
  for (const { e, cells } of kept) {
    const population = small
      ? (latestInWindow({ kind: 'series', series: small.series }, e.code, small.window, series)?.value ?? null)
      : null;
    units.push({
      code: e.code,
      name: e.name,
      region: e.region ?? 'Unclassified',
      income: e.incomeGroup ?? 'Unclassified',
      bri: briMemberOn(e.code, definition.briDate, bri),
      small: small !== undefined && population !== null && population <= small.threshold,
      population
    });
    values.push(cells.map((c) => (c === null ? null : roundSignificant(c.value, 6))));
    years.push(cells.map((c) => (c === null ? null : c.year)));
  }
  const flags: CellFlag[] = [];
  const imputes = definition.spec.impute?.method === 'availableMean';
  kept.forEach(({ e, raw, cells }) => {
    definition.indicators.forEach((d, i) => {
      const ref = referenceYears[d.code];
      const c = cells[i];
      if (c !== null) {
        if (ref !== null && c.year < ref)
          flags.push({ unit: e.code, indicator: d.code, flag: 'carried-forward', year: c.year, referenceYear: ref, stale: false });
        return;
      }
      const sibling = definition.indicators.some((o, j) => j !== i && o.pillar === d.pillar && cells[j] !== null);
      if (imputes && sibling)
        flags.push({
          unit: e.code,
          indicator: d.code,
          flag: 'imputed',
          year: raw[i]?.year ?? null,
          referenceYear: ref,
          stale: raw[i] !== null
        });
    });
  });
  const goalposts: Record<string, [number, number]> = {};
  definition.indicators.forEach((d, i) => {
    const column = values.map((row) => row[i]).filter((v): v is number => v !== null);
    goalposts[d.code] = [
      d.goalposts.lower,
      d.goalposts.upper === 'p95' ? percentile95Goalpost(column) : d.goalposts.upper
    ];
  });
  const externalDefs = definition.external ?? [];
  const externalCells = kept.map(({ e }) => externalDefs.map((x) => latestInWindow(x.source, e.code, x.window, series)));
  return {
    definition,
    units,
    indicators: definition.indicators.map((d) => d.code),
    values,
    years,
    goalposts,
    screening: { candidates: economies.length, counted, required, dropped },
    exclusions,
    referenceYears,
    stale,
    flags,
    external: {
      codes: externalDefs.map((x) => x.code),
      values: externalCells.map((row) => row.map((c) => (c === null ? null : roundSignificant(c.value, 6)))),
      years: externalCells.map((row) => row.map((c) => (c === null ? null : c.year)))
    }
  };
}
