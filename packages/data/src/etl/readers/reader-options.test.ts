import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { readerOptions } from './reader-options.ts';
import type { SeriesEntry } from './series-reader.ts';

const entry = (options: Record<string, unknown>) => ({ id: 'gdp', reader: 'wdi-long', options }) as unknown as SeriesEntry;
const schema = z.strictObject({ firstYear: z.number().int(), lastYear: z.number().int() });

describe('readerOptions', () => {
  it('readerOptions returns the options its reader expects', () => {
    expect(readerOptions({ entry: entry({ firstYear: 2000, lastYear: 2025 }), schema })).toEqual({ firstYear: 2000, lastYear: 2025 });
  });

  it('readerOptions names the series, the reader and the key of a wrong option', () => {
    expect(() => readerOptions({ entry: entry({ firstYear: 2000, lastYear: '2025' }), schema })).toThrow(
      'config/series.json (gdp, reader wdi-long) options:$.lastYear: expected number, got "2025"'
    );
  });
});
