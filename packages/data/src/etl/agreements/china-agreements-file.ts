import { SCHEMA_VERSION } from '../../schema/types.ts';
import { DataError } from '../../errors/data-error.ts';
import type { EtlStep } from '../etl-step.ts';
import { readWtoRtas, WTO_RTA_ROLE } from '../read/read-wto-rtas.ts';
import type { NamesConfig } from '../../schema/names-config.ts';
import { partiesOn } from '../wto/parties-on.ts';
import { rtaEntryDate } from '../wto/rta-entry-date.ts';
import { rtaSignatureDate } from '../wto/rta-signature-date.ts';

/** One agreement China (mainland) is a party to, as the WTO RTA Database records it. */
export interface ChinaAgreement {
  id: number;
  name: string;
  status: string;
  accession: boolean;
  signature: string | null;
  entryIntoForce: string | null;
  /** China's own entry into force where it joined later (APTA: 2002-01-01), else the agreement's. */
  entryIntoForceForChina: string | null;
  inactive: string | null;
  /** ISO3 of the parties other than China on `partiesAsOf` (blocs expanded to their members then). */
  partners: string[];
  /** China's entry-into-force date, else the signature date, else null (then partners are the current signatories). */
  partiesAsOf: string | null;
}

export interface ChinaAgreementsFile {
  schema: typeof SCHEMA_VERSION;
  sourceId: string;
  agreements: ChinaAgreement[];
}

/** The China name in the WTO's signatory lists (Hong Kong, China and Macao, China are separate members). */
const CHINA = 'China';
/** "China" as a party in an agreement's title ("China - Norway", "Republic of Moldova - China"), not "Hong Kong, China". */
const CHINA_IN_TITLE = /(^|\s[-–]\s)China(\s[-–]\s|$)/;

/**
 * `agreements/china.json`: every agreement of the WTO file with China (mainland) among its current signatories, and
 * the early announcements without signatories whose title names China as a party, by id.
 */
export function chinaAgreementsFile({ names, sourceId }: { names: NamesConfig; sourceId: string }): EtlStep {
  return {
    output: 'agreements/china.json',
    sourceIds: [sourceId],
    build: async (ctx): Promise<ChinaAgreementsFile> => {
      const file = ctx.rawFile({ role: WTO_RTA_ROLE });
      const rtas = await readWtoRtas(ctx, file);
      const byId = new Map(rtas.map((r) => [r.id, r]));
      const agreements = rtas
        .filter(
          (r) => r.signatories.includes(CHINA) || (r.signatories.length === 0 && CHINA_IN_TITLE.test(r.name.trim()))
        )
        .map((rta): ChinaAgreement => {
          const entryIntoForce = rtaEntryDate(rta);
          const signature = rtaSignatureDate(rta);
          const entryIntoForceForChina = rta.specificDates[CHINA]?.entry ?? entryIntoForce;
          const partiesAsOf = entryIntoForceForChina ?? signature;
          const parties = partiesOn({
            rta,
            date: partiesAsOf ?? '9999-12-31',
            byId,
            blocs: names.wto.blocs,
            countryOverrides: names.wto.countryOverrides,
            file
          });
          return {
            id: rta.id,
            name: rta.name.trim(),
            status: rta.status.trim(),
            accession: rta.accession,
            signature,
            entryIntoForce,
            entryIntoForceForChina,
            inactive: rta.inactive,
            partners: parties.filter((code) => code !== 'CHN'),
            partiesAsOf
          };
        })
        .sort((a, b) => a.id - b.id);
      if (agreements.length === 0)
        throw new DataError({
          file,
          column: 'Current signatories',
          expected: `agreements with "${CHINA}"`,
          got: 'none'
        });
      return { schema: SCHEMA_VERSION, sourceId, agreements };
    }
  };
}
