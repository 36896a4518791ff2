/**
 * Rebases a series so that the value in `baseYear` equals `scale` (default 100): v[t] / v[base] · scale.
 * All NaN when the base year is absent, or its value is NaN or 0; NaN elements stay NaN.
 */
export function rebase(values: Float64Array, years: Float64Array, baseYear: number, scale = 100): Float64Array {
  const i = years.indexOf(baseYear);
  const base = i < 0 ? NaN : values[i];
  const out = new Float64Array(values.length);
  const factor = base === 0 ? NaN : scale / base;
  for (let t = 0; t < values.length; t++) out[t] = values[t] * factor;
  return out;
}
