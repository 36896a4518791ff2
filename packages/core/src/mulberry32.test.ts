import { describe, expect, it } from 'vitest';
import { mulberry32 } from './mulberry32.ts';

// The published reference implementation, written independently for comparison.
function reference(a: number) {
  return () => {
    let t = (a += 0x6d2b79f5);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('mulberry32', () => {
  it('matches the reference mulberry32 sequence and advances the state in place', () => {
    const state = Int32Array.of(12345);
    const ref = reference(12345);
    for (let i = 0; i < 5; i++) expect(mulberry32(state)).toBe(ref());
    expect(state[0]).toBe((12345 + 5 * 0x6d2b79f5) | 0);
  });
});
