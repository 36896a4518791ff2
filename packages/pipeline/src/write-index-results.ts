import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseWith, type IndexResults } from '@dtr/data';
import { specSchema, stableJson } from '@dtr/data/node';
import { indexResults } from './index-results.ts';

/**
 * Writes `index/results.json` into an edition folder that has an index (iData.csv, iMeta.csv, spec.json); returns the
 * results, or null when the edition has no index.
 */
export function writeIndexResults({ dir }: { dir: string }): IndexResults | null {
  const path = (name: string) => join(dir, 'index', name);
  if (!existsSync(path('spec.json'))) return null;
  const spec = parseWith({
    schema: specSchema,
    value: JSON.parse(readFileSync(path('spec.json'), 'utf8')),
    file: path('spec.json')
  });
  const results = indexResults({
    dataText: readFileSync(path('iData.csv'), 'utf8'),
    metaText: readFileSync(path('iMeta.csv'), 'utf8'),
    spec,
    files: { data: path('iData.csv'), meta: path('iMeta.csv'), spec: path('spec.json') }
  });
  writeFileSync(path('results.json'), stableJson(results));
  return results;
}
