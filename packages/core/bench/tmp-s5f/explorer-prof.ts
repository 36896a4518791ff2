import { readFileSync } from 'node:fs';
import { readCoinCsv } from '../../src/index/read-coin-csv.ts';
import { prepareUncertainty } from '../../src/uncertainty/prepare-uncertainty.ts';
const dir = '/work/wt/s5f/packages/data/editions/2026/index/';
const data = readCoinCsv({ dataText: readFileSync(dir + 'iData.csv', 'utf8'), metaText: readFileSync(dir + 'iMeta.csv', 'utf8'), dataFile: 'iData.csv', metaFile: 'iMeta.csv' });
const spec = JSON.parse(readFileSync(dir + 'spec.json', 'utf8'));
const times: string[] = [];
for (let rep = 0; rep < 40; rep++) {
  const s = { ...spec, weights: { Goods: 2 + (rep % 5) } };
  const c0 = process.cpuUsage();
  const run = prepareUncertainty({ data, spec: s, draws: 1000, seed: 1 });
  const ranks = new Uint16Array(500 * run.units.length);
  run.runDraws(0, 500, ranks);
  const c = process.cpuUsage(c0);
  times.push(((c.user + c.system) / 1000).toFixed(1));
}
console.log(times.join(' '));
