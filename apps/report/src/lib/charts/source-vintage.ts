import type { Manifest } from '@dtr/data';
import type { Locale } from '$lib/i18n/locale';

/** A source's vintage as words: "2020-10" → "October 2020" / "2020年10月"; a bare year stays as it is. */
export function sourceVintage(manifest: Manifest, id: string, locale: Locale): string {
  const s = manifest.sources.find((x) => x.id === id);
  if (!s) throw new Error(`Edition ${manifest.edition} manifest has no source "${id}"`);
  const [y, m] = s.vintage.split('-').map(Number);
  if (!m) return String(y);
  if (locale === 'zh') return `${y}年${m}月`;
  return new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    Date.UTC(y, m - 1, 1)
  );
}
