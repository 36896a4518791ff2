import { z } from 'zod';
import { readWtoRtas } from '../read/read-wto-rtas.ts';
import { rtaCounts } from '../wto/rta-counts.ts';
import { readerOptions } from './reader-options.ts';
import type { SeriesReader } from './series-reader.ts';

const schema = z.strictObject({
  firstYear: z.number().int(),
  lastYear: z.number().int(),
  /** The economies counted, ISO3 → the WTO's name. */
  parties: z.record(z.string(), z.string())
});

/** `wto-rta`: regional trade agreements in force per party and year, from the WTO RTA database export. */
export const wtoRtaReader: SeriesReader = {
  read: async ({ entry, ctx }) => {
    const { firstYear, lastYear, parties } = readerOptions({ entry, schema });
    const rtas = await readWtoRtas(ctx, entry.file);
    return rtaCounts({ rtas, parties, years: { first: firstYear, last: lastYear }, file: entry.file });
  }
};
