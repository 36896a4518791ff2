import { describe, expect, it } from 'vitest';
import { describeJson } from './describe-json.ts';

describe('describeJson', () => {
  it('shows short scalars as JSON and undefined as "nothing"', () => {
    expect(describeJson(5)).toBe('5');
    expect(describeJson('minimax')).toBe('"minimax"');
    expect(describeJson(null)).toBe('null');
    expect(describeJson(undefined)).toBe('nothing');
  });
  it('describes lists and objects by size and keys, without walking into them', () => {
    expect(describeJson([1, 2, 3])).toBe('a list of 3');
    expect(describeJson({ method: 'x', range: [1] })).toBe('an object with "method", "range"');
    expect(describeJson({ a: 1, b: 1, c: 1, d: 1, e: 1, f: 1, g: 1 })).toBe(
      'an object with "a", "b", "c", "d", "e", "f", …'
    );
  });
  it('a list nested 1,000,000 deep is described without overflowing the stack', () => {
    const deep = JSON.parse('['.repeat(1_000_000) + ']'.repeat(1_000_000));
    expect(describeJson(deep)).toBe('a list of 1');
  });
  it('cuts long strings to 60 characters', () => {
    expect(describeJson('x'.repeat(100))).toHaveLength(60);
  });
});
