/**
 * One step of mulberry32: advances `state[0]` in place and returns a uniform number in [0, 1). In-place state lets
 * hot loops draw without allocating a closure per stream.
 * @see Tommy Ettinger's mulberry32 (public domain; passes gjrand and PractRand up to 2^32 outputs).
 */
export function mulberry32(state: Int32Array): number {
  const s = (state[0] = (state[0] + 0x6d2b79f5) | 0);
  let t = Math.imul(s ^ (s >>> 15), 1 | s);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
