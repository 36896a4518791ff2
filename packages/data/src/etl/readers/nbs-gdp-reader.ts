import { readNbsGdp } from '../read/read-nbs-gdp.ts';
import type { SeriesReader } from './series-reader.ts';

/** `nbs-gdp`: gross regional product by province (and the national total as CHN) from the flattened map file. */
export const nbsGdpReader: SeriesReader = { read: ({ entry, ctx }) => readNbsGdp(ctx, entry.file) };
