import { z } from 'zod';
import { readNbsSectorShare } from '../read/read-nbs-gdp.ts';
import { readerCode } from './reader-code.ts';
import type { SeriesReader } from './series-reader.ts';

const sector = z.enum(['第一产业', '第二产业', '第三产业']);

/** `nbs-sector-share`: one sector's share of provincial GDP (`code` 第一产业 | 第二产业 | 第三产业). */
export const nbsSectorShareReader: SeriesReader = {
  read: ({ entry, ctx }) => readNbsSectorShare(ctx, readerCode({ entry, schema: sector }), entry.file)
};
