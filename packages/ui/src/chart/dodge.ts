/**
 * Moves label positions apart so that neighbours are at least `gap` apart, keeping them inside [min, max]
 * and as close as possible to where they want to be. Returns positions in the input order.
 * A forward pass pushes overlapping labels down, a backward pass pulls them back inside the bound.
 */
export function dodge(
  positions: number[],
  { gap, min = -Infinity, max = Infinity }: { gap: number; min?: number; max?: number }
): number[] {
  const order = positions.map((_, i) => i).sort((a, b) => positions[a] - positions[b]);
  const out = positions.slice();
  let prev = -Infinity;
  for (const i of order) {
    out[i] = Math.max(out[i], prev + gap, min);
    prev = out[i];
  }
  let next = Infinity;
  for (let k = order.length - 1; k >= 0; k--) {
    const i = order[k];
    out[i] = Math.min(out[i], next - gap, max);
    next = out[i];
  }
  return out;
}
