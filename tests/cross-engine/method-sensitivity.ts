import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expectNoPageErrors } from './page-errors.ts';
import type { Session } from './session.ts';
import { waitFor } from './wait-for.ts';

const results = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../packages/data/editions/2026/index/results.json'), 'utf8')
) as { sensitivity: { inputs: { input: string; total: number }[] } };

/** The sensitivity table's rows (input, total-order index, the table's and the page's overflow). */
const probe = `var t = document.querySelector('[data-testid=sensitivity]');
if (!t) return null;
var region = t.closest('[role=region]');
return {
  rows: [...t.querySelectorAll('tbody tr')].map(function (tr) { return { input: tr.dataset.input, total: Number(tr.dataset.total) }; }),
  minFont: Math.min.apply(null, [...t.querySelectorAll('th, td')].map(function (c) { return parseFloat(getComputedStyle(c).fontSize); })),
  scrolls: region.scrollWidth > region.clientWidth,
  overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth
};`;

interface Probe {
  rows: { input: string; total: number }[];
  minFont: number;
  scrolls: boolean;
  overflow: number;
}

/**
 * The method page's published sensitivity table at phone width in Chinese and desktop width in English: a row per
 * published input, most influential first, with the published total-order index; text ≥ 11 px; the table scrolls in
 * its own box, the page does not overflow; no script errors.
 */
export async function methodSensitivity({ session, origin }: { session: Session; origin: string }): Promise<string> {
  const order = [...results.sensitivity.inputs].sort((a, b) => b.total - a.total);
  const seen: string[] = [];
  for (const [path, width, height] of [
    ['/zh/method/', 390, 844],
    ['/method/', 1366, 900]
  ] as const) {
    const where = `method ${path} at ${width} px`;
    await session.open({ url: `${origin}${path}`, width, height });
    const p = await waitFor({ probe: () => session.run<Probe | null>(probe), what: `${where}: the sensitivity table` });
    const got = p.rows.map((r) => r.input).join(', ');
    if (got !== order.map((r) => r.input).join(', '))
      throw new Error(`${where}: rows ${got}, expected ${order.map((r) => r.input).join(', ')}`);
    p.rows.forEach((r, i) => {
      if (r.total !== order[i].total)
        throw new Error(`${where}: ${r.input} total ${r.total}, published ${order[i].total}`);
    });
    if (!(p.minFont >= 11)) throw new Error(`${where}: table text at ${p.minFont} px, expected ≥ 11 px`);
    if (p.overflow !== 0) throw new Error(`${where}: the page overflows by ${p.overflow} px`);
    await expectNoPageErrors({ session, where });
    seen.push(`${path} ${width} px${p.scrolls ? ' (table scrolls)' : ''}`);
  }
  return `${seen.join(', ')}: ${order.length} rows in published order, no overflow`;
}
