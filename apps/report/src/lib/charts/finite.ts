/** A computed value as page data: NaN (missing) becomes null so it serialises and prints as "no data". */
export function finite(v: number): number | null {
  return Number.isFinite(v) ? v : null;
}
