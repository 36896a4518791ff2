import { readItuIdi } from '../read/read-itu-idi.ts';
import type { SeriesReader } from './series-reader.ts';

/** `itu-idi`: the ICT Development Index scores of the table in `file`. */
export const ituIdiReader: SeriesReader = { read: ({ entry, ctx }) => readItuIdi(ctx, entry.file) };
