import type { UncertaintyRun } from './prepare-uncertainty.ts';

/**
 * One participant's share of a run whose draws are claimed in chunks from shared memory: marks `claims[1 + slot]`
 * (so the coordinator knows this participant may hold a chunk), then claims chunk after chunk with `Atomics.add` on
 * `claims[0]` and writes its ranks straight into the shared draw-major `ranks`, until every chunk is taken. Draw d is
 * computed from random stream d wherever it runs, so the ranks are the same whoever computes which chunk; a
 * participant that starts late simply finds fewer chunks. Returns how many draws it computed.
 */
export function drawSharedChunks({
  run,
  ranks,
  claims,
  slot,
  chunk
}: {
  run: UncertaintyRun;
  ranks: Uint16Array;
  claims: Int32Array;
  slot: number;
  chunk: number;
}): number {
  const nU = run.units.length;
  let drawn = 0;
  Atomics.store(claims, 1 + slot, 1);
  for (;;) {
    const from = Atomics.add(claims, 0, 1) * chunk;
    if (from >= run.total) return drawn;
    const to = Math.min(run.total, from + chunk);
    run.runDraws(from, to, ranks.subarray(from * nU, to * nU));
    drawn += to - from;
  }
}
