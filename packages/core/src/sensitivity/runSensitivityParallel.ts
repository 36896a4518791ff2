import type { Remote } from 'comlink';
import { splitRange } from '../threads/splitRange.ts';
import type { CoreApi } from '../worker/api.ts';
import type { IndexSensitivityInput } from './indexSensitivityChunks.ts';
import { sensitivitySettings } from './sensitivitySettings.ts';
import { summariseSensitivity, type IndexSensitivityResult } from './summariseSensitivity.ts';

/**
 * Spreads one variance-based sensitivity analysis over several workers — each evaluates a contiguous block of the
 * design's sample rows (`sensitivityRows`) — and summarises the rows in order: exactly the result of one
 * `runIndexSensitivity`, whatever the number of workers. `onProgress(rows done, rows)` fires as blocks arrive.
 */
export async function runSensitivityParallel(
  workers: Remote<CoreApi>[],
  input: IndexSensitivityInput,
  onProgress?: (done: number, total: number) => void
): Promise<IndexSensitivityResult> {
  if (workers.length === 0) throw new Error('runSensitivityParallel: no workers');
  const settings = sensitivitySettings(input);
  let done = 0;
  const slabs = await Promise.all(
    splitRange({ total: settings.samples, parts: workers.length }).map(async ([from, to], i) => {
      const slab = await workers[i].sensitivityRows({ ...input, from, to });
      done += slab.to - slab.from;
      onProgress?.(done, settings.samples);
      return slab;
    })
  );
  const y = new Float64Array(slabs.reduce((n, s) => n + s.y.length, 0));
  let at = 0;
  for (const s of slabs) {
    y.set(s.y, at);
    at += s.y.length;
  }
  const { inputs, output } = slabs[0];
  return summariseSensitivity({ ...settings, inputs, output, unit: input.unit, y });
}
