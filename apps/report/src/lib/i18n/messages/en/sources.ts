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
  repository: 'Repository',
  recordHeading: 'The public record',
  recordIntro:
    'Facts of the public record that the charts draw beside the texts’ dates (hollow diamonds): a text’s date stays the text’s, and the record’s date is cited here. Where no official page could be checked, the record is cited by publisher, title and date.',
  recordDate: 'Date',
  recordPublisher: 'Publisher',
  recordTitle: 'Title',
  recordNoUrl: 'no official page checked'
};
