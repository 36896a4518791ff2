import type {
  CableMapFile,
  ChinaAgreementsFile,
  ClaimsLedger,
  Edition as EditionData,
  Manifest,
  PublicRecordFile,
  Series
} from '@dtr/data';

/** What charts and sections read from an edition: its typed files, with a series look-up that names what exists. */
export interface Edition {
  year: number;
  manifest: Manifest;
  claims: ClaimsLedger;
  entities: EditionData['entities'];
  /** The public-record facts cited beside the texts' dates (config/public-record.json); null without one. */
  publicRecord: PublicRecordFile | null;
  series(id: string): Series;
  /** `geo/cables.json` (not yet covered by a schema of the edition reader). */
  cableMap(): CableMapFile;
  /** `agreements/china.json` (not yet covered by a schema of the edition reader). */
  agreements(): ChinaAgreementsFile;
}

/** The chart-facing view of a validated edition. */
export function editionView(data: EditionData): Edition {
  return {
    year: data.year,
    manifest: data.manifest,
    claims: data.claims,
    entities: data.entities,
    publicRecord: data.publicRecord,
    series(id) {
      const s = data.series.get(id);
      if (!s)
        throw new Error(`Edition ${data.year} has no series "${id}" (it has: ${[...data.series.keys()].join(', ')})`);
      return s;
    },
    cableMap: () => editionJson<CableMapFile>(data, 'geo/cables.json'),
    agreements: () => editionJson<ChinaAgreementsFile>(data, 'agreements/china.json')
  };
}

function editionJson<T>(data: EditionData, path: string): T {
  const text = data.files.get(path);
  if (text === undefined) throw new Error(`Edition ${data.year} has no ${path}`);
  return JSON.parse(text) as T;
}
