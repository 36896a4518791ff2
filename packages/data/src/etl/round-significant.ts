/**
 * Rounds to `digits` significant digits. For derived numbers only (e.g. the index framework's computed ratios):
 * source values are published exactly as the source gives them, never rounded.
 */
export function roundSignificant(value: number | null, digits = 6): number | null {
  if (value === null || value === 0) return value;
  return Number(value.toPrecision(digits));
}
