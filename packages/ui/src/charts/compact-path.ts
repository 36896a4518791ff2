/**
 * Whole-pixel outline path data ("M437,137L437,137L438,137…Z", as d3-geo writes it with `digits(0)`) in fewer bytes
 * and the same shape: repeated pixels and collinear vertices dropped, steps written as relative `l` moves (small
 * deltas, which compress well), and rings that collapse to fewer than three distinct pixels (specks of a pixel or a
 * line) left out, since at that width they fill nothing.
 */
export function compactPath(d: string): string {
  let out = '';
  for (const ring of d.split(/(?=M)/)) {
    const points = [...ring.matchAll(/(-?\d+),(-?\d+)/g)].map(([, x, y]) => [Number(x), Number(y)] as [number, number]);
    const kept: [number, number][] = [];
    for (const p of points) {
      const last = kept[kept.length - 1];
      if (last && last[0] === p[0] && last[1] === p[1]) continue;
      const prev = kept[kept.length - 2];
      // The last vertex lies on the line from the one before it to p, going the same way: it carries nothing.
      if (prev && last) {
        const [ax, ay] = [last[0] - prev[0], last[1] - prev[1]];
        const [bx, by] = [p[0] - last[0], p[1] - last[1]];
        if (ax * by === ay * bx && ax * bx + ay * by > 0) kept.pop();
      }
      kept.push(p);
    }
    if (kept.length > 1 && kept[0][0] === kept[kept.length - 1][0] && kept[0][1] === kept[kept.length - 1][1])
      kept.pop();
    if (new Set(kept.map(([x, y]) => `${x},${y}`)).size < 3) continue;
    out += `M${kept[0][0]},${kept[0][1]}`;
    for (let i = 1; i < kept.length; i++) out += `l${kept[i][0] - kept[i - 1][0]},${kept[i][1] - kept[i - 1][1]}`;
    out += 'z';
  }
  return out;
}
