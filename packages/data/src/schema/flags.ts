import { z } from 'zod';
import { yearOrNaCell } from './csv-cells.ts';

/** The header of `index/flags.csv`, in order. */
export const FLAGS_COLUMNS = ['uCode', 'iCode', 'flag', 'year', 'referenceYear', 'stale', 'method'] as const;

/**
 * One row of `index/flags.csv` (@dtr/data's flagsCsv): a ranked unit's cell that is not a current observation —
 * `carried-forward` (its latest value in the window is older than the indicator's reference year) or `imputed` (filled
 * by the spec's imputation method; `stale` when a value existed but the recency rule dropped it). Units and indicators
 * must be the framework's.
 */
export function flagRowSchema({ units, indicators }: { units: ReadonlySet<string>; indicators: ReadonlySet<string> }) {
  return z
    .strictObject({
      uCode: z.string().refine((v) => units.has(v), 'a ranked unit of index/framework.json'),
      iCode: z.string().refine((v) => indicators.has(v), 'an indicator of index/framework.json'),
      flag: z.enum(['imputed', 'carried-forward'], 'imputed or carried-forward'),
      /** Year of the value used (carried forward) or of the value dropped as too old (imputed, stale); NA = none. */
      year: yearOrNaCell,
      referenceYear: yearOrNaCell,
      stale: z.enum(['0', '1'], '0 or 1').transform((v) => v === '1'),
      /** The imputation method of an imputed cell; NA for a carried-forward one. */
      method: z
        .string()
        .min(1, 'a method name or NA')
        .transform((v) => (v === 'NA' ? null : v))
    })
    .transform((r) => ({
      unit: r.uCode,
      indicator: r.iCode,
      flag: r.flag,
      year: r.year,
      referenceYear: r.referenceYear,
      stale: r.stale,
      method: r.method
    }));
}
