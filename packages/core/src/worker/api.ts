import { transfer } from 'comlink';
import { seriesStats, type SeriesStatsInput, type SeriesStats } from '../seriesStats.ts';

/**
 * Everything the page may ask of the worker: one object in, one object out; typed arrays in the result are
 * transferred, not copied.
 */
export const api = {
  seriesStats(input: SeriesStatsInput): SeriesStats {
    const out = seriesStats(input);
    return transfer(out, [out.shareOfWorld.buffer, out.balance.buffer, out.yoyExports.buffer]);
  }
};

export type CoreApi = typeof api;
