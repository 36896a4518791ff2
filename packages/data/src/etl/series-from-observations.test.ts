import { describe, expect, it } from 'vitest';
import { seriesFromObservations } from './series-from-observations.ts';

const spec = { id: 's', sourceId: 'src', unit: 'US$', scale: 1, transformation: 't' };
const obs = (entity: string, year: number, value: number | null, line = 2) => ({
  entity,
  year,
  value,
  file: 'f.csv',
  line
});

describe('seriesFromObservations', () => {
  it('seriesFromObservations fills every year from first to last and sorts entities', () => {
    const s = seriesFromObservations(spec, [obs('USA', 2012, 3), obs('CHN', 2010, 1), obs('CHN', 2012, null)]);
    expect(s.years).toEqual([2010, 2011, 2012]);
    expect(Object.keys(s.values)).toEqual(['CHN', 'USA']);
    expect(s.values).toEqual({ CHN: [1, null, null], USA: [null, null, 3] });
    expect(s.schema).toBe(2);
  });

  it('seriesFromObservations rejects a duplicate entity-year key, pointing at both lines', () => {
    expect(() => seriesFromObservations(spec, [obs('CHN', 2010, 1, 4), obs('CHN', 2010, 2, 9)])).toThrow(
      'f.csv:9: expected one row for CHN 2010, got a duplicate of line 4'
    );
  });

  it('seriesFromObservations rejects an empty input', () => {
    expect(() => seriesFromObservations(spec, [])).toThrow('expected at least one observation');
  });
});
