import type { CompiledFramework } from './compile-framework.ts';

/**
 * After aggregation: refuses a result where some aggregate is NaN for every unit (a pillar all NA would otherwise be
 * printed with exit 0). Names the first such aggregate, lowest level first, since the levels above inherit it.
 */
export function checkAggregateRows({
  scores,
  nUnits,
  fw,
  threshold
}: {
  scores: Float64Array;
  nUnits: number;
  fw: CompiledFramework;
  threshold: number;
}): void {
  for (let r = fw.nIndicators; r < fw.nRows; r++) {
    let any = false;
    for (let i = r * nUnits, end = i + nUnits; i < end && !any; i++) any = scores[i] === scores[i];
    if (!any) {
      const why =
        threshold > 0
          ? `no unit has at least ${threshold} of its children present (aggregate.availabilityThreshold)`
          : 'no unit has a value for any of its children';
      throw new Error(
        `aggregate ${fw.codes[r]}: expected a score for at least one unit, got NA for all ${nUnits}: ${why}`
      );
    }
  }
}
