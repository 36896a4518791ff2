import { expect, it } from 'vitest';
import { unusedRefs } from './unused-refs';

it('unusedRefs names the offered figures no text of the copy cites, nested values included', () => {
  const copy = { heading: 'Trade in {calc:year}', steps: [{ text: 'Exports {calc:exports}; {claim:x}.' }] };
  expect(unusedRefs({ refs: { year: '2023', exports: '1 bn', imports: '2 bn' }, copy })).toEqual(['{calc:imports}']);
  expect(unusedRefs({ refs: { year: '2023', exports: '1 bn' }, copy })).toEqual([]);
});
