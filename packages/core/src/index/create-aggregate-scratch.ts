export interface AggregateScratch {
  num: Float64Array;
  /** Weight of the missing children, per unit (so the denominator is Σw − missing). */
  missW: Float64Array;
  /** Count of missing children, per unit (for the availability threshold). */
  missN: Float64Array;
  /** 1 when a row holds at least one NaN; the caller may mark the indicator rows once and reuse them. */
  rowHasNaN: Uint8Array;
}

/** Working arrays for `aggregateScores`, allocated once per run rather than per draw. */
export function createAggregateScratch(nUnits: number, nRows: number): AggregateScratch {
  return {
    num: new Float64Array(nUnits),
    missW: new Float64Array(nUnits),
    missN: new Float64Array(nUnits),
    rowHasNaN: new Uint8Array(nRows)
  };
}
