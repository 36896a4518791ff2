import { syntheticCoinData } from '../src/index/syntheticCoinData.ts';
import { runIndex } from '../src/index/runIndex.ts';
import { runUncertainty } from '../src/uncertainty/runUncertainty.ts';

// Median wall and CPU (user + system of this process) time of `runs` repetitions after `warm` warm-up runs, in ms.
// CPU time is reported too because on a shared 2-core machine wall time includes waiting for the core.
function median(fn: () => void, runs: number, warm: number): { wall: number; cpu: number } {
  for (let i = 0; i < warm; i++) fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const mid = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { wall: mid(wall), cpu: mid(cpu) };
}

const data = syntheticCoinData({ units: 200, indicators: 30, seed: 1 });
const spec = { treat: { winmax: 5 }, normalise: { method: 'minmax', range: [0, 100] }, aggregate: { method: 'amean' } };
const pipeline = median(() => runIndex({ data, spec }), 30, 5);
const monteCarlo = median(() => runUncertainty({ data, spec, draws: 10000, seed: 1, noise: 0.25 }), 7, 2);
const show = (t: { wall: number; cpu: number }, digits: number) =>
  `median ${t.wall.toFixed(digits)} ms (cpu ${t.cpu.toFixed(digits)} ms)`;
console.log(`pipeline 200x30 (treat + minmax + amean): ${show(pipeline, 2)}`);
console.log(`monte carlo 10000 draws on 200x30, weight noise 0.25: ${show(monteCarlo, 1)}`);
