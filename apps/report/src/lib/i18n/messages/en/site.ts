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
    'Text and charts: CC BY 4.0, Digital Trade Report. Data keep their publishers’ licences, named under each chart. Code: MIT.',
  edition: 'Edition',
  pagesLabel: 'Pages',
  menu: 'Menu',
  pages: [
    ['/explorer/', 'Index explorer'],
    ['/method/', 'Method'],
    ['/sources/', 'Sources'],
    ['/claims/', 'Claims'],
    ['/downloads/', 'Downloads'],
    ['/editions/', 'Editions']
  ] as [path: string, label: string][],
  /** Joins the items of an inline list. */
  listSeparator: ', ',
  /** Joins clauses that themselves contain commas. */
  clauseSeparator: '; ',
  colon: ': ',
  sentenceEnd: '.',
  noData: 'n/a',
  none: 'none'
};
