import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expectNoPageErrors } from './page-errors.ts';
import type { Session } from './session.ts';
import { waitFor } from './wait-for.ts';

const results = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../packages/data/editions/2026/index/results.json'), 'utf8')
) as { audit: { correlation: { spearman: { codes: string[]; matrix: (number | null)[][] } } } };

/**
 * For each heatmap: how many cells its visible layout draws, the smallest font size of its text, and whether its
 * box has a width; the value table's row count and one cell; the page's horizontal overflow.
 */
const probe = `var out = { heatmaps: [], tables: {}, overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth };
for (var id of ['heatmap-pearson', 'heatmap-spearman']) {
  var host = document.querySelector('[data-testid=' + id + ']');
  if (!host) return null;
  var svg = [...host.querySelectorAll('svg[role=img]')].find(function (s) { return s.getBoundingClientRect().width > 0; });
  if (!svg) return null;
  var sizes = [...svg.querySelectorAll('text')].filter(function (t) { return t.getBoundingClientRect().width > 0; })
    .map(function (t) { return parseFloat(getComputedStyle(t).fontSize); });
  out.heatmaps.push({ id: id, cells: svg.querySelectorAll('g.cells rect').length, minFont: Math.min.apply(null, sizes) });
}
for (var m of ['pearson', 'spearman']) {
  var t = document.querySelector('[data-testid=matrix-' + m + ']');
  var cell = t && t.querySelector('td[data-row=InternetUse][data-column=DataInfra]');
  out.tables[m] = { rows: t ? t.querySelectorAll('tbody tr').length : 0, cell: cell ? cell.textContent.trim() : null };
}
return out;`;

interface Probe {
  heatmaps: { id: string; cells: number; minFont: number }[];
  tables: Record<string, { rows: number; cell: string | null }>;
  overflow: number;
}

/**
 * The audit page at phone width in Chinese and desktop width in English: both heatmaps drawn in full (one cell per
 * pair of rows, text ≥ 11 px), both value tables with every row and the published Spearman value of internet use
 * against its pillar, no horizontal overflow of the page, no script errors.
 */
export async function auditPage({ session, origin }: { session: Session; origin: string }): Promise<string> {
  const { codes, matrix } = results.audit.correlation.spearman;
  const expected = (matrix[codes.indexOf('InternetUse')][codes.indexOf('DataInfra')] as number).toFixed(2);
  const seen: string[] = [];
  for (const [path, width, height] of [
    ['/zh/audit/', 390, 844],
    ['/audit/', 1366, 900]
  ] as const) {
    const where = `audit ${path} at ${width} px`;
    await session.open({ url: `${origin}${path}`, width, height });
    const p = await waitFor({
      probe: () => session.run<Probe | null>(probe),
      what: `${where}: both heatmaps laid out`,
      timeout: 30_000
    });
    for (const h of p.heatmaps) {
      if (h.cells !== codes.length ** 2)
        throw new Error(`${where}: ${h.id} draws ${h.cells} cells, expected ${codes.length ** 2}`);
      if (!(h.minFont >= 11)) throw new Error(`${where}: ${h.id} has text at ${h.minFont} px, expected ≥ 11 px`);
    }
    for (const [m, t] of Object.entries(p.tables)) {
      if (t.rows !== codes.length)
        throw new Error(`${where}: the ${m} table has ${t.rows} rows, expected ${codes.length}`);
    }
    if (p.tables.spearman.cell !== expected)
      throw new Error(
        `${where}: Spearman of internet use and its pillar reads ${p.tables.spearman.cell}, expected ${expected}`
      );
    if (p.overflow !== 0) throw new Error(`${where}: the page overflows by ${p.overflow} px`);
    await expectNoPageErrors({ session, where });
    seen.push(`${path} ${width} px`);
  }
  return `${seen.join(', ')}: 2 heatmaps × ${codes.length ** 2} cells, 2 value tables, ρ ${expected}, no overflow`;
}
