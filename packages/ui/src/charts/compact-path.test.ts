import { describe, expect, it } from 'vitest';
import { compactPath } from './compact-path.ts';

describe('compactPath', () => {
  it('drops repeated pixels and collinear vertices and writes relative steps', () => {
    expect(compactPath('M0,0L0,0L5,0L10,0L10,10L0,10Z')).toBe('M0,0l10,0l0,10l-10,0z');
  });
  it('keeps every ring that still encloses an area and leaves out specks', () => {
    // The second ring is three pixels on one line; the third is one pixel written four times.
    const d = 'M0,0L4,0L4,4Z' + 'M20,20L21,20L22,20Z' + 'M30,30L30,30L30,30L30,30Z' + 'M-3,-3L-1,-3L-1,-1Z';
    expect(compactPath(d)).toBe('M0,0l4,0l0,4z' + 'M-3,-3l2,0l0,2z');
  });
  it('keeps a vertex where the outline turns back on itself', () => {
    expect(compactPath('M0,0L10,0L5,0L5,5Z')).toBe('M0,0l10,0l-5,0l0,5z');
  });
});
