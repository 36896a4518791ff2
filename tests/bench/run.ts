/**
 * Timings on the production build, served locally, measured in Chromium: Lighthouse (mobile, median of several runs),
 * long tasks and layout shift while scrolling the story, long tasks while the explorer recomputes. Prints a table
 * with each target and exits 1 on a breach. Wall-clock figures depend on the machine, so this is `pnpm bench`,
 * never part of `npm test` or `.ci/run`.
 * Usage: pnpm --filter @dtr/tests bench   (reads apps/report/build, or build-$DTR_OUT)
 */
import { chromium } from '@playwright/test';
import { budgets, pages } from '../support/budgets.ts';
import { BudgetTable } from '../support/budget-table.ts';
import { chromiumArgs, chromiumPath } from '../support/chromium.ts';
import { buildDir, startPreview } from '../support/preview-server.ts';
import { measureExplorer } from './measure-explorer.ts';
import { measureLighthouse } from './measure-lighthouse.ts';
import { measureScroll } from './measure-main-thread.ts';

const lighthouseRuns = Number(process.env.DTR_LIGHTHOUSE_RUNS ?? 3);
const ms = (n: number) => `${n.toFixed(0)} ms`;
buildDir();
const table = new BudgetTable();
const server = await startPreview(Number(process.env.DTR_BENCH_PORT ?? 4361));
try {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  for (const p of pages.filter((page) => page.kind === 'story')) {
    const scroll = await measureScroll(browser, server.origin + p.path);
    table.report(
      p.name,
      `longest task while loading (${scroll.loadTasks} long tasks; scored by Lighthouse TBT)`,
      ms(scroll.maxLoadTaskMs)
    );
    table.check({
      page: p.name,
      metric: `longest task while scrolling (${scroll.longTasks} long tasks)`,
      value: scroll.maxLongTaskMs,
      limit: budgets.longTaskMs,
      fmt: ms
    });
    table.check({
      page: p.name,
      metric: `cumulative layout shift${scroll.shifted.length ? ` (moved: ${scroll.shifted.join(', ')})` : ''}`,
      value: scroll.cls,
      limit: budgets.cumulativeLayoutShift,
      fmt: (n) => n.toFixed(3)
    });
  }
  const explorer = await measureExplorer(browser, server.origin);
  table.report('explorer', 'weight change to settled intervals (1,000 draws)', ms(explorer.recomputeMs));
  table.check({
    page: 'explorer',
    metric: `longest main-thread task while it recomputes (${explorer.longTasks} long tasks)`,
    value: explorer.maxLongTaskMs,
    limit: budgets.longTaskMs,
    fmt: ms
  });
  await browser.close();

  if (process.env.DTR_SKIP_LIGHTHOUSE !== '1') {
    for (const p of pages) {
      if (p.name === 'story (zh)') continue; // same template as the English story
      // Performance is a simulation over one real load, so it moves between runs: the median is compared.
      const runs = [];
      for (let i = 0; i < lighthouseRuns; i++) runs.push(await measureLighthouse(server.origin + p.path, chromiumPath));
      runs.sort((a, b) => a.performance - b.performance);
      const lh = runs[Math.floor(runs.length / 2)];
      const pct = (n: number) => `${Math.round(n * 100)}`;
      table.check({
        page: p.name,
        metric: `Lighthouse performance, mobile, median of ${runs.map((r) => Math.round(r.performance * 100)).join('/')} (${lh.metrics})`,
        value: lh.performance,
        limit: budgets.lighthousePerformance,
        fmt: pct,
        atLeast: true
      });
      table.check({
        page: p.name,
        metric: `Lighthouse accessibility${lh.failed.length ? ` (failed: ${lh.failed.join(', ')})` : ''}`,
        value: lh.accessibility,
        limit: budgets.lighthouseAccessibility,
        fmt: pct,
        atLeast: true
      });
      table.check({
        page: p.name,
        metric: 'Lighthouse best practices',
        value: lh.bestPractices,
        limit: budgets.lighthouseBestPractices,
        fmt: pct,
        atLeast: true
      });
    }
  }
} finally {
  server.stop();
}
const breaches = table.print();
if (breaches.length > 0) {
  console.error(
    `\n${breaches.length} target(s) missed on this machine (timings vary with load; re-run on an idle machine).`
  );
  process.exit(1);
}
console.log('\nAll timing targets met.');
