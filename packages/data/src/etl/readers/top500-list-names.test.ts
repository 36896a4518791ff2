import { describe, expect, it } from 'vitest';
import { top500ListNames } from './top500-list-names.ts';

describe('top500ListNames', () => {
  it('top500ListNames lists June and November of each year up to the last list, leaving out the missing ones', () => {
    expect(top500ListNames({ firstYear: 2020, lastYear: 2022, lastList: '2022-06', missing: ['2021-06'] })).toEqual([
      '2020-06',
      '2020-11',
      '2021-11',
      '2022-06'
    ]);
  });
});
