/**
 * Rounds to `digits` significant digits. WDI publishes 15-digit floats whose tail is arithmetic noise; six digits keep
 * every published figure while each series file stays under the 50 KB gzip budget.
 */
export function roundSignificant(value: number | null, digits = 6): number | null {
  if (value === null || value === 0) return value;
  return Number(value.toPrecision(digits));
}
