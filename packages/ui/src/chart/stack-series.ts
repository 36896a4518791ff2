import type { Series } from './types.ts';

/**
 * Cumulative bands of series stacked in the given order, per x: `y0` is the band's bottom, `y1` its top. Missing
 * values count as 0 so the stack stays continuous (the tooltip and table still report them as missing).
 */
export function stackSeries(series: Series[]): { id: string; points: { x: number; y0: number; y1: number }[] }[] {
  const xs = [...new Set(series.flatMap((s) => s.points.map((p) => p.x)))].sort((a, b) => a - b);
  const base = new Map(xs.map((x) => [x, 0]));
  return series.map((s) => {
    const byX = new Map(s.points.map((p) => [p.x, p.y]));
    return {
      id: s.id,
      points: xs.map((x) => {
        const y0 = base.get(x) ?? 0;
        const y1 = y0 + (byX.get(x) ?? 0);
        base.set(x, y1);
        return { x, y0, y1 };
      })
    };
  });
}
