// Decimal notation only: digits with an optional sign, fraction and exponent. Number() would also take 0x10, 0b1,
// 0o7, "Infinity" and surrounding whitespace, none of which an analyst means as a value in a data file.
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** The value of a decimal number written as text (e.g. "12", "-0.5", "1.2e3"), or NaN for anything else. */
export function parseDecimal(text: string): number {
  if (!DECIMAL.test(text)) return NaN;
  const v = Number(text);
  return Number.isFinite(v) ? v : NaN;
}
