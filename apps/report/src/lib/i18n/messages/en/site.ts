/** The site's own chrome around every page (not the story copy, which lives in src/content). */
export const site = {
  name: 'Digital Trade Report',
  skip: 'Skip to the story',
  otherLanguage: '中文',
  otherLanguageLabel: 'Read this page in Chinese',
  themeDark: 'Dark theme',
  themeLight: 'Light theme',
  contents: 'Contents',
  progress: 'Reading progress',
  display: 'Language and display',
  embedLink: 'Embed this chart',
  step: 'Step',
  of: 'of',
  takeaway: 'Takeaway',
  findings: 'What we found',
  toSection: 'Read more',
  moreNumbers: 'More numbers',
  chartFailed: 'This chart’s data could not be loaded, so it cannot respond to the steps.',
  chartFailedStatic: 'The chart shown is the published version.',
  chartFailedSection: 'The section’s published chart is shown in its place.',
  retry: 'Try again',
  licence:
    'Text: CC BY 4.0, Digital Trade Report. A chart carries the licence its data allow: CC BY 4.0 when every source is CC BY; CC BY-NC-SA when a source is (TeleGeography, ITU), with the source’s wording; the source’s terms when a source has no open licence (NBS, TOP500, WTO, the BRI list). Each chart names its licence under it. Code: MIT.',
  /** A public-record source line whose document's title is in another language than the page: in place of the title. */
  foreignReport: 'report in another language',
  sourceTerms: 'Source’s terms',
  quoteOpen: '“',
  quoteClose: '”',
  licenceSeparator: '; ',
  /** Around the reader's-words gloss after a licensor's wording quoted in another language. */
  glossOpen: ' (',
  glossClose: ')',
  edition: 'Edition',
  pagesLabel: 'Pages',
  menu: 'Menu',
  pages: [
    ['/explorer/', 'Index explorer'],
    ['/method/', 'Method'],
    ['/audit/', 'Audit'],
    ['/sources/', 'Sources'],
    ['/claims/', 'Claims'],
    ['/downloads/', 'Downloads'],
    ['/editions/', 'Editions']
  ] as [path: string, label: string][],
  /** Joins the items of an inline list. */
  listSeparator: ', ',
  /** Joins clauses that themselves contain commas. */
  clauseSeparator: '; ',
  /** Joins the parts of a citation: publisher, title, date. */
  citationSeparator: ', ',
  /** Between a label and the bracketed note after it: a space in English, nothing before a full-width bracket. */
  noteGap: ' ',
  colon: ': ',
  sentenceEnd: '.',
  noData: 'n/a',
  none: 'none'
};
