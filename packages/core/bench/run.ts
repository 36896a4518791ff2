import { syntheticCoinData } from '../src/index/syntheticCoinData.ts';
import { runIndex } from '../src/index/runIndex.ts';
import { runUncertainty } from '../src/uncertainty/runUncertainty.ts';

// Median wall time of `runs` repetitions after `warm` warm-up runs (JIT), in ms.
function median(fn: () => void, runs: number, warm: number): number {
  for (let i = 0; i < warm; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const data = syntheticCoinData({ units: 200, indicators: 30, seed: 1 });
const spec = { treat: { winmax: 5 }, normalise: { method: 'minmax', range: [0, 100] }, aggregate: { method: 'amean' } };
const pipeline = median(() => runIndex({ data, spec }), 30, 5);
const monteCarlo = median(() => runUncertainty({ data, spec, draws: 10000, seed: 1, noise: 0.25 }), 7, 2);
console.log(`pipeline 200x30 (treat+minmax+amean): median ${pipeline.toFixed(2)} ms`);
console.log(`monte carlo 10000 draws 200x30, weight noise 0.25: median ${monteCarlo.toFixed(1)} ms`);
