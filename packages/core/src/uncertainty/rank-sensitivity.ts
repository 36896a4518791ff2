import type { UncertaintyRun } from './prepare-uncertainty.ts';

export interface SensitivityRow {
  /** "weights", "treat.winmax", "normalise", "aggregate" or "impute". */
  input: string;
  /** Mean over units and draws of |rank − nominal rank| when only this input varies. */
  meanAbsShift: number;
  /** Largest |rank − nominal rank| seen. */
  maxAbsShift: number;
}

/**
 * One-at-a-time sensitivity: for each uncertain input of `run`, `draws` Monte Carlo draws varying only that input,
 * summarised as the mean and largest absolute rank shift from the nominal ranks.
 */
export function rankSensitivity(run: UncertaintyRun, draws: number): SensitivityRow[] {
  const nU = run.units.length;
  const buf = new Uint16Array(draws * nU);
  return run.inputs.map((name) => {
    run.runDraws(0, draws, buf, {
      winmax: name === 'treat.winmax',
      normalise: name === 'normalise',
      aggregate: name === 'aggregate',
      impute: name === 'impute',
      weights: name === 'weights'
    });
    let sum = 0;
    let count = 0;
    let max = 0;
    for (let i = 0; i < buf.length; i++) {
      const shift = Math.abs(buf[i] - run.nominalRank[i % nU]);
      // Rank 0 (no score) or a NaN nominal rank: nothing to compare.
      if (buf[i] > 0 && shift === shift) {
        sum += shift;
        count++;
        if (shift > max) max = shift;
      }
    }
    return { input: name, meanAbsShift: count ? sum / count : NaN, maxAbsShift: max };
  });
}
