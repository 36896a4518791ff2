import { expect, it } from 'vitest';
import { dodge } from './dodge.ts';

it('dodge(positions) leaves separated labels alone', () => {
  expect(dodge([10, 40, 80], { gap: 12 })).toEqual([10, 40, 80]);
});

it('dodge(positions) separates overlapping labels by at least gap, keeping input order', () => {
  const out = dodge([50, 52, 10, 51], { gap: 12 });
  expect(out).toEqual([50, 74, 10, 62]);
});

it('dodge(positions) keeps labels inside max by pulling the stack back up', () => {
  expect(dodge([95, 96, 97], { gap: 10, max: 100 })).toEqual([80, 90, 100]);
});
