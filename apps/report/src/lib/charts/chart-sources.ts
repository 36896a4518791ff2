import type { Manifest } from '@dtr/data';
import type { Locale } from '$lib/i18n/locale';
import { copyPath, storyMeta } from '$lib/copy/content';

/**
 * Source lines for a chart as a reader reads them: "UNCTAD, digitally deliverable services (2025)", linked, with
 * the publisher's licence. The database key, repository and exact vintage are on the sources page and in downloads.
 */
export function chartSources(o: { manifest: Manifest; sourceIds: string[]; locale: Locale }) {
  const labels = storyMeta(o.manifest.edition, o.locale).sources ?? {};
  return o.sourceIds.map((id) => {
    const s = o.manifest.sources.find((source) => source.id === id);
    if (!s) throw new Error(`Edition ${o.manifest.edition} manifest has no source "${id}"`);
    const label = labels[id];
    if (!label?.name || !label.licence)
      throw new Error(
        `${copyPath(o.manifest.edition, o.locale, 'meta')}: sources.${id} is missing (expected { name, licence } in the reader's words)`
      );
    return { label: `${label.name} (${s.vintage.slice(0, 4)})`, url: s.url, licence: label.licence };
  });
}
