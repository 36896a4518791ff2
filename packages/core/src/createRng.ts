/**
 * A seeded uniform [0, 1) generator (mulberry32: 32-bit state, passes gjrand/PractRand to 2^32 outputs), so every
 * random result is reproducible from its seed. `stream` picks an independent sequence for the same seed (e.g. one per
 * Monte Carlo draw), so draws give the same numbers however they are split across workers.
 * @see Tommy Ettinger's mulberry32 (public domain); stream mixing with the splitmix32 finaliser.
 */
export function createRng(seed: number, stream = 0): () => number {
  let h = (Math.imul(seed | 0, 0x9e3779b1) ^ Math.imul(stream | 0, 0x85ebca77)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x21f0aaad);
  h = Math.imul(h ^ (h >>> 15), 0x735a2d97);
  let state = (h ^ (h >>> 15)) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
