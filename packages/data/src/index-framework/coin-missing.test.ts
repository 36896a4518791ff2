import { expect, it } from 'vitest';
import { coinMissing } from './coin-missing.ts';

it('coinMissing writes null and undefined as NA and keeps numbers, zero and text', () => {
  expect([null, undefined, 0, 1.5, 'BRI'].map(coinMissing)).toEqual(['NA', 'NA', 0, 1.5, 'BRI']);
});
