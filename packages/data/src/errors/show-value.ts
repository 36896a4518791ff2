/** Quotes a raw cell for an error message, keeping it short and making empty and invisible values visible. */
export function showValue(value: string): string {
  const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
  return JSON.stringify(shown);
}
