/**
 * An SVG path through `values` spread evenly across `width`, scaled to `height` between their minimum and maximum
 * (y grows downwards); a missing value (null) breaks the line. Empty when fewer than two values are known.
 */
export function sparklinePath(o: { values: (number | null)[]; width: number; height: number }): string {
  const known = o.values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (known.length < 2) return '';
  const [lo, hi] = [Math.min(...known), Math.max(...known)];
  const x = (i: number) => (o.values.length === 1 ? 0 : (i / (o.values.length - 1)) * o.width);
  const y = (v: number) => (hi === lo ? o.height / 2 : o.height - ((v - lo) / (hi - lo)) * o.height);
  const round = (n: number) => Math.round(n * 100) / 100;
  let d = '';
  let pen = false;
  o.values.forEach((v, i) => {
    if (v === null || !Number.isFinite(v)) {
      pen = false;
      return;
    }
    d += `${pen ? 'L' : 'M'}${round(x(i))},${round(y(v))}`;
    pen = true;
  });
  return d;
}
