import { createRng } from '../create-rng.ts';
import type { CoinData, IndicatorMeta } from './coin-data.ts';

/**
 * A seeded synthetic framework for benchmarks and tests: `units` × `indicators` lognormal-ish positive values
 * (some skewed, ~2 % missing, every 7th indicator negative direction), indicators in pillars of 5, pillars split
 * into two sub-indexes (one when there is a single pillar), one root `Index`. Same seed, same data.
 */
export function syntheticCoinData({
  units = 200,
  indicators = 30,
  seed = 1
}: { units?: number; indicators?: number; seed?: number } = {}): CoinData {
  const rng = createRng(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
  const nPillars = Math.ceil(indicators / 5);
  const meta: IndicatorMeta[] = [];
  const columns: Record<string, Float64Array> = {};
  for (let i = 0; i < indicators; i++) {
    const code = `I${i + 1}`;
    meta.push({
      code,
      name: code,
      level: 1,
      parent: `P${Math.floor(i / 5) + 1}`,
      direction: i % 7 === 6 ? -1 : 1,
      weight: 1,
      type: 'Indicator'
    });
    const col = new Float64Array(units);
    const spread = i % 4 === 0 ? 1.2 : 0.4;
    for (let u = 0; u < units; u++) col[u] = rng() < 0.02 ? NaN : Math.exp(spread * normal()) * 10;
    columns[code] = col;
  }
  const nFirst = Math.ceil(nPillars / 2);
  for (let p = 0; p < nPillars; p++) {
    meta.push({
      code: `P${p + 1}`,
      name: `Pillar ${p + 1}`,
      level: 2,
      parent: p < nFirst ? 'S1' : 'S2',
      direction: 1,
      weight: 1,
      type: 'Aggregate'
    });
  }
  meta.push({ code: 'S1', name: 'Sub-index 1', level: 3, parent: 'Index', direction: 1, weight: 1, type: 'Aggregate' });
  if (nPillars > 1)
    meta.push({
      code: 'S2',
      name: 'Sub-index 2',
      level: 3,
      parent: 'Index',
      direction: 1,
      weight: 1,
      type: 'Aggregate'
    });
  meta.push({ code: 'Index', name: 'Index', level: 4, parent: null, direction: 1, weight: 1, type: 'Aggregate' });
  const codes = Array.from({ length: units }, (_, u) => `U${String(u + 1).padStart(3, '0')}`);
  return {
    units: codes,
    unitNames: codes,
    groups: { size_group: codes.map((_, u) => (u % 3 === 0 ? 'S' : u % 3 === 1 ? 'M' : 'L')) },
    meta,
    columns
  };
}
