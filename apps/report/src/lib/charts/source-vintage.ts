import type { Manifest } from '@dtr/data';
import type { Locale } from '$lib/i18n/locale';
import { messages } from '$lib/i18n/messages';

/** A source's vintage as words: "2020-10" → "October 2020" / "2020年10月"; a bare year stays as it is. */
export function sourceVintage(manifest: Manifest, id: string, locale: Locale): string {
  const s = manifest.sources.find((x) => x.id === id);
  if (!s) throw new Error(`Edition ${manifest.edition} manifest has no source "${id}"`);
  const [y, m] = s.vintage.split('-').map(Number);
  if (!m) return String(y);
  return messages(locale).story.month({ year: y, month: m });
}
