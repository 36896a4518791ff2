import { syntheticCoinData } from '../src/index/synthetic-coin-data.ts';
import { writeCoinCsv } from '../src/index/write-coin-csv.ts';

/**
 * The input files of the CLI's thread-count tests (d.csv, m.csv, s.json): synthetic `units` × 12 indicators with weight
 * noise and every kind of alternative, so a draw or sample row varies the treatment (winmax), the normalisation (min–max
 * and rank buffers), the aggregation (the amean kernel and exact gmean) and the weights.
 */
export function threadsFixture({ units, seed }: { units: number; seed: number }): Record<string, string> {
  const csv = writeCoinCsv(syntheticCoinData({ units, indicators: 12, seed }));
  return {
    'd.csv': csv.dataText,
    'm.csv': csv.metaText,
    's.json': JSON.stringify({
      treat: { winmax: 5 },
      normalise: { method: 'minmax', range: [1, 100] },
      uncertainty: {
        weightNoise: 0.3,
        alternatives: {
          'treat.winmax': [1, 3, 5],
          normalise: [{ method: 'minmax', range: [1, 100] }, { method: 'rank' }],
          aggregate: [{ method: 'amean' }, { method: 'gmean' }]
        }
      }
    })
  };
}
