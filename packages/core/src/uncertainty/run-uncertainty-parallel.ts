import type { Remote } from 'comlink';
import { splitRange } from '../threads/split-range.ts';
import type { CoreApi } from '../worker/api.ts';
import type { UncertaintyInput } from './prepare-uncertainty.ts';
import { rankStats } from './rank-stats.ts';
import type { UncertaintyResult } from './uncertainty-chunks.ts';

/** Ranks of draws [from, to) (draw-major) from one worker. */
export interface UncertaintySlab {
  units: string[];
  total: number;
  from: number;
  to: number;
  nominal: Float64Array;
  /** Draw-major ranks, 0 where a unit has no score (see `UncertaintyRun.runDraws`). */
  ranks: Uint16Array;
}

/**
 * Spreads one Monte Carlo (or grid) analysis over several workers — each computes a contiguous block of draws — and
 * merges the ranks into the same result a single `runUncertainty` gives (no sensitivity). `onProgress(done, total)`
 * fires as blocks arrive.
 */
export async function runUncertaintyParallel(
  workers: Remote<CoreApi>[],
  input: UncertaintyInput,
  onProgress?: (done: number, total: number) => void
): Promise<UncertaintyResult> {
  if (workers.length === 0) throw new Error('runUncertaintyParallel: no workers');
  const total = input.grid ? Number.POSITIVE_INFINITY : Math.max(0, Math.floor(input.draws ?? 1000));
  // Grid size is only known after preparing; ask the first worker for an empty slab to learn it.
  const probe = Number.isFinite(total) ? null : await workers[0].uncertaintyDraws({ ...input, from: 0, to: 0 });
  const n = probe ? probe.total : total;
  let done = 0;
  const blocks = splitRange({ total: n, parts: workers.length });
  // With no draws at all, one empty block still brings back the units and the nominal ranks.
  if (blocks.length === 0) blocks.push([0, 0]);
  const slabs = await Promise.all(
    blocks.map(async ([from, to], i) => {
      const slab = await workers[i].uncertaintyDraws({ ...input, from, to });
      done += slab.to - slab.from;
      onProgress?.(done, n);
      return slab;
    })
  );
  const { units, nominal } = slabs[0];
  const ranks = new Uint16Array(n * units.length);
  for (const s of slabs) ranks.set(s.ranks, s.from * units.length);
  return { units, draws: n, nominal, ...rankStats(ranks, n, units.length), sensitivity: [] };
}
