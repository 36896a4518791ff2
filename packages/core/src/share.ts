/**
 * Elementwise part / whole. NaN where either is NaN or whole is 0. Lengths must match.
 */
export function share(part: Float64Array, whole: Float64Array): Float64Array {
  if (part.length !== whole.length) throw new RangeError(`share: length ${part.length} ≠ ${whole.length}`);
  const out = new Float64Array(part.length);
  for (let i = 0; i < part.length; i++) out[i] = whole[i] === 0 ? NaN : part[i] / whole[i];
  return out;
}
