import { readFileSync } from 'node:fs';
import { readCoinCsv } from '../../src/index/read-coin-csv.ts';
import { runIndex } from '../../src/index/run-index.ts';
import { prepareUncertainty } from '../../src/uncertainty/prepare-uncertainty.ts';
const dir = '/work/wt/s5f/packages/data/editions/2026/index/';
const data = readCoinCsv({ dataText: readFileSync(dir + 'iData.csv', 'utf8'), metaText: readFileSync(dir + 'iMeta.csv', 'utf8'), dataFile: 'iData.csv', metaFile: 'iMeta.csv' });
const spec = JSON.parse(readFileSync(dir + 'spec.json', 'utf8'));
console.log(data.units.length, 'units', data.meta.length, 'rows');
for (let rep = 0; rep < 12; rep++) {
  const s = { ...spec, weights: { Goods: 2 + rep } };
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  runIndex({ data, spec: s });
  const t1 = performance.now();
  const run = prepareUncertainty({ data, spec: s, draws: 1000, seed: 1 });
  const t2 = performance.now();
  const ranks = new Uint16Array(500 * run.units.length);
  run.runDraws(0, 500, ranks);
  const t3 = performance.now();
  const sc = structuredClone({ data, spec: s });
  const t4 = performance.now();
  const c = process.cpuUsage(c0);
  console.log(`runIndex ${(t1 - t0).toFixed(1)} prepare ${(t2 - t1).toFixed(1)} 500 draws ${(t3 - t2).toFixed(1)} clone ${(t4 - t3).toFixed(2)} cpu ${((c.user + c.system) / 1000).toFixed(1)}`);
}
