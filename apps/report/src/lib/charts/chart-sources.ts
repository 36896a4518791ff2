import type { Manifest } from '@dtr/data';

/** Source lines for a chart: publisher, dataset and vintage, linked, with the publisher's licence. */
export function chartSources(manifest: Manifest, sourceIds: string[]) {
  return sourceIds.map((id) => {
    const s = manifest.sources.find((source) => source.id === id);
    if (!s) throw new Error(`Edition ${manifest.edition} manifest has no source "${id}"`);
    return { label: `${s.publisher}, ${s.dataset} (${s.vintage})`, url: s.url, licence: s.licence };
  });
}
