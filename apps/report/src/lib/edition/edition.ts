import type { ClaimsLedger, Edition as EditionData, Manifest, Series } from '@dtr/data';

/** What charts and sections read from an edition: its typed files, with a series look-up that names what exists. */
export interface Edition {
  year: number;
  manifest: Manifest;
  claims: ClaimsLedger;
  entities: EditionData['entities'];
  series(id: string): Series;
}

/** The chart-facing view of a validated edition. */
export function editionView(data: EditionData): Edition {
  return {
    year: data.year,
    manifest: data.manifest,
    claims: data.claims,
    entities: data.entities,
    series(id) {
      const s = data.series.get(id);
      if (!s)
        throw new Error(`Edition ${data.year} has no series "${id}" (it has: ${[...data.series.keys()].join(', ')})`);
      return s;
    }
  };
}
