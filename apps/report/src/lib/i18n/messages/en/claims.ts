import type { PluralForms } from '../../plural';

/** The claims ledger page and the ledger's own vocabulary (topics, statuses, reasons). */
export const claims = {
  title: 'Claims',
  heading: (p: { edition: number }) => `Claims ledger, ${p.edition} edition`,
  intro: (p: { claims: number; conflicts: number }) =>
    `Every figure in the five seed texts (${p.claims} claims), with the quote, the indicator it speaks about and how it checks against the edition's data. Where sources disagree they are shown side by side with the reason (${p.conflicts} groups).`,
  notesLanguage: '',
  filter: 'Filter claims',
  topic: 'Topic',
  text: 'Text',
  indicator: 'Indicator',
  all: 'All',
  noIndicator: '(none)',
  search: 'Search quote or note',
  shown: (p: { shown: number; total: number }) => `${p.shown} of ${p.total} claims shown`,
  allClaims: 'All claims',
  caption: 'Claims',
  columns: {
    id: 'Id',
    topic: 'Topic',
    text: 'Text / section',
    entity: 'Entity',
    indicator: 'Indicator',
    year: 'Year',
    value: 'Value',
    quote: 'Quote',
    note: 'Note'
  },
  conflict: 'conflict',
  conflictsHeading: 'Where sources disagree',
  editionData: 'Edition data',
  versus: 'vs',
  usingReading: ', using our reading',
  count: { one: '# claim', other: '# claims' } as PluralForms,
  topics: {
    definition: 'Definition',
    goods: 'Goods',
    services: 'Services',
    data: 'Data',
    infrastructure: 'Infrastructure',
    rules: 'Rules',
    guangdong: 'Guangdong',
    problems: 'Problems'
  } as Record<string, string>,
  indicators: {
    'dds-exports': 'Digitally deliverable services exports',
    'gvc-participation': 'GVC participation',
    'merchandise-exports': 'Merchandise exports',
    'merchandise-imports': 'Merchandise imports',
    'ict-service-exports': 'ICT service exports',
    'internet-users': 'Internet users'
  } as Record<string, string>,
  /** Groups the ledger uses that are not in the edition's entity lists. */
  entities: {
    WLD: 'World',
    BRI: 'Belt and Road countries',
    'CN-YRD': 'Yangtze River Delta',
    'CN-CENTRAL-WEST': 'Central and western China'
  } as Record<string, string>,
  qualifiers: {
    about: 'about',
    'more than': 'more than',
    'less than': 'less than',
    forecast: 'forecast',
    top: 'top'
  } as Record<string, string>,
  /** How the ledger writes a field the text leaves blank, in the reader's words. */
  qualifierGap: ' ',
  colon: ': ',
  notStated: 'not stated',
  reasons: {
    definition: 'different definitions',
    vintage: 'different data releases',
    source: 'different compilers',
    garbled: 'a garbled figure in a text',
    slip: 'a mislabelled year',
    rounding: 'rounding',
    unexplained: 'not explained by the texts'
  } as Record<string, string>
};
