import { chartLicence, type Manifest } from '@dtr/data';
import type { Locale } from '$lib/i18n/locale';
import { messages } from '$lib/i18n/messages';
import type { FramePayload } from './payload';

/**
 * The licence a chart's frame, embed, SVG/PNG and citation print, derived from its edition sources (chartLicence):
 * CC BY 4.0 only when every source allows it; else the sources' CC BY-NC-SA or "source's terms", with their wording.
 */
export function frameLicence(o: { manifest: Manifest; sourceIds: string[]; locale: Locale }): FramePayload['licence'] {
  const sources = o.sourceIds.map((id) => {
    const s = o.manifest.sources.find((source) => source.id === id);
    if (!s) throw new Error(`Edition ${o.manifest.edition} manifest has no source "${id}"`);
    return s;
  });
  const licence = chartLicence({ sources });
  const t = messages(o.locale).site;
  const base = licence.label ?? t.sourceTerms;
  const wording = licence.terms.map((term) => `${term.publisher}${t.colon}${t.quoteOpen}${term.wording}${t.quoteClose}`);
  return {
    kind: licence.kind,
    label: wording.length > 0 ? `${base}${t.colon}${wording.join(t.licenceSeparator)}` : base,
    short: base,
    href: licence.url
  };
}
