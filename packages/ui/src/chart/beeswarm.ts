/**
 * Offsets perpendicular to the value axis so that circles of `radius` centred at `xs` do not overlap:
 * points are placed in value order, each at the offset nearest 0 (alternating sides) that clears every placed
 * neighbour, and clamped to ±`maxOffset`. Deterministic for a given input order.
 */
export function beeswarm(
  xs: number[],
  { radius, maxOffset = Infinity }: { radius: number; maxOffset?: number }
): number[] {
  const order = xs.map((_, i) => i).sort((a, b) => xs[a] - xs[b] || a - b);
  const offsets = new Array<number>(xs.length).fill(0);
  const placed: number[] = [];
  const d2 = (2 * radius) ** 2;
  const step = radius / 2;
  for (const i of order) {
    const near = placed.filter((j) => xs[i] - xs[j] < 2 * radius);
    let offset = 0;
    for (let k = 1; ; k++) {
      const free = near.every((j) => (xs[i] - xs[j]) ** 2 + (offset - offsets[j]) ** 2 >= d2 - 1e-9);
      if (free || Math.abs(offset) > maxOffset) break;
      offset = (k % 2 ? 1 : -1) * Math.ceil(k / 2) * step;
    }
    offsets[i] = Math.max(-maxOffset, Math.min(maxOffset, offset));
    placed.push(i);
  }
  return offsets;
}
