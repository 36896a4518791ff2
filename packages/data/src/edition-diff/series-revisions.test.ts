import { describe, expect, it } from 'vitest';
import type { Series } from '../schema/types.ts';
import { seriesRevisions } from './series-revisions.ts';

const series = (years: number[], values: Series['values'], unit = 'US$'): Series => ({
  schema: 2,
  id: 'x',
  sourceId: 's',
  unit,
  scale: 1,
  transformation: '',
  years,
  values
});

describe('seriesRevisions', () => {
  it('seriesRevisions lists a change beyond the relative tolerance and ignores one within it', () => {
    const d = seriesRevisions(
      series([2022], { CHN: [100], USA: [1000] }),
      series([2022], { CHN: [100.05], USA: [1010] }),
      0.001
    );
    expect(d.revised).toEqual([{ entity: 'USA', year: 2022, from: 1000, to: 1010, relative: 0.01 }]);
  });

  it('seriesRevisions counts cells that appear or disappear, and new years, without listing them as revisions', () => {
    const d = seriesRevisions(
      series([2022], { CHN: [1], USA: [2] }),
      series([2022, 2023], { CHN: [1, 5], USA: [null, 3], IND: [4, null] }),
      0.001
    );
    expect([d.revised, d.added, d.removed, d.yearsAdded]).toEqual([[], 3, 1, [2023]]);
  });

  it('seriesRevisions reports a unit change', () => {
    expect(seriesRevisions(series([2022], {}), series([2022], {}, 'US$ millions'), 0.001).unit).toEqual({
      from: 'US$',
      to: 'US$ millions'
    });
  });
});
