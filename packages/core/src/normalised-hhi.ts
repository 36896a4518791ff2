import { hhi } from './hhi.ts';

/**
 * UNCTAD's concentration index (normalised HHI): (√H − √(1/N)) / (1 − √(1/N)), in [0, 1], where H = Σ sᵢ² and N is
 * the number of non-missing values (products or partners). NaN when N < 2 or H is NaN.
 * @see UNCTADstat, "Product concentration and diversification indices of exports and imports", methodological note.
 */
export function normalisedHhi(values: Float64Array): number {
  let n = 0;
  for (let i = 0; i < values.length; i++) if (values[i] === values[i]) n++;
  if (n < 2) return NaN;
  const root = Math.sqrt(1 / n);
  return (Math.sqrt(hhi(values)) - root) / (1 - root);
}
