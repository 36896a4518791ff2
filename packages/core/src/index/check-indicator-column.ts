import type { NormaliseSpec } from './index-spec.ts';

/**
 * Refuses an indicator column that would turn into NaN for every unit instead of scores: no value at all, or — for
 * min-max and z-score, which divide by the spread — fewer than two distinct values (a constant column, or one that
 * outlier treatment clipped to a constant). The error names the indicator, so the analyst is not left with an
 * all-NA pillar and exit 0.
 */
export function checkIndicatorColumn({
  code,
  values,
  normalise,
  treated
}: {
  code: string;
  values: Float64Array;
  normalise: NormaliseSpec;
  /** The column went through outlier treatment (named in the message). */
  treated: boolean;
}): void {
  let n = 0;
  let first = NaN;
  let distinct = false;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v !== v) continue;
    if (n++ === 0) first = v;
    else if (v !== first) distinct = true;
  }
  if (n === 0)
    throw new Error(`indicator ${code}: expected a value for at least one unit, got NA for all ${values.length}`);
  const divides = normalise.method === 'minmax' || normalise.method === 'zscore';
  if (divides && !distinct) {
    const method = normalise.method === 'minmax' ? 'min-max' : 'z-score';
    const what =
      n === 1 ? `a value for one unit only (${first})` : `the same value ${first} for all ${n} units with data`;
    throw new Error(
      `indicator ${code}: ${method} normalisation expected at least two distinct values, got ${what}` +
        (treated ? ' after outlier treatment' : '')
    );
  }
}
