import { textWidth } from './text-width.ts';

/** How many ticks fit along an axis of `length` px with labels `spacing` px apart (at least 2). */
export function tickCount(length: number, spacing = 80): number {
  return Math.max(2, Math.floor(length / spacing));
}

/**
 * Integer year ticks between the domain ends, about `count` of them, on "nice" steps (1, 2, 5, 10…). A step that
 * would leave fewer than two ticks (2016–2024 in steps of 5 is "2020" alone) gives way to the next finer one.
 */
export function yearTicks([start, end]: [number, number], count: number): number[] {
  const span = Math.max(1, end - start);
  const raw = span / Math.max(1, count);
  const steps = [1, 2, 5, 10, 20, 25, 50, 100];
  const at = (step: number) => {
    const ticks: number[] = [];
    for (let y = Math.ceil(start / step) * step; y <= end; y += step) ticks.push(y);
    return ticks;
  };
  for (
    let k = Math.max(
      0,
      steps.findIndex((s) => s >= raw)
    );
    k >= 0;
    k--
  ) {
    const ticks = at(steps[k]);
    if (ticks.length >= Math.min(2, Math.floor(span) + 1) || k === 0) return ticks;
  }
  return at(1);
}

/**
 * Ticks of a continuous scale for a horizontal axis of `length` px: the most ticks whose formatted labels are
 * distinct and at least `gap` px apart, so labels such as "1.1 trillion" never overlap or repeat.
 */
export function fitTicks(
  scale: { ticks: (count: number) => number[] },
  {
    length,
    format,
    gap = 12,
    fontSize = 12
  }: { length: number; format: (value: number) => string; gap?: number; fontSize?: number }
): number[] {
  for (let count = Math.max(2, Math.floor(length / 40)); count > 2; count--) {
    const ticks = scale.ticks(count);
    const labels = ticks.map(format);
    const widest = Math.max(...labels.map((l) => textWidth(l, fontSize)));
    const step = ticks.length > 1 ? length / (ticks.length - 1) : length;
    if (new Set(labels).size === labels.length && step >= widest + gap) return ticks;
  }
  return scale.ticks(2);
}
