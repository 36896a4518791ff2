/**
 * Moves blocks of different heights (wrapped labels) apart along one axis so that neighbours are at least `gap` apart,
 * keeping each block's top inside [min, max − its height] and as close as possible to where it wants to be. Returns
 * the tops in the input order. As dodge.ts, for blocks: a forward pass pushes overlapping blocks down, a backward
 * pass pulls them back inside the bound, and a last forward pass keeps them apart and not above `min`. When the blocks together are taller than the room, the first still starts
 * at `min` and the overlap is left at the end; the caller sizes the room (see timelineLayout.ts).
 */
export function dodgeBlocks({
  tops,
  heights,
  gap,
  min = -Infinity,
  max = Infinity
}: {
  tops: number[];
  heights: number[];
  gap: number;
  min?: number;
  max?: number;
}): number[] {
  const order = tops.map((_, i) => i).sort((a, b) => tops[a] - tops[b] || a - b);
  const out = tops.slice();
  const pushDown = () => {
    let bottom = -Infinity;
    for (const i of order) {
      out[i] = Math.max(out[i], bottom + gap, min);
      bottom = out[i] + heights[i];
    }
  };
  pushDown();
  let nextTop = max + gap;
  for (let k = order.length - 1; k >= 0; k--) {
    const i = order[k];
    out[i] = Math.min(out[i], nextTop - gap - heights[i]);
    nextTop = out[i];
  }
  pushDown();
  return out;
}
