import { expect, it } from 'vitest';
import { jsonPath } from './json-path.ts';

it('jsonPath writes keys with dots, indices in brackets and odd keys quoted', () => {
  expect(jsonPath([])).toBe('$');
  expect(jsonPath(['indicators', 3, 'weight'])).toBe('$.indicators[3].weight');
  expect(jsonPath(['values', 'CN-GD', 0])).toBe('$.values["CN-GD"][0]');
});
