import type { Messages } from '$lib/i18n/messages';
import type { IndexFlag } from './types';

/**
 * An imputed or carried-forward cell in the reader's words: the short mark beside its year in the comparison table
 * and the sentence for the method log, with the year of the value and the indicator's reference year.
 */
export function flagWords({
  flag,
  indicator,
  t
}: {
  flag: IndexFlag;
  /** The indicator's name in the reader's locale. */
  indicator: string;
  t: Messages['explorer'];
}): { mark: string; sentence: string } {
  const f = t.flags;
  if (flag.flag === 'carried-forward') {
    if (flag.year === null || flag.referenceYear === null)
      throw new Error(
        `flags.csv ${flag.unit} ${flag.indicator}: a carried-forward cell needs its year and reference year`
      );
    return {
      mark: f.referenceMark(flag.referenceYear),
      sentence: f.carriedCell({ indicator, year: flag.year, reference: flag.referenceYear })
    };
  }
  const names = t.whatMoves.values as Record<string, unknown>;
  const named = flag.method === null ? undefined : names[flag.method];
  const method = typeof named === 'string' ? named : (flag.method ?? f.unknownMethod);
  const sentence =
    flag.stale && flag.year !== null && flag.referenceYear !== null
      ? f.staleCell({ indicator, method, year: flag.year, reference: flag.referenceYear })
      : f.imputedCell({ indicator, method });
  return { mark: f.imputedMark, sentence };
}
