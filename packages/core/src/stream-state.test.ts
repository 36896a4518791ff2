import { describe, expect, it } from 'vitest';
import { streamState } from './stream-state.ts';

describe('streamState', () => {
  it('is a deterministic unsigned 32-bit state, different for neighbouring seeds and streams', () => {
    const s = streamState(1, 0);
    expect(streamState(1, 0)).toBe(s);
    expect(s >>> 0).toBe(s);
    const states = new Set<number>();
    for (let seed = 0; seed < 20; seed++)
      for (let stream = 0; stream < 50; stream++) states.add(streamState(seed, stream));
    expect(states.size).toBe(1000);
  });
});
