import { monteCarloSpec, readCoinCsv, readYearsCsv, runIndex, runUncertainty } from '@dtr/core';
import { DataError, type ExternalRow, type IndexResults, type IndexSpec, type MethodFile } from '@dtr/data';
import { indexAudit } from './index-audit.ts';
import { indexSensitivity } from './index-sensitivity.ts';

const plain = (a: ArrayLike<number>) => Array.from(a, (v) => (Number.isFinite(v) ? v : null));
const whole = (a: ArrayLike<number>) => Array.from(a, (v) => (Number.isFinite(v) ? v : null));

/**
 * The published index of an edition, computed once at edition build: nominal scores and ranks from the COINr files
 * and the spec; the Monte Carlo rank intervals with the spec's draws and seed over every uncertain input except those
 * only the sensitivity analysis varies (monteCarloSpec: indicator inclusion and recency); and the variance-based
 * sensitivity analysis over all of them. The site reads this, never reruns it.
 */
export function indexResults({
  dataText,
  metaText,
  yearsText,
  spec,
  files,
  audit
}: {
  dataText: string;
  metaText: string;
  /** iYears.csv: the year of each value, needed when the spec varies the recency rule (maxAge). */
  yearsText?: string;
  spec: IndexSpec;
  files: { data: string; meta: string; spec: string; years?: string };
  /** The edition's method.json and external.csv rows: with them the statistical audit is computed too. */
  audit?: { method: MethodFile; external: ExternalRow[] };
}): IndexResults {
  const data = readCoinCsv({ dataText, metaText, dataFile: files.data, metaFile: files.meta });
  if (yearsText !== undefined)
    data.years = readYearsCsv({ text: yearsText, file: files.years, data, dataFile: files.data });
  const index = runIndex({ data, spec, specName: files.spec });
  // Draws and seed live in the spec only: a spec without them publishes no intervals silently chosen in code.
  const draws = spec.uncertainty?.draws;
  const seed = spec.uncertainty?.seed;
  if (draws === undefined || seed === undefined)
    throw new DataError({
      file: files.spec,
      column: draws === undefined ? 'uncertainty.draws' : 'uncertainty.seed',
      expected: 'the Monte Carlo draws and seed of the published rank intervals',
      got: 'none'
    });
  const u = runUncertainty({ data, spec: monteCarloSpec({ spec }), specName: files.spec, draws, seed });
  const nU = index.units.length;
  return {
    schema: 2,
    units: index.units,
    codes: index.codes,
    scores: Object.fromEntries(
      index.codes.map((code, r) => [code, plain(index.scores.subarray(r * nU, (r + 1) * nU))])
    ),
    rank: whole(index.rank),
    uncertainty: { draws: u.draws, seed, median: plain(u.median), q05: plain(u.q05), q95: plain(u.q95) },
    log: {
      weights: index.log.weights,
      treated: index.log.treatedPoints,
      logged: index.log.treatment.filter((t) => t.method === 'log').map((t) => t.code),
      missing: index.log.missing,
      imputed: index.log.imputed
    },
    audit: audit ? indexAudit({ data, spec, specName: files.spec, ...audit }) : null,
    sensitivity: indexSensitivity({ data, spec, specName: files.spec })
  };
}
