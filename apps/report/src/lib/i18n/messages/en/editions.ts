/** The editions archive. */
export const editions = {
  title: 'Editions',
  intro:
    'The report is published as a yearly edition. Every edition stays at its own address, and its charts and embeds keep showing that edition’s data; the home page shows the latest.',
  edition: (p: { year: number }) => `${p.year} edition`,
  latest: 'latest',
  summary: (p: { published: string; series: number; sources: number; claims: number }) =>
    `Published ${p.published}: ${p.series} series from ${p.sources} sources, ${p.claims} claims.`,
  changelog: 'Changelog'
};
