/**
 * Koopman–Powers–Wang–Wei GVC participation (IV + FV) / E, elementwise: indirect value added exports (domestic value
 * added in partners' exports) plus foreign value added in own exports, over gross exports. NaN where E is 0 or any
 * input is NaN.
 * @see Koopman, Powers, Wang & Wei (2010) Give credit where credit is due, NBER WP 16426, eq. (7).
 */
export function gvcParticipation(iv: Float64Array, fv: Float64Array, grossExports: Float64Array): Float64Array {
  if (fv.length !== iv.length || grossExports.length !== iv.length)
    throw new RangeError('gvcParticipation: input lengths differ');
  const out = new Float64Array(iv.length);
  for (let i = 0; i < iv.length; i++) {
    out[i] = grossExports[i] === 0 ? NaN : (iv[i] + fv[i]) / grossExports[i];
  }
  return out;
}
