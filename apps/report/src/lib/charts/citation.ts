import type { Locale } from '$lib/i18n/locale';
import { messages } from '$lib/i18n/messages';

/** How to cite one chart of one edition. */
export function chartCitation(o: {
  locale: Locale;
  edition: number;
  id: string;
  title: string;
  sources: string[];
  /** The chart's licence by name (the frame quotes its sources' terms). */
  licence: string;
}): string {
  return messages(o.locale).story.citation(o);
}
