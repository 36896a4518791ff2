/** How many ticks fit along an axis of `length` px with labels `spacing` px apart (at least 2). */
export function tickCount(length: number, spacing = 80): number {
  return Math.max(2, Math.floor(length / spacing));
}

/** Integer year ticks between the domain ends, about `count` of them, on "nice" steps (1, 2, 5, 10…). */
export function yearTicks([start, end]: [number, number], count: number): number[] {
  const span = Math.max(1, end - start);
  const raw = span / Math.max(1, count);
  const step = [1, 2, 5, 10, 20, 25, 50].find((s) => s >= raw) ?? 100;
  const first = Math.ceil(start / step) * step;
  const ticks: number[] = [];
  for (let y = first; y <= end; y += step) ticks.push(y);
  return ticks;
}
