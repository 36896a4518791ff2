import { describe, expect, it } from 'vitest';
import type { Source } from '../schema/types.ts';
import { sourceForFile } from './source-for-file.ts';

const source = (id: string, files: string[]): Source =>
  ({ id, publisher: 'P', dataset: 'D', vintage: '2026', licence: 'CC BY 4.0', files, caveats: [] }) as unknown as Source;

describe('sourceForFile', () => {
  const registry = 'editions/2027/config/sources.json';

  it('names the one source that lists the file, whatever its vintage', () => {
    const sources = [source('wdi-2027-03', ['a.csv', 'b.csv']), source('wto-rta-2027-02', ['wto/AllRTAs.xlsx'])];
    expect(sourceForFile({ sources, file: 'wto/AllRTAs.xlsx', registry }).id).toBe('wto-rta-2027-02');
  });

  it('fails with the registry and the file when no source lists it', () => {
    expect(() => sourceForFile({ sources: [source('x', ['a.csv'])], file: 'wto/AllRTAs.xlsx', registry })).toThrow(
      'editions/2027/config/sources.json: expected one source whose files list wto/AllRTAs.xlsx, got none'
    );
  });

  it('fails when two sources claim the same file', () => {
    const sources = [source('x', ['a.csv']), source('y', ['a.csv'])];
    expect(() => sourceForFile({ sources, file: 'a.csv', registry })).toThrow('got x, y');
  });
});
