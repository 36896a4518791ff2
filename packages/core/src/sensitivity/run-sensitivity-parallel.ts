import { proxy, transfer, type Remote } from 'comlink';
import { splitRange } from '../threads/split-range.ts';
import type { CoreApi } from '../worker/api.ts';
import type { IndexSensitivityInput } from './index-sensitivity-chunks.ts';
import { sensitivitySettings } from './sensitivity-settings.ts';
import type { IndexSensitivityResult } from './summarise-sensitivity.ts';

/**
 * Spreads one index sensitivity analysis over several workers: each evaluates a contiguous block of sample rows (in
 * chunks of `chunk` rows, cancellable), the blocks are concatenated in row order and the first worker computes the
 * indices and bootstrap intervals — the same result, to the bit, as `runIndexSensitivity` on one thread.
 * `onProgress(runs done, total runs)` sums the workers' progress, non-decreasing, and ends at (total, total).
 */
export async function runSensitivityParallel(
  workers: Remote<CoreApi>[],
  input: IndexSensitivityInput & { chunk?: number },
  onProgress?: (done: number, total: number) => void
): Promise<IndexSensitivityResult> {
  if (workers.length === 0) throw new Error('runSensitivityParallel: no workers');
  const settings = sensitivitySettings(input);
  const blocks = splitRange({ total: settings.samples, parts: workers.length });
  const done = new Float64Array(blocks.length);
  let runs = 0;
  let reported = 0;
  let finished = false;
  const slabs = await Promise.all(
    blocks.map(([from, to], i) => {
      // Progress comes over its own channel and may trail the slab: reports after the end are dropped.
      const report = (d: number, total: number) => {
        if (finished) return;
        done[i] = d;
        // total is this block's runs: (to − from) rows of g + 2 runs each.
        runs = (total / (to - from)) * settings.samples;
        reported = done.reduce((s, v) => s + v, 0);
        onProgress?.(reported, runs);
      };
      return workers[i].sensitivityRows({ ...input, from, to }, onProgress ? proxy(report) : undefined);
    })
  );
  finished = true;
  const y = new Float64Array(slabs.reduce((s, b) => s + b.y.length, 0));
  let at = 0;
  for (const s of slabs) {
    y.set(s.y, at);
    at += s.y.length;
  }
  if (reported < y.length) onProgress?.(y.length, y.length);
  const { inputs, output } = slabs[0];
  return workers[0].summariseSensitivity(transfer({ ...settings, inputs, output, unit: input.unit, y }, [y.buffer]));
}
