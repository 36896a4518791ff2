import { z } from 'zod';
import type { EtlContext } from '../etl-context.ts';
import { readTop500List, TOP500_LIST_ROLE, type Top500List } from '../read/read-top500-list.ts';
import { top500Observations } from '../series/top500-observations.ts';
import { readerCode } from './reader-code.ts';
import { readerOptions } from './reader-options.ts';
import type { SeriesReader } from './series-reader.ts';
import { top500ListNames } from './top500-list-names.ts';

const code = z.enum(['systems-06', 'systems-11', 'share-06', 'share-11']);
const schema = z.strictObject({
  firstYear: z.number().int(),
  lastYear: z.number().int(),
  /** The newest list in the raw folder, YYYY-MM. */
  lastList: z.string().regex(/^\d{4}-(06|11)$/),
  /** Lists the raw folder does not hold. */
  missing: z.array(z.string())
});

const CACHE = new WeakMap<EtlContext, Top500List[]>();

/** `top500`: systems or Rmax share (`code` systems-06, share-11 …) by economy from the June or November lists. */
export const top500Reader: SeriesReader = {
  read: ({ entry, ctx, names }) => {
    const options = readerOptions({ entry, schema });
    const lists =
      CACHE.get(ctx) ??
      top500ListNames(options).map((list) => readTop500List({ ctx, list, countryOverrides: names.top500.countryOverrides }));
    CACHE.set(ctx, lists);
    const [measure, month] = readerCode({ entry, schema: code }).split('-') as ['systems' | 'share', '06' | '11'];
    const listFile = ctx.rawFile({ role: TOP500_LIST_ROLE, placeholder: '<YYYY-MM>' });
    return top500Observations({ lists, month, measure, years: { first: options.firstYear, last: options.lastYear }, listFile });
  }
};
