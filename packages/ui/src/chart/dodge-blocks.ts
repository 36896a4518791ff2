/**
 * Moves blocks of different heights (wrapped labels) apart along one axis so that neighbours are at least `gap` apart,
 * keeping each block's top inside [min, max − its height] and as close as possible to where it wants to be, and no
 * block across a line drawn over them (`barriers`: a threshold's line on a timeline): a block that would cross one
 * stands `gap` clear of it, above when its middle is above the line and there is room, below otherwise. Returns the
 * tops in the input order. As dodge.ts, for blocks: a forward pass pushes overlapping blocks down, a backward pass
 * pulls them back inside the bound, and a last forward pass keeps them apart, off the lines and not above `min`. When
 * the blocks together are taller than the room, the first still starts at `min` and the overlap is left at the end;
 * the caller sizes the room (see Timeline.svelte).
 */
export function dodgeBlocks({
  tops,
  heights,
  gap,
  min = -Infinity,
  max = Infinity,
  barriers = []
}: {
  tops: number[];
  heights: number[];
  gap: number;
  min?: number;
  max?: number;
  barriers?: number[];
}): number[] {
  const order = tops.map((_, i) => i).sort((a, b) => tops[a] - tops[b] || a - b);
  const lines = [...barriers].sort((a, b) => a - b);
  const crossed = (top: number, height: number) => lines.find((b) => top < b + gap && top + height > b - gap);
  const out = tops.slice();
  const pushDown = () => {
    let bottom = -Infinity;
    for (const i of order) {
      out[i] = Math.max(out[i], bottom + gap, min);
      for (let b = crossed(out[i], heights[i]); b !== undefined; b = crossed(out[i], heights[i])) {
        const above = b - gap - heights[i];
        const fits = above >= bottom + gap && above >= min && crossed(above, heights[i]) === undefined;
        out[i] = fits && out[i] + heights[i] / 2 < b ? above : b + gap;
        if (out[i] === above) break;
      }
      bottom = out[i] + heights[i];
    }
  };
  pushDown();
  let nextTop = max + gap;
  for (let k = order.length - 1; k >= 0; k--) {
    const i = order[k];
    out[i] = Math.min(out[i], nextTop - gap - heights[i]);
    for (let b = crossed(out[i], heights[i]); b !== undefined; b = crossed(out[i], heights[i]))
      out[i] = b - gap - heights[i];
    nextTop = out[i];
  }
  pushDown();
  return out;
}
