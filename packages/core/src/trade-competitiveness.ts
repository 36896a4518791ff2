/**
 * Trade competitiveness (normalised trade balance) (X − M) / (X + M), in [−1, 1] for non-negative flows.
 * NaN where either is NaN or X + M = 0.
 */
export function tradeCompetitiveness(exports: Float64Array, imports: Float64Array): Float64Array {
  if (exports.length !== imports.length) throw new RangeError('tradeCompetitiveness: input lengths differ');
  const out = new Float64Array(exports.length);
  for (let i = 0; i < exports.length; i++) {
    const total = exports[i] + imports[i];
    out[i] = total === 0 ? NaN : (exports[i] - imports[i]) / total;
  }
  return out;
}
