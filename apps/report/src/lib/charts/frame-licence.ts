import { chartLicence, type Manifest } from '@dtr/data';
import { copyPath, storyMeta } from '$lib/copy/content';
import type { Locale } from '$lib/i18n/locale';
import { messages } from '$lib/i18n/messages';
import type { FramePayload } from './payload';

/** The language licensors wrote their terms in (every registered wording is English). */
const WORDING_LANG = 'en';

/**
 * The licence a chart's frame, embed, SVG/PNG and citation print, derived from its edition sources (chartLicence):
 * CC BY 4.0 only when every source allows it; else the sources' CC BY-NC-SA or "source's terms", each source named as
 * the reader's copy names it, with its licensor's wording quoted as written. On a page in another language the wording
 * is marked with its language (`parts`) and followed by the copy's gloss of it.
 */
export function frameLicence(o: { manifest: Manifest; sourceIds: string[]; locale: Locale }): FramePayload['licence'] {
  const sources = o.sourceIds.map((id) => {
    const s = o.manifest.sources.find((source) => source.id === id);
    if (!s) throw new Error(`Edition ${o.manifest.edition} manifest has no source "${id}"`);
    return s;
  });
  const licence = chartLicence({ sources });
  const t = messages(o.locale).site;
  const names = storyMeta(o.manifest.edition, o.locale).sources ?? {};
  const base = licence.label ?? t.sourceTerms;
  const foreign = o.locale !== WORDING_LANG;
  const parts: { text: string; lang?: string }[] = [{ text: base }];
  licence.terms.forEach((term, i) => {
    const copy = names[term.sourceId];
    if (!copy)
      throw new Error(`${copyPath(o.manifest.edition, o.locale, 'meta')}: sources.${term.sourceId} is missing`);
    parts.push({ text: `${i === 0 ? t.colon : t.licenceSeparator}${copy.name}${t.colon}${t.quoteOpen}` });
    parts.push(foreign ? { text: term.wording, lang: WORDING_LANG } : { text: term.wording });
    const gloss = foreign && copy.licence !== base ? `${t.glossOpen}${copy.licence}${t.glossClose}` : '';
    parts.push({ text: `${t.quoteClose}${gloss}` });
  });
  const runs = parts.reduce<{ text: string; lang?: string }[]>((all, p) => {
    const last = all.at(-1);
    if (last && last.lang === p.lang) last.text += p.text;
    else all.push({ ...p });
    return all;
  }, []);
  return {
    kind: licence.kind,
    label: runs.map((r) => r.text).join(''),
    short: base,
    href: licence.url,
    ...(runs.length > 1 ? { parts: runs } : {})
  };
}
