/**
 * Elementwise exports − imports. NaN where either is NaN. Lengths must match.
 */
export function tradeBalance(exports: Float64Array, imports: Float64Array): Float64Array {
  if (exports.length !== imports.length) {
    throw new RangeError(`tradeBalance: length ${exports.length} ≠ ${imports.length}`);
  }
  const out = new Float64Array(exports.length);
  for (let i = 0; i < exports.length; i++) out[i] = exports[i] - imports[i];
  return out;
}
