import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expectNoPageErrors } from './page-errors.ts';
import type { Session } from './session.ts';
import { waitFor } from './wait-for.ts';

const ready = `var e = document.querySelector('.explorer');
return !!e && e.dataset.ready === 'true' && e.dataset.busy === 'false';`;

/** The economies of the full ranking in rank order (the table opened if closed), once the explorer is idle. */
const ranking = `var d = document.querySelector('details.full');
if (d && !d.open) d.open = true;
var e = document.querySelector('.explorer');
if (e.dataset.busy !== 'false') return null;
return [...document.querySelectorAll('[data-testid=full-ranking] tbody tr')].map(function (r) {
  return r.querySelector('th').textContent.replace(/\\s+/g, ' ').trim();
});`;

/**
 * The explorer re-weighted as a reader does it: type a weight of 5 for goods and leave the field. The URL must carry
 * the weight and the order of the economies in the ranking must change (the same economies, in another order).
 */
export async function reweightExplorer({ session, origin }: { session: Session; origin: string }): Promise<string> {
  const where = 'explorer';
  await session.open({ url: `${origin}/explorer/`, width: 1366, height: 900 });
  await waitFor({ probe: () => session.run<boolean>(ready), what: `${where}: ready`, timeout: 60_000 });
  const before = await waitFor({
    probe: async () => {
      const rows = await session.run<string[] | null>(ranking);
      return rows && rows.length >= 10 && rows;
    },
    what: `${where}: the full ranking`
  });
  await session.type('#w-Goods', '5');
  await waitFor({
    probe: async () => (await session.run<string>('return location.search')) === '?w=Goods:5',
    what: `${where}: the URL to become ?w=Goods:5`
  });
  const after = await waitFor({
    probe: async () => {
      const rows = await session.run<string[] | null>(ranking);
      return rows && rows.length === before.length && rows.join('\n') !== before.join('\n') && rows;
    },
    what: `${where}: the ranking to change after re-weighting`,
    timeout: 60_000
  });
  await expectNoPageErrors({ session, where });
  if ([...after].sort().join('\n') !== [...before].sort().join('\n'))
    throw new Error(`${where}: re-weighting changed which economies are ranked, not only their order`);
  const moved = after.filter((name, i) => name !== before[i]).length;
  return `?w=Goods:5, ${moved} of ${after.length} economies changed rank (first: ${before[0]} → ${after[0]})`;
}

const index = resolve(import.meta.dirname, '../../packages/data/editions/2026/index');
const spec = JSON.parse(readFileSync(resolve(index, 'spec.json'), 'utf8')) as {
  uncertainty: { weightNoise?: number; alternatives: Record<string, unknown[]> };
};
const published = JSON.parse(readFileSync(resolve(index, 'results.json'), 'utf8')).sensitivity as {
  inputs: { input: string; total: number }[];
};
/** The uncertain inputs the published spec declares, sorted. */
const declared = [
  ...Object.keys(spec.uncertainty.alternatives),
  ...(spec.uncertainty.weightNoise ? ['weights'] : [])
].sort();

const whatMoves = `var s = document.querySelector('[data-testid=what-moves]');
if (!s) return null;
return {
  status: s.dataset.status,
  source: s.dataset.source,
  runButton: !!s.querySelector('[data-testid=what-moves-run]'),
  progress: s.querySelector('progress') ? Number(s.querySelector('progress').value) : null,
  rows: [...s.querySelectorAll('[data-testid=what-moves-table] tbody tr')].map(function (tr) {
    return { input: tr.dataset.input, first: Number(tr.dataset.first), total: Number(tr.dataset.total),
      firstCI: tr.dataset.firstCi.split(' ').map(Number) };
  })
};`;

type WhatMoves = {
  status: string;
  source: string;
  runButton: boolean;
  progress: number | null;
  rows: { input: string; first: number; total: number; firstCI: number[] }[];
};

/**
 * Scrolls an element to the middle of the screen until it stays put, as a reader scrolling down would: the map, the
 * comparison and the full table render only near the viewport (content-visibility), so the first scroll changes the
 * page's height and a click at the first position would land elsewhere.
 */
async function scrollTo(session: Session, selector: string, where: string) {
  let last = NaN;
  await waitFor({
    probe: async () => {
      const top = await session.run<number>(
        `var e = document.querySelector(arguments[0]); e.scrollIntoView({ block: 'center' });
        return new Promise(function (ok) { requestAnimationFrame(function () { requestAnimationFrame(function () {
          ok(Math.round(e.getBoundingClientRect().top)); }); }); });`,
        selector
      );
      const still = top === last;
      last = top;
      return still;
    },
    what: `${where}: ${selector} to stay in view`,
    interval: 200
  });
}

/**
 * "What moves the ranking" as a reader sees it: the published view shows the published analysis at once (no run
 * button, the published numbers in order); for a changed view (geometric mean) the analysis runs to the end in the
 * engine's workers (a row per uncertain input of the published spec, first-order ≤ total-order within the width of
 * the first-order interval), then a second run is cancelled while in progress and stays cancelled.
 */
export async function whatMovesExplorer({ session, origin }: { session: Session; origin: string }): Promise<string> {
  const where = 'explorer what moves';
  await session.open({ url: `${origin}/explorer/`, width: 1366, height: 900 });
  await waitFor({ probe: () => session.run<boolean>(ready), what: `${where}: ready`, timeout: 60_000 });
  const shown = await waitFor({
    probe: async () => {
      const s = await session.run<WhatMoves | null>(whatMoves);
      return s && s.rows.length > 0 && s;
    },
    what: `${where}: the published analysis`
  });
  const order = [...published.inputs].sort((a, b) => b.total - a.total).map((r) => r.input);
  if (shown.source !== 'published' || shown.runButton || shown.status !== 'idle')
    throw new Error(`${where}: expected the published analysis without a run button, got ${JSON.stringify(shown)}`);
  if (shown.rows.map((r) => r.input).join() !== order.join())
    throw new Error(`${where}: expected the published rows ${order.join(', ')}, got ${shown.rows.map((r) => r.input)}`);
  for (const r of shown.rows) {
    const p = published.inputs.find((x) => x.input === r.input)!;
    if (r.total !== p.total) throw new Error(`${where}: ${r.input} total ${r.total}, published ${p.total}`);
  }
  await session.open({ url: `${origin}/explorer/?agg=gmean`, width: 1366, height: 900 });
  await waitFor({ probe: () => session.run<boolean>(ready), what: `${where}: ready (gmean)`, timeout: 60_000 });
  await scrollTo(session, '[data-testid=what-moves-run]', where);
  const t0 = Date.now();
  await session.click('[data-testid=what-moves-run]');
  const done = await waitFor({
    probe: async () => {
      const s = await session.run<WhatMoves | null>(whatMoves);
      if (s?.status === 'failed') throw new Error(`${where}: the analysis failed`);
      return s?.status === 'done' && s;
    },
    what: `${where}: the analysis to finish`,
    timeout: 180_000
  });
  const seconds = (Date.now() - t0) / 1000;
  const inputs = done.rows.map((r) => r.input).sort();
  const expected = declared;
  if (inputs.join() !== expected.join())
    throw new Error(`${where}: expected a row per input (${expected.join(', ')}), got ${inputs.join(', ')}`);
  // First-order ≤ total-order for the true indices; the noisy first-order estimate within its interval's width.
  for (const r of done.rows) {
    const tol = r.firstCI[1] - r.firstCI[0];
    if (!(r.first <= r.total + tol))
      throw new Error(`${where}: ${r.input}: expected first ${r.first} ≤ total ${r.total} + ${tol}`);
  }
  // A second run is cancelled while it runs. It takes about a second here, so it may end before the cancel lands: then
  // it is tried again (at most three times), and the detail says how many runs it took.
  let attempts = 0;
  for (let ended = 'done'; ended === 'done';) {
    if (++attempts > 3) throw new Error(`${where}: three second runs each finished before the cancel landed`);
    await scrollTo(session, '[data-testid=what-moves-run]', where);
    await session.click('[data-testid=what-moves-run]');
    await waitFor({
      probe: async () => (await session.run<WhatMoves | null>(whatMoves))?.status === 'running',
      what: `${where}: the second run to start`
    });
    // The finished first run's charts and table can still move the button as the views around it render.
    await scrollTo(session, '[data-testid=what-moves-cancel]', where).catch(() => {});
    await session.click('[data-testid=what-moves-cancel]').catch(() => {});
    ended = await waitFor({
      probe: async () => {
        const status = (await session.run<WhatMoves | null>(whatMoves))?.status;
        return (status === 'cancelled' || status === 'done') && status;
      },
      what: `${where}: the second run to be cancelled`
    });
  }
  await new Promise((r) => setTimeout(r, 2000));
  const after = await session.run<WhatMoves | null>(whatMoves);
  if (after?.status !== 'cancelled') throw new Error(`${where}: expected it to stay cancelled, got ${after?.status}`);
  await expectNoPageErrors({ session, where });
  const top = [...done.rows].sort((a, b) => b.total - a.total)[0];
  return `published: ${shown.rows.length} rows at once; live (gmean): ${done.rows.length} inputs in ${seconds.toFixed(1)} s (most: ${top.input}, total ${top.total.toFixed(2)}); a second run cancelled (${attempts} ${attempts === 1 ? 'try' : 'tries'})`;
}
