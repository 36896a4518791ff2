import { expect, it } from 'vitest';
import { normalise } from './snapshot.ts';

it('normalise rounds decimals to 3 places and drops hydration comments and style hashes', () => {
  expect(normalise('<g class="svelte-abc12 axis"><!--[--><line x1="1.23456" y1="2.5"></line></g>')).toBe(
    '<g class="axis">\n<line x1="1.235" y1="2.5">\n</line>\n</g>\n'
  );
});
