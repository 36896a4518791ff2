import { z } from 'zod';
import { DataError } from '../../errors/data-error.ts';
import { GVC_ROLES, readAdbGvc, readGvcSectorNames } from '../read/read-adb-gvc.ts';
import { readerOptions } from './reader-options.ts';
import { readerCode } from './reader-code.ts';
import type { SeriesReader } from './series-reader.ts';

const measure = z.enum(['GVCP_trade_b', 'GVCP_trade_f', 'GVCP_trade']);
const schema = z.strictObject({
  sector: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]),
  /** The sector's name in sectors.csv, checked so a renumbered file fails; empty for sector 0, the total economy. */
  sectorName: z.string()
});

/** `adb-gvc`: GVC participation column `code` (GVCP_trade_b | _f | GVCP_trade) for one ADB MRIO sector. */
export const adbGvcReader: SeriesReader = {
  read: ({ entry, ctx }) => {
    const { sector, sectorName } = readerOptions({ entry, schema });
    if (sector !== 0) {
      const got = readGvcSectorNames(ctx).get(sector);
      if (got !== sectorName)
        throw new DataError({ file: ctx.rawFile({ role: GVC_ROLES.sectors }), column: 'c5_name', expected: `sector ${sector} = "${sectorName}"`, got: String(got) });
    }
    return readAdbGvc(ctx, readerCode({ entry, schema: measure }), sector);
  }
};
