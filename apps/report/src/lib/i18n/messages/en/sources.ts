/** The sources page. */
export const sources = {
  title: 'Sources',
  intro: (p: { edition: number; published: string }) =>
    `Every dataset the ${p.edition} edition (published ${p.published}) draws on: publisher, vintage, licence, how to cite it and what to watch out for. Raw files are not redistributed; each series records its source and transformation.`,
  id: 'Database key',
  vintage: 'Vintage',
  licence: 'Licence',
  url: 'URL',
  citation: 'Citation',
  series: 'Series',
  entityFiles: '(entity files)',
  caveats: 'Caveats',
  repository: 'Repository'
};
