/**
 * A flat line [x0, y0, x1, y1, …] with the vertices dropped that lie within `tolerance` of the line through the ones
 * kept (Douglas–Peucker, planar distance, iterative); the first and last vertices always stay.
 * @see D. H. Douglas and T. K. Peucker (1973), "Algorithms for the reduction of the number of points required to
 * represent a digitized line or its caricature", The Canadian Cartographer 10(2), 112–122.
 */
export function simplifyLine({ line, tolerance }: { line: number[]; tolerance: number }): number[] {
  const n = line.length / 2;
  if (n < 3) return line.slice();
  const keep = new Uint8Array(n);
  keep[0] = keep[n - 1] = 1;
  const stack: [number, number][] = [[0, n - 1]];
  while (stack.length > 0) {
    const [a, b] = stack.pop()!;
    const [x1, y1, x2, y2] = [line[2 * a], line[2 * a + 1], line[2 * b], line[2 * b + 1]];
    const length = Math.hypot(x2 - x1, y2 - y1);
    let farthest = -1;
    let distance = 0;
    for (let i = a + 1; i < b; i++) {
      const [x, y] = [line[2 * i], line[2 * i + 1]];
      const d =
        length === 0 ? Math.hypot(x - x1, y - y1) : Math.abs((x2 - x1) * (y1 - y) - (x1 - x) * (y2 - y1)) / length;
      if (d > distance) [farthest, distance] = [i, d];
    }
    if (distance > tolerance) {
      keep[farthest] = 1;
      stack.push([a, farthest], [farthest, b]);
    }
  }
  return line.filter((_, i) => keep[i >> 1] === 1);
}
