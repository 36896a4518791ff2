import { intlLocale } from '$lib/i18n/locale';

/** Words around the story's figures: evidence tables, conflict panels, cited claims, chart frames and source lines. */
export const story = {
  evidenceHead: ['Kind', 'What', 'Figure', 'Where it comes from'] as string[],
  figures: 'The figures',
  whyDiffer: 'Why they differ',
  citedClaims: (p: { count: number }) => `Figures from the source texts (${p.count})`,
  measured: 'Measured data',
  claim: 'Claim from a text',
  source: 'Source: ',
  sourceSeparator: '; ',
  licenceOpen: ' (',
  licenceClose: ')',
  chartLinks: 'Download, cite or embed this chart',
  unsignedText: 'unsigned text',
  quotedText: 'quoted from the source text',
  publicationCited: 'publication, cited only',
  citation: (p: { edition: number; title: string; id: string; sources: string[]; licence: string }) =>
    `Digital Trade Report, ${p.edition} edition, chart “${p.title}” (${p.id}). Data: ${p.sources.join('; ')}. Licence: ${p.licence}.`,
  document: (p: { publisher: string; title: string; year: number }) => `${p.publisher}, ${p.title} (${p.year})`,
  /** A document in a one-line credit: publisher and year. */
  documentShort: (p: { publisher: string; year: number }) => `${p.publisher} (${p.year})`,
  citedSource: (p: { label: string; licence: string }) => `${p.label}, ${p.licence}`,
  yuan: 'yuan',
  ordinal: (p: { n: number }) => {
    const tens = p.n % 100;
    const suffix =
      tens >= 11 && tens <= 13 ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[p.n % 10] ?? 'th');
    return `${p.n}${suffix}`;
  },
  /** A source's vintage as words: "2020-10" → "October 2020". */
  month: (p: { year: number; month: number }) =>
    new Intl.DateTimeFormat(intlLocale('en'), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      Date.UTC(p.year, p.month - 1, 1)
    )
};
