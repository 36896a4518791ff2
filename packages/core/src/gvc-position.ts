/**
 * Koopman–Powers–Wang–Wei GVC position ln(1 + IV/E) − ln(1 + FV/E), elementwise: positive when a country supplies
 * more value added to others' exports than it uses from abroad (upstream). NaN where E is 0 or any input is NaN.
 * @see Koopman, Powers, Wang & Wei (2010) Give credit where credit is due, NBER WP 16426, eq. (8).
 */
export function gvcPosition(iv: Float64Array, fv: Float64Array, grossExports: Float64Array): Float64Array {
  if (fv.length !== iv.length || grossExports.length !== iv.length)
    throw new RangeError('gvcPosition: input lengths differ');
  const out = new Float64Array(iv.length);
  for (let i = 0; i < iv.length; i++) {
    const e = grossExports[i];
    out[i] = e === 0 ? NaN : Math.log1p(iv[i] / e) - Math.log1p(fv[i] / e);
  }
  return out;
}
