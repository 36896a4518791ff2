/**
 * Deterministic gates on the production build, part of `npm test`: bytes of JavaScript before interaction and the
 * size of every chart's data. Nothing here depends on how fast or busy the machine is; timings live in `pnpm bench`.
 * Usage: pnpm --filter @dtr/tests gates
 */
import { chromium } from '@playwright/test';
import { budgets, pages } from '../support/budgets.ts';
import { BudgetTable, kb } from '../support/budget-table.ts';
import { chromiumArgs, chromiumPath } from '../support/chromium.ts';
import { buildDir, startPreview } from '../support/preview-server.ts';
import { chartDataSizes } from './chart-data.ts';
import { measureJs } from './measure-js.ts';

const dir = buildDir();
const table = new BudgetTable();
const server = await startPreview(Number(process.env.DTR_GATES_PORT ?? 4362));
try {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  for (const p of pages) {
    const js = await measureJs(browser, server.origin + p.path);
    table.check({
      page: p.name,
      metric: `JS before interaction (${js.files} files; worker ${kb(js.workerGzip)} after)`,
      value: js.jsGzip,
      limit: p.kind === 'embed' ? budgets.embedJsGzip : budgets.storyJsGzip,
      fmt: kb
    });
  }
  await browser.close();
} finally {
  server.stop();
}
const charts = chartDataSizes(dir);
if (charts.length === 0) throw new Error(`No embed data files under ${dir}/embed: the build is incomplete.`);
const [largest] = charts;
table.check({
  page: `${charts.length} embeds`,
  metric: `largest chart data (${largest.chart})`,
  value: largest.gzip,
  limit: budgets.chartDataGzip,
  fmt: kb
});
// The heaviest chart gets its own, tighter limit in every locale: a missing one is a broken build, not a pass.
const cableMaps = charts.filter((c) => /(^|\/)embed\/\d{4}\/data-cable-map$/.test(c.chart));
if (cableMaps.length < 2) throw new Error(`Expected the cable map's embed in en and zh, found ${cableMaps.length}`);
for (const c of cableMaps)
  table.check({ page: c.chart, metric: 'cable map data', value: c.gzip, limit: budgets.cableMapDataGzip, fmt: kb });
const breaches = table.print();
if (breaches.length > 0) {
  console.error(`\n${breaches.length} size gate(s) breached.`);
  process.exit(1);
}
console.log('\nAll size gates met.');
