import type { IndexFrameworkTables } from './build-index-framework.ts';

/**
 * `index/method.json`: the rules the index is built by and what each did to this edition — the coverage rule with
 * every excluded economy and its reasons, the recency rule with the reference years and the values it dropped, the
 * imputation step and how many cells it fills, the small-economy rule and its members, and the external measures.
 */
export function methodJson(t: IndexFrameworkTables): string {
  const d = t.definition;
  const kept = new Set(t.units.map((u) => u.code));
  const count = <T>(list: T[], key: (x: T) => string) => {
    const out: Record<string, number> = {};
    for (const x of list) out[key(x)] = (out[key(x)] ?? 0) + 1;
    return out;
  };
  const imputed = t.flags.filter((f) => f.flag === 'imputed');
  const carried = t.flags.filter((f) => f.flag === 'carried-forward');
  const out = {
    schema: 1,
    edition: d.edition,
    coverage: {
      candidates: t.screening.candidates,
      kept: t.units.length,
      overall: { threshold: d.availabilityThreshold, required: t.screening.required, counted: t.screening.counted },
      pillars: d.aggregates
        .filter((a) => a.level === 2 && a.weight > 0 && a.minIndicators !== undefined)
        .map((a) => ({
          code: a.code,
          indicators: d.indicators.filter((i) => i.pillar === a.code).map((i) => i.code),
          required: a.minIndicators
        })),
      excluded: t.exclusions
    },
    recency: d.recency
      ? {
          ...d.recency,
          indicators: d.indicators.map((i) => {
            const ref = t.referenceYears[i.code];
            return {
              code: i.code,
              window: i.window,
              referenceYear: ref,
              oldestAllowed: ref === null ? null : ref - d.recency!.maxAge,
              carriedForward: carried.filter((f) => f.indicator === i.code).length,
              dropped: t.stale.filter((s) => s.indicator === i.code).length
            };
          }),
          dropped: t.stale,
          unitsAffected: [...new Set(t.stale.map((s) => s.unit))].filter((u) => kept.has(u)).sort(),
          unitsExcluded: t.exclusions.filter((x) => x.byRecency).map((x) => x.code)
        }
      : null,
    imputation: {
      method: d.spec.impute?.method ?? null,
      cells: imputed.length,
      units: new Set(imputed.map((f) => f.unit)).size,
      byIndicator: count(imputed, (f) => f.indicator),
      carriedForward: carried.length,
      carriedForwardUnits: new Set(carried.map((f) => f.unit)).size
    },
    smallEconomies: d.smallEconomies
      ? { ...d.smallEconomies, units: t.units.filter((u) => u.small).map((u) => u.code) }
      : null,
    external: (d.external ?? []).map((x, k) => ({
      code: x.code,
      name: x.name,
      unit: x.unit,
      source: x.source,
      window: x.window,
      coverage: t.external.values.filter((row) => row[k] !== null).length,
      note: x.note
    }))
  };
  return JSON.stringify(out, null, 1) + '\n';
}
