import { SCHEMA_VERSION } from '../schema/types.ts';
import type { IndexFrameworkTables } from './build-index-framework.ts';

/**
 * What the method page and the explorer say about the index: definitions, windows, goalposts, coverage, the years
 * used, the screening result and the units with their groups.
 */
export function frameworkJson(t: IndexFrameworkTables, numericCode: (iso3: string) => string | null): string {
  const d = t.definition;
  const out = {
    schema: SCHEMA_VERSION,
    edition: d.edition,
    code: d.code,
    name: d.name,
    availabilityThreshold: d.availabilityThreshold,
    briDate: d.briDate,
    screening: {
      candidates: t.screening.candidates,
      kept: t.units.length,
      counted: t.screening.counted,
      required: t.screening.required,
      dropped: t.screening.dropped
    },
    indicators: d.indicators.map((ind, i) => {
      const years: Record<string, number> = {};
      for (const row of t.years) {
        const y = row[i];
        if (y !== null) years[y] = (years[y] ?? 0) + 1;
      }
      return {
        code: ind.code,
        name: ind.name,
        pillar: ind.pillar,
        unit: ind.unit,
        source: ind.source,
        window: ind.window,
        direction: ind.direction,
        weight: ind.weight,
        goalposts: t.goalposts[ind.code],
        goalpostRule: ind.goalposts.upper === 'p95' ? 'p95' : 'fixed',
        coverage: t.values.filter((row) => row[i] !== null).length,
        years,
        note: ind.note
      };
    }),
    aggregates: d.aggregates,
    // The small-economy flag and population are in method.json and iData's Size_group, so this shape stays as it was.
    units: t.units.map((u) => ({
      code: u.code,
      name: u.name,
      region: u.region,
      income: u.income,
      bri: u.bri,
      m49: numericCode(u.code)
    }))
  };
  return JSON.stringify(out, null, 1) + '\n';
}
