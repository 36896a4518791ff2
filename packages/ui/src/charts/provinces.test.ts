import { expect, it } from 'vitest';
import { provinces } from './provinces.ts';

it('provinces covers 31 distinct codes on distinct tiles', () => {
  expect(provinces).toHaveLength(31);
  expect(new Set(provinces.map((p) => p.code)).size).toBe(31);
  expect(new Set(provinces.map((p) => `${p.col},${p.row}`)).size).toBe(31);
});
