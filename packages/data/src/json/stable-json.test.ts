import { describe, expect, it } from 'vitest';
import { stableJson } from './stable-json.ts';

describe('stableJson', () => {
  it('stableJson sorts keys at every depth and puts arrays of primitives on one line', () => {
    expect(stableJson({ b: 1, a: { d: [1, null, 2.5], c: 'x' } })).toBe(
      '{\n  "a": {\n    "c": "x",\n    "d": [1,null,2.5]\n  },\n  "b": 1\n}\n'
    );
  });

  it('stableJson gives the same bytes whatever the insertion order', () => {
    expect(stableJson({ x: 1, y: [{ q: 1, p: 2 }] })).toBe(stableJson({ y: [{ p: 2, q: 1 }], x: 1 }));
  });

  it('stableJson drops undefined members', () => {
    expect(stableJson({ a: undefined, b: 1 })).toBe('{\n  "b": 1\n}\n');
  });
});
