/**
 * The initial 32-bit state for random stream `stream` of `seed`: both mixed through the splitmix32 / murmur3
 * finaliser so nearby seeds and streams start far apart.
 */
export function streamState(seed: number, stream: number): number {
  let h = (Math.imul(seed | 0, 0x9e3779b1) ^ Math.imul(stream | 0, 0x85ebca77)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x21f0aaad);
  h = Math.imul(h ^ (h >>> 15), 0x735a2d97);
  return (h ^ (h >>> 15)) >>> 0;
}
