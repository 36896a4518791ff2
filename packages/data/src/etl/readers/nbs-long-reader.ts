import { readNbsLong } from '../read/read-nbs-long.ts';
import type { SeriesReader } from './series-reader.ts';

/** `nbs-long`: NBS provincial indicator `code` from an easyquery CSV in long form. */
export const nbsLongReader: SeriesReader = { read: ({ entry, ctx }) => readNbsLong(ctx, entry.file, entry.code) };
