/** The downloads page. */
export const downloads = {
  title: 'Downloads',
  intro:
    'Every file is generated when the site is built, from the same data the pages use. The report’s own content is CC BY 4.0; each dataset keeps its publisher’s licence, listed on the',
  sourcesLink: 'sources page',
  licences: 'Licences',
  files: {
    'edition.zip': (p: { edition: number; series: number; claims: number }) =>
      `The whole ${p.edition} edition: ${p.series} series as JSON and CSV, entities, catalogue, manifest, claims and index files, with a README of sources and licences.`,
    'claims.csv': (p: { edition: number; series: number; claims: number }) =>
      `The claims ledger (${p.claims} claims), one row per claim.`,
    'claims.json': () => 'The claims ledger with the texts and the conflict groups.',
    'index-results.csv': () =>
      'Published index results: pillar scores, index, rank and 5–95 % rank interval per economy; Small (1 = population at or below the small-economy threshold), RankWithoutSmall (rank when the index is computed without the small economies; empty for a small one), Imputed and CarriedForward (how many of the economy’s cells are imputed or carried forward, listed in flags.csv).',
    'spec.json': () => 'The published index spec (treatment, normalisation, aggregation, weights, uncertainty).',
    'iData.csv': () => 'COINr iData: the raw indicator table.',
    'iMeta.csv': () => 'COINr iMeta: the framework (levels, parents, directions, weights, goalposts).',
    'iYears.csv': () => 'The year each iData cell comes from.',
    'framework.json': () => 'Definitions, windows, coverage and screening of the index.',
    'method.json': () =>
      'The rules the index follows and what each did: coverage per pillar with every economy left out and why, recency, imputation, small economies.',
    'flags.csv': () => 'Every imputed or carried-forward cell of a ranked economy, with the year of its value.',
    'external.csv': () => 'The measures the audit compares the index with: ITU IDI, GDP per capita, population.'
  } as Record<string, (p: { edition: number; series: number; claims: number }) => string>
};
