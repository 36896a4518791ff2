import type { Remote } from 'comlink';
import type { CoreApi } from '../worker/api.ts';
import { drawSharedChunks } from './draw-shared-chunks.ts';
import { prepareUncertainty, type UncertaintyInput } from './prepare-uncertainty.ts';
import { rankStats } from './rank-stats.ts';
import type { UncertaintyResult } from './uncertainty-chunks.ts';

/**
 * One Monte Carlo (or grid) analysis computed by this thread together with `workers` (Node worker threads: shared
 * memory), equal to `runUncertainty` (no sensitivity). The calling thread starts drawing at once instead of waiting
 * for the workers; each worker joins when it is up, and every participant claims chunks of `chunk` draws until none
 * is left (see drawSharedChunks), so a slow or late thread — a busy core, a thread still starting — takes fewer
 * chunks instead of holding the run up. Only workers that joined before the last chunk was claimed are awaited.
 * `drawn` reports how many draws each participant computed (this thread first).
 */
export async function runUncertaintyShared({
  workers,
  input,
  chunk = 256
}: {
  workers: Remote<CoreApi>[];
  input: UncertaintyInput;
  chunk?: number;
}): Promise<UncertaintyResult & { drawn: number[] }> {
  const run = prepareUncertainty(input);
  const nU = run.units.length;
  const ranks = new Uint16Array(new SharedArrayBuffer(run.total * nU * 2));
  const claims = new Int32Array(new SharedArrayBuffer(4 * (2 + workers.length)));
  const shares = workers.map((w, i) =>
    w.uncertaintyShared({
      ...input,
      ranks: ranks.buffer as SharedArrayBuffer,
      claims: claims.buffer as SharedArrayBuffer,
      slot: i + 1,
      chunk
    })
  );
  const mine = drawSharedChunks({ run, ranks, claims, slot: 0, chunk });
  // A worker that had not joined when the chunks ran out never claims one; its reply is not waited for.
  const drawn = await Promise.all(shares.map((s, i) => (Atomics.load(claims, 2 + i) ? s : 0)));
  for (const s of shares) s.catch(() => {});
  return {
    units: run.units,
    draws: run.total,
    nominal: run.nominalRank,
    ...rankStats(ranks, run.total, nU),
    sensitivity: [],
    drawn: [mine, ...drawn]
  };
}
