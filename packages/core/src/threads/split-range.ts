/**
 * Splits rows [0, total) into at most `parts` contiguous, non-empty blocks of near-equal size (sizes differ by at
 * most one), in order. The one place that decides how a chunked run — Monte Carlo draws, grid rows, Sobol sample
 * rows — is spread over threads or workers; the results never depend on it, because row i is always computed from
 * row i's own random stream.
 */
export function splitRange({ total, parts }: { total: number; parts: number }): [from: number, to: number][] {
  const n = Math.max(1, Math.min(Math.floor(parts), total));
  const out: [number, number][] = [];
  for (let i = 0, from = 0; i < n && from < total; i++) {
    const to = from + Math.floor(total / n) + (i < total % n ? 1 : 0);
    out.push([from, to]);
    from = to;
  }
  return out;
}
