/**
 * A short description of a parsed JSON value for an error's "got": the value itself when short, otherwise its kind
 * and size. Never recurses, so a hostile, deeply nested spec cannot overflow the stack while being reported.
 */
export function describeJson(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return value.length === 0 ? '[]' : `a list of ${value.length}`;
  if (typeof value === 'object' && value !== null) {
    const keys = Object.keys(value);
    const shown = keys.slice(0, 6).map((k) => JSON.stringify(k));
    return keys.length === 0 ? '{}' : `an object with ${shown.join(', ')}${keys.length > 6 ? ', …' : ''}`;
  }
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 58)}…"` : text;
}
