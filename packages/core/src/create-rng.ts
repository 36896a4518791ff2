import { mulberry32 } from './mulberry32.ts';
import { streamState } from './stream-state.ts';

/**
 * A seeded uniform [0, 1) generator (mulberry32), so every random result is reproducible from its seed. `stream`
 * picks an independent sequence for the same seed (e.g. one per Monte Carlo draw), so draws give the same numbers
 * however they are split across chunks or workers.
 */
export function createRng(seed: number, stream = 0): () => number {
  const state = Int32Array.of(streamState(seed, stream));
  return () => mulberry32(state);
}
