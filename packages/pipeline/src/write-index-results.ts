import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseWith, readIndexTables, type IndexResults } from '@dtr/data';
import { frameworkSchema, methodSchema, specSchema, stableJson } from '@dtr/data/node';
import { indexResults } from './index-results.ts';

/**
 * Writes `index/results.json` into an edition folder that has an index (iData.csv, iMeta.csv, spec.json, and
 * iYears.csv when the spec varies the recency rule); with framework.json, method.json and external.csv beside them
 * the statistical audit is written too. Returns the results,
 * or null when the edition has no index.
 */
export function writeIndexResults({ dir }: { dir: string }): IndexResults | null {
  const path = (name: string) => join(dir, 'index', name);
  if (!existsSync(path('spec.json'))) return null;
  const json = <S extends Parameters<typeof parseWith>[0]['schema']>(schema: S, name: string) =>
    parseWith({ schema, value: JSON.parse(readFileSync(path(name), 'utf8')), file: path(name) });
  const spec = json(specSchema, 'spec.json');
  const hasAudit = ['framework.json', 'method.json', 'external.csv'].every((n) => existsSync(path(n)));
  let audit: Parameters<typeof indexResults>[0]['audit'];
  if (hasAudit) {
    const framework = json(frameworkSchema, 'framework.json');
    const method = json(methodSchema, 'method.json');
    const { external } = readIndexTables({
      files: { 'index/external.csv': readFileSync(path('external.csv'), 'utf8') },
      where: (p) => join(dir, p),
      framework,
      method
    });
    audit = { method, external: external! };
  }
  const results = indexResults({
    dataText: readFileSync(path('iData.csv'), 'utf8'),
    metaText: readFileSync(path('iMeta.csv'), 'utf8'),
    yearsText: existsSync(path('iYears.csv')) ? readFileSync(path('iYears.csv'), 'utf8') : undefined,
    spec,
    files: { data: path('iData.csv'), meta: path('iMeta.csv'), spec: path('spec.json'), years: path('iYears.csv') },
    audit
  });
  writeFileSync(path('results.json'), stableJson(results));
  return results;
}
