import { strToU8, zipSync } from 'fflate';
import { writeCsv, type CsvValue } from '@dtr/csv';
import { chartLicence, type Manifest, type Series } from '@dtr/data';
import { getEdition } from './edition';
import { editionData } from './editions';
import { explorerData } from './index-data';

export const DOWNLOADS = [
  'edition.zip',
  'claims.csv',
  'claims.json',
  'index-results.csv',
  'spec.json',
  'iData.csv',
  'iMeta.csv',
  'iYears.csv',
  'framework.json',
  'method.json',
  'flags.csv',
  'external.csv'
] as const;
export type DownloadName = (typeof DOWNLOADS)[number];

/** Files of one edition keyed by their path inside the edition folder, sorted. */
export function editionFiles(year: number): ReadonlyMap<string, string> {
  return editionData(year).files;
}

/** A series in long form: entity,year,value (value already multiplied by the series scale, in its unit). */
export function seriesCsv(s: Series): string {
  const rows: CsvValue[][] = [];
  for (const entity of Object.keys(s.values).sort())
    s.values[entity].forEach((v, i) => {
      if (v !== null) rows.push([entity, s.years[i], Number((v * s.scale).toPrecision(12))]);
    });
  return writeCsv({ header: ['entity', 'year', 'value'], rows });
}

/**
 * The published index results: pillar scores, index, rank and the 5–95 % rank interval of every economy; whether it is
 * a small economy (method.json), its rank when the index is computed without the small economies (the published
 * audit; empty for a small one), and how many of its cells are imputed and carried forward (flags.csv).
 */
export function indexResultsCsv(year: number): string {
  const { framework, published } = explorerData(year);
  const { method, flags, results } = editionData(year);
  const small = new Set(method?.smallEconomies?.units ?? []);
  const rankWithout = results?.audit?.smallEconomies?.rankWithout;
  const count = (unit: string, flag: 'imputed' | 'carried-forward') =>
    (flags ?? []).filter((f) => f.unit === unit && f.flag === flag).length;
  const aggregates = framework.aggregates.map((a) => a.code);
  const header = [
    'uCode',
    'uName',
    'BRI',
    ...aggregates,
    'Rank',
    'RankMedian',
    'RankQ05',
    'RankQ95',
    'Small',
    'RankWithoutSmall',
    'Imputed',
    'CarriedForward'
  ];
  const rows = framework.units.map((u, i) => [
    u.code,
    u.name.en,
    u.bri ? 1 : 0,
    ...aggregates.map((a) => {
      const v = published.scores[a][i];
      return v === null ? null : Number(v.toPrecision(8));
    }),
    published.rank[i],
    published.interval?.median[i] ?? null,
    published.interval?.q05[i] ?? null,
    published.interval?.q95[i] ?? null,
    small.has(u.code) ? 1 : 0,
    rankWithout?.[i] ?? null,
    count(u.code, 'imputed'),
    count(u.code, 'carried-forward')
  ]);
  return writeCsv({ header, rows });
}

/** README.md of the zip: what is inside, and every source with its licence and citation. */
export function readme(manifest: Manifest): string {
  const lines = [
    `# Digital Trade Report — edition ${manifest.edition} data`,
    '',
    `Published ${manifest.published}. Schema version ${manifest.schema}.`,
    '',
    '## Contents',
    '- `manifest.json`, `catalogue.json`: sources and indicator definitions.',
    '- `series/<id>.json`: each series (schema v1: years, values by entity, `scale` multiplies the stored values into `unit`).',
    '- `csv/<id>.csv`: the same series in long form (entity, year, value in the unit of the catalogue).',
    '- `entities/`: countries (ISO3, names, region, income), provinces, Belt and Road members with join and exit dates.',
    '- `claims.json`, `claims.csv`: the claims ledger.',
    '- `index/`: the Digital Trade Development Index (COINr iData.csv, iMeta.csv, iYears.csv, spec.json, framework.json; method.json: coverage, recency, imputation and small-economy rules with their effect; flags.csv: every imputed or carried-forward cell with its year; external.csv: ITU IDI, GDP per capita and population for the audit).',
    '',
    '## Licences',
    'Report text: CC BY 4.0, Digital Trade Report. Each dataset keeps its publisher’s licence, and a chart or derived table',
    'carries the licence its data allow: CC BY 4.0 when every source is CC BY (or public domain); CC BY-NC-SA, with the',
    'source’s wording, when any source is CC BY-NC-SA (non-commercial, share-alike); the source’s terms when any source has',
    'no open licence. Never CC BY 4.0 over a source that does not allow it. By source:',
    ''
  ];
  const derived = { 'cc-by': 'CC BY 4.0', 'cc-by-nc-sa': '', 'source-terms': 'the source’s terms' } as const;
  for (const s of manifest.sources) {
    lines.push(`### ${s.id}: ${s.publisher}, ${s.dataset}`, '');
    lines.push(
      `- Vintage: ${s.vintage}`,
      `- Licence: ${s.licence}${s.licenceUrl ? ` (${s.licenceUrl})` : ''}`,
      `- URL: ${s.url}`
    );
    if (s.terms) lines.push(`- Terms, in the publisher’s words: “${s.terms}”`);
    const licence = chartLicence({ sources: [s] });
    lines.push(
      `- Charts and tables derived from it: ${licence.kind === 'cc-by-nc-sa' ? licence.label : derived[licence.kind]}`
    );
    lines.push(`- Citation: ${s.citation}`);
    for (const c of s.caveats) lines.push(`- Caveat: ${c}`);
    lines.push('');
  }
  return lines.join('\n');
}

/** The edition as one zip: every JSON and CSV file, each series also as CSV, and the README. */
export function editionZip(year: number): Uint8Array {
  const { manifest } = getEdition(year);
  const files: Record<string, [Uint8Array, { mtime: Date }]> = {};
  // A fixed timestamp, 1 January of the edition's year, keeps the zip byte-identical across builds.
  const mtime = new Date(Date.UTC(year, 0, 1));
  const add = (path: string, text: string) => (files[`dtr-edition-${year}/${path}`] = [strToU8(text), { mtime }]);
  add('README.md', readme(manifest));
  for (const [path, text] of editionFiles(year)) {
    add(path, text);
    if (path.startsWith('series/'))
      add(`csv/${path.slice('series/'.length, -'.json'.length)}.csv`, seriesCsv(JSON.parse(text) as Series));
  }
  return zipSync(files, { level: 9 });
}

/** One download's bytes and content type. */
export function download(year: number, name: DownloadName): { body: string | Uint8Array; type: string } {
  const files = editionFiles(year);
  const text = (path: string) => {
    const t = files.get(path);
    if (t === undefined) throw new Error(`Edition ${year} has no ${path}`);
    return t;
  };
  switch (name) {
    case 'edition.zip':
      return { body: editionZip(year), type: 'application/zip' };
    case 'claims.csv':
      return { body: text('claims.csv'), type: 'text/csv; charset=utf-8' };
    case 'claims.json':
      return { body: text('claims.json'), type: 'application/json' };
    case 'index-results.csv':
      return { body: indexResultsCsv(year), type: 'text/csv; charset=utf-8' };
    case 'spec.json':
    case 'framework.json':
    case 'method.json':
      return { body: text(`index/${name}`), type: 'application/json' };
    case 'iData.csv':
    case 'iMeta.csv':
    case 'iYears.csv':
    case 'flags.csv':
    case 'external.csv':
      return { body: text(`index/${name}`), type: 'text/csv; charset=utf-8' };
  }
}
