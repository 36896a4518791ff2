export { cagr } from './cagr.ts';
export { seriesStats } from './seriesStats.ts';
export { share } from './share.ts';
export { tradeBalance } from './tradeBalance.ts';
export { yoyGrowth } from './yoyGrowth.ts';
export type { SeriesStats, SeriesStatsInput } from './seriesStats.ts';
