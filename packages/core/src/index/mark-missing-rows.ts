import type { CompiledFramework } from './compile-framework.ts';

/** Marks which indicator rows of `scores` (rows 0 … nIndicators − 1) hold a NaN, for `aggregateScores`. */
export function markMissingRows(
  scores: Float64Array,
  nUnits: number,
  fw: CompiledFramework,
  rowHasNaN: Uint8Array
): void {
  for (let r = 0; r < fw.nIndicators; r++) {
    let has = 0;
    for (let i = r * nUnits, end = i + nUnits; i < end; i++) {
      if (scores[i] !== scores[i]) {
        has = 1;
        break;
      }
    }
    rowHasNaN[r] = has;
  }
}
