/**
 * How long the explorer takes to settle after a weight change: the `dtr:explorer:settled` User Timing measure (from
 * the change being applied until its ranking and rank intervals are rendered), median of 5 changes after one warm-up,
 * in Chromium on the production build, with the CPU time all of the browser's processes spent on each change (the
 * page, its workers and the compositor: CDP SystemInfo.getProcessInfo) and the load average, since on a shared 2-core
 * machine wall time is mostly waiting for a core. Prints the target (100 ms) with PASS/MISS; not part of `npm test`,
 * and a miss exits 1 only when run from a terminal or with DTR_BENCH_STRICT=1.
 * Usage: pnpm --filter @dtr/report build, then pnpm --filter @dtr/tests bench:explorer
 * (DTR_BENCH_PORT picks the preview port, default 4362; the build is apps/report/build, or build-$DTR_OUT).
 */
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { loadavg } from 'node:os';
import { chromiumArgs, chromiumPath } from '../support/chromium.ts';
import { buildDir, startPreview } from '../support/preview-server.ts';

const TARGET_MS = 100;
const CHANGES = 5;
buildDir();
const server = await startPreview(Number(process.env.DTR_BENCH_PORT ?? 4362));
const origin = server.origin;

const settledCount = (page: Page) =>
  page.evaluate(() => performance.getEntriesByName('dtr:explorer:settled', 'measure').length);

/** CPU seconds of every browser process so far. */
const browserCpu = async (cdp: CDPSession) =>
  ((await cdp.send('SystemInfo.getProcessInfo')) as { processInfo: { cpuTime: number }[] }).processInfo.reduce(
    (sum, p) => sum + p.cpuTime,
    0
  );

/**
 * Applies one weight change; returns its settle time, when its index (without intervals) was rendered, and the CPU
 * the browser spent from the change until it settled, in ms.
 */
async function change(
  page: Page,
  cdp: CDPSession,
  code: string,
  value: string
): Promise<{ settled: number; index: number; cpu: number }> {
  const before = await settledCount(page);
  const cpu0 = await browserCpu(cdp);
  await page.locator(`#w-${code}`).fill(value);
  await page.locator(`#w-${code}`).press('Enter');
  await page.waitForFunction(
    (n) => performance.getEntriesByName('dtr:explorer:settled', 'measure').length > n,
    before,
    // Polled every 25 ms rather than every frame, so the CPU figure is mostly the page's own work (the measure itself
    // is taken in the page and does not depend on the polling).
    { timeout: 30_000, polling: 25 }
  );
  const cpu = ((await browserCpu(cdp)) - cpu0) * 1000;
  await page.locator('.explorer[data-busy=false]').waitFor({ timeout: 30_000 });
  const timing = await page.evaluate(() => {
    const m = performance.getEntriesByName('dtr:explorer:settled', 'measure').at(-1)!;
    const index = performance.getEntriesByName('dtr:explorer:index').filter((e) => e.startTime >= m.startTime)[0];
    return { settled: m.duration, index: index ? index.startTime - m.startTime : NaN };
  });
  return { ...timing, cpu };
}

let pass = false;
try {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const cdp = await browser.newBrowserCDPSession();
  const page = await browser.newPage();
  await page.goto(`${origin}/explorer/`);
  await page.locator('.explorer[data-ready=true][data-busy=false]').waitFor({ timeout: 30_000 });
  const workers = await page.evaluate(() => navigator.hardwareConcurrency);
  const onMain = await page.getByTestId('main-thread').count();
  const load = loadavg();
  // A reader reads before changing anything: the first change comes 2 s after the page is ready, once the workers
  // have run their warm-up (ExplorerRun `warmups`); it is printed apart from the median of the next ones.
  await page.waitForTimeout(2000);
  const first = await change(page, cdp, 'Goods', '2');
  const runs: { settled: number; index: number; cpu: number }[] = [];
  for (let i = 0; i < CHANGES; i++) runs.push(await change(page, cdp, i % 2 ? 'Services' : 'Goods', String(3 + i)));
  await browser.close();
  const mid = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const times = runs.map((r) => r.settled);
  const median = mid(times);
  pass = median <= TARGET_MS;
  console.log(
    `explorer settle after a weight change (dtr:explorer:settled, 1,000 draws, ${onMain ? 'main thread' : `${workers} workers`}): ` +
      `${times.map((t) => t.toFixed(0)).join(', ')} ms; median of ${CHANGES} ${median.toFixed(0)} ms; ` +
      `cpu of all browser processes per change (page, workers, raster; the map and tables that follow the settled result included) ${runs.map((r) => r.cpu.toFixed(0)).join(', ')} ms, median ` +
      `${mid(runs.map((r) => r.cpu)).toFixed(0)} ms; index without intervals rendered after ` +
      `${mid(runs.map((r) => r.index)).toFixed(0)} ms (median); the first change settled in ` +
      `${first.settled.toFixed(0)} ms (cpu ${first.cpu.toFixed(0)} ms); load average ${load.map((l) => l.toFixed(2)).join(' ')} -> ` +
      `${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`
  );
  console.log(`  target (b): explorer settled <= ${TARGET_MS} ms (median of ${CHANGES}) -> ${pass ? 'PASS' : 'MISS'}`);
} finally {
  server.stop();
}
if (!pass) {
  if (process.stdout.isTTY || process.env.DTR_BENCH_STRICT === '1') process.exitCode = 1;
  else console.log('  (not failing the process: not run from a terminal; DTR_BENCH_STRICT=1 makes a breach exit 1)');
}
