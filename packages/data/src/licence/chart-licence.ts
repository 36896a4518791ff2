import type { Source } from '../schema/types.ts';
import { licenceClass } from './licence-class.ts';

/** The report's own licence, for charts whose every source allows it. */
export const REPORT_LICENCE = { label: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' };

/** What a source's licence or terms say, quoted, for the frame and the downloads' README. */
export interface LicenceTerm {
  sourceId: string;
  publisher: string;
  licence: string;
  /** The publisher's exact wording where the registry has it, else the licence as registered. */
  wording: string;
}

export interface ChartLicence {
  /**
   * "cc-by": every source is CC BY or public domain, so the chart carries the report's CC BY 4.0.
   * "cc-by-nc-sa": a source is CC BY-NC-SA, so the chart is CC BY-NC-SA too (share-alike), never CC BY 4.0.
   * "source-terms": a source has no open licence; the chart is published under that source's terms.
   */
  kind: 'cc-by' | 'cc-by-nc-sa' | 'source-terms';
  /** "CC BY 4.0", the NC-SA licence(s) as the sources name them, or null: the app says "source's terms" in its locale. */
  label: string | null;
  url: string | null;
  /** The wording of every source that restricts the chart (NC-SA or no open licence), in source order. */
  terms: LicenceTerm[];
}

/**
 * A chart's licence from its sources' licences. Any CC BY-NC-SA source makes the chart CC BY-NC-SA (with that
 * source's wording); otherwise any source without an open licence makes it "source's terms" (with what they allow);
 * only when every source is CC BY or public domain does the report's CC BY 4.0 apply.
 * @see https://creativecommons.org/licenses/by-nc-sa/3.0/ (ShareAlike: adaptations under the same licence)
 */
export function chartLicence(options: { sources: readonly Pick<Source, 'id' | 'publisher' | 'licence' | 'licenceUrl' | 'terms'>[] }): ChartLicence {
  const term = (s: (typeof options.sources)[number]): LicenceTerm => ({
    sourceId: s.id,
    publisher: s.publisher,
    licence: s.licence,
    wording: s.terms ?? s.licence
  });
  const ncsa = options.sources.filter((s) => licenceClass(s.licence) === 'cc-by-nc-sa');
  const closed = options.sources.filter((s) => licenceClass(s.licence) === 'terms');
  const terms = options.sources.filter((s) => ncsa.includes(s) || closed.includes(s)).map(term);
  if (ncsa.length > 0) {
    const labels = [...new Set(ncsa.map((s) => s.licence))];
    const urls = [...new Set(ncsa.map((s) => s.licenceUrl).filter((u): u is string => u !== undefined))];
    return { kind: 'cc-by-nc-sa', label: labels.join(' + '), url: urls.length === 1 ? urls[0] : null, terms };
  }
  if (closed.length > 0) return { kind: 'source-terms', label: null, url: null, terms };
  return { kind: 'cc-by', label: REPORT_LICENCE.label, url: REPORT_LICENCE.url, terms: [] };
}
